"""Credentials and request bodies of ``graphkit push``, seen by a dummy Graph Store on loopback:
the password and token reach the Authorization header and never the output or the logs, and
the body is exactly the build's triples."""
from __future__ import annotations

import base64
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import graphkit.cli.push  # noqa: F401  (registers the command)
from graphkit.cli import cli
from graphkit.errors import PushError
from graphkit.push import endpoint, push

SECRET = "s3cr3t-密码-hunter2"
TOKEN = "tok-Zm9vYmFy-secret"


class Recorder(BaseHTTPRequestHandler):
    """Answers every request with the server's ``status`` and records what it got; with
    ``digest`` set, first challenges a request without credentials, as Virtuoso does."""

    def _answer(self) -> None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = b""
            while (size := int(self.rfile.readline().strip() or b"0", 16)):
                body += self.rfile.read(size)
                self.rfile.readline()
            self.rfile.readline()
        else:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.seen.append((self.command, self.path, dict(self.headers), body))  # type: ignore[attr-defined]
        if self.server.digest and "Authorization" not in self.headers:  # type: ignore[attr-defined]
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Digest realm="virtuoso", nonce="abc", qop="auth"')
        else:
            self.send_response(self.server.status)  # type: ignore[attr-defined]
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = _answer

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def dummy():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.seen, server.status, server.digest = [], 204, False  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_address[1]}/gsp"  # type: ignore[attr-defined]
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def no_ambient_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A HOME without .netrc and no credential variables, whatever the machine has."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("GRAPHKIT_PASSWORD", raising=False)
    monkeypatch.delenv("GRAPHKIT_TOKEN", raising=False)
    return tmp_path


@pytest.mark.parametrize("status", [204, 401, 500])
def test_password_reaches_the_server_and_never_the_output(dummy, sample_outdir: Path, status: int,
                                                          monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    dummy.status = status
    monkeypatch.setenv("GRAPHKIT_PASSWORD", SECRET)
    caplog.set_level(logging.DEBUG)
    result = CliRunner().invoke(cli, ["push", str(sample_outdir), "--to", dummy.url, "--user", "alice",
                                      "--retries", "1"])
    expected = "Basic " + base64.b64encode(f"alice:{SECRET}".encode()).decode()
    assert {headers["Authorization"] for _, _, headers, _ in dummy.seen} == {expected}
    everything = result.output + caplog.text + repr(result.exception)
    for leak in (SECRET, base64.b64encode(f"alice:{SECRET}".encode()).decode()):
        assert leak not in everything
    if status == 204:
        assert result.exit_code == 0
    elif status == 401:
        assert (result.exit_code, len(dummy.seen)) == (1, 1)  # a 4xx is not retried
        assert result.stderr == (f"Error: {dummy.url}: PUT refused: HTTP 401 Unauthorized (check --user, "
                                 "GRAPHKIT_PASSWORD, ~/.netrc or GRAPHKIT_TOKEN); 0 of 1 graphs pushed, "
                                 "a re-run sends them all\n")
    else:
        assert (result.exit_code, len(dummy.seen)) == (1, 2)  # a 5xx is retried
        assert result.stderr.startswith(f"Error: {dummy.url}: PUT refused: HTTP 500 Internal Server Error;")


def test_password_from_netrc(dummy, sample_outdir: Path, no_ambient_credentials: Path) -> None:
    netrc = no_ambient_credentials / ".netrc"
    netrc.write_text(f"machine 127.0.0.1 login bob password {SECRET.encode('ascii', 'ignore').decode()}\n")
    netrc.chmod(0o600)
    result = CliRunner().invoke(cli, ["push", str(sample_outdir), "--to", dummy.url])
    assert result.exit_code == 0, result.output
    secret = SECRET.encode("ascii", "ignore").decode()
    assert dummy.seen[0][2]["Authorization"] == "Basic " + base64.b64encode(f"bob:{secret}".encode()).decode()
    assert secret not in result.output


def test_bearer_token_from_the_environment(dummy, sample_outdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRAPHKIT_TOKEN", TOKEN)
    dummy.status = 403
    result = CliRunner().invoke(cli, ["push", str(sample_outdir), "--to", dummy.url])
    assert dummy.seen[0][2]["Authorization"] == f"Bearer {TOKEN}"
    assert result.exit_code == 1 and TOKEN not in result.output


def test_credentials_in_the_url_are_refused_unechoed(sample_outdir: Path) -> None:
    result = CliRunner().invoke(cli, ["push", str(sample_outdir), "--to", f"http://alice:{SECRET}@127.0.0.1:9/"])
    assert result.exit_code == 1
    assert result.stderr == "Error: --to: credentials in the URL; give --user and GRAPHKIT_PASSWORD or ~/.netrc\n"


def test_body_is_exactly_the_graphs_triples(dummy, sample_outdir: Path) -> None:
    summary = push(sample_outdir, dummy.url, batch=100)
    ((method, path, headers, body),) = dummy.seen
    graph = "https://w3id.org/graphkit/id/graph/tvp-luzhou-laojiao"
    assert (method, path) == ("PUT", "/gsp?graph=https%3A%2F%2Fw3id.org%2Fgraphkit%2Fid%2Fgraph%2Ftvp-luzhou-laojiao")
    assert headers["Content-Type"] == "application/n-triples"
    # a length, not chunks: Virtuoso reads a chunked PUT body as empty
    assert (headers["Content-Length"], headers.get("Transfer-Encoding")) == (str(len(body)), None)
    expected = {str(q.triple) for q in ox.parse(path=str(sample_outdir / "graph.nq")) if q.graph_name.value == graph}
    sent = {str(t) for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)}
    assert sent == expected and (summary.graphs, summary.triples) == (1, len(expected))
    assert "XMLSchema#nonNegativeInteger" in body.decode()  # datatypes as written, not as a store keeps them


def test_digest_auth_sends_the_whole_body_again_after_the_challenge(dummy, sample_outdir: Path) -> None:
    dummy.digest = True
    base = dummy.url.removesuffix("/gsp")
    summary = push(sample_outdir, base, server="virtuoso", user="dba", password="dba", auth="digest", batch=100)
    assert summary.url == f"{base}/sparql-graph-crud-auth"
    (_, _, challenged, first), (_, _, answered, second) = dummy.seen
    assert "Authorization" not in challenged and answered["Authorization"].startswith('Digest username="dba"')
    assert first == second  # httpx raised StreamConsumed when the body was a generator
    lines = sum(1 for _ in open(sample_outdir / "graph.nq", encoding="utf-8"))
    assert len(list(ox.parse(second, format=ox.RdfFormat.N_TRIPLES))) == summary.triples == lines


@pytest.mark.parametrize("server, url, expected", [
    ("oxigraph", "http://127.0.0.1:7878/", "http://127.0.0.1:7878/store"),
    ("fuseki", "http://127.0.0.1:3030/people", "http://127.0.0.1:3030/people/data"),
    ("graphdb", "http://127.0.0.1:7200/repositories/kg", "http://127.0.0.1:7200/repositories/kg/rdf-graphs/service"),
    ("virtuoso", "http://127.0.0.1:8890", "http://127.0.0.1:8890/sparql-graph-crud"),
    ("generic", "http://127.0.0.1:1/any/path?x=1", "http://127.0.0.1:1/any/path?x=1"),
    ("oxigraph", "http://127.0.0.1:7878/store", "http://127.0.0.1:7878/store"),
])
def test_endpoint_layouts(server: str, url: str, expected: str) -> None:
    assert endpoint(url, server) == expected


def test_unknown_server_names_the_choices() -> None:
    with pytest.raises(PushError, match=r"^--server: unknown server 'jena'; use one of oxigraph, fuseki"):
        endpoint("http://127.0.0.1:1", "jena")
