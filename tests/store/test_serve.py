"""``graphkit serve`` over real HTTP on loopback, queried by clients no one here wrote:
SPARQLWrapper and rdflib's SPARQLStore get the same rows as ``graphkit query``."""
from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

import graphkit.cli.query  # noqa: F401  (registers the command)
from graphkit.cli import cli
from graphkit.query import ready_queries
from graphkit.serve import make_server

SPARQLWrapper = pytest.importorskip("SPARQLWrapper", reason="SPARQLWrapper is not installed (pip install '.[test]')")


@pytest.fixture(scope="module")
def endpoint(sample_store: Path):
    """The sample store served on a free loopback port; yields its URL."""
    import shutil
    import tempfile
    folder = Path(tempfile.mkdtemp()) / "store"
    shutil.copytree(sample_store, folder)  # serve holds the copy; the CLI reads the original
    server = make_server(folder, port=0, max_rows=50)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", sample_store
    server.shutdown()
    server.server_close()


def cli_rows(folder: Path, name: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(cli, ["query", f"@{name}", "--store", str(folder), "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8"), newline="")))


@pytest.mark.parametrize("name", sorted(ready_queries()))
def test_sparqlwrapper_gets_the_rows_of_graphkit_query(endpoint, name: str):
    url, folder = endpoint
    client = SPARQLWrapper.SPARQLWrapper(url)
    client.setQuery(ready_queries()[name])
    client.setReturnFormat(SPARQLWrapper.JSON)
    client.setMethod(SPARQLWrapper.POST)
    answer = client.query().convert()
    rows = [{v: b[v]["value"] for v in answer["head"]["vars"] if v in b} for b in answer["results"]["bindings"]]
    expected = [{k: v for k, v in row.items() if v != ""} for row in cli_rows(folder, name)]
    assert rows == expected[:50] and rows


def test_rdflib_sparqlstore_gets_the_rows_of_graphkit_query(endpoint):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    url, folder = endpoint
    store = SPARQLStore(url, returnFormat="xml")
    rows = [[str(term) if term is not None else "" for term in row]
            for row in store.query(ready_queries()["people-by-org"])]
    expected = [list(row.values()) for row in cli_rows(folder, "people-by-org")]
    assert rows == expected
    assert ["https://w3id.org/graphkit/id/organization/泸州老窖", "https://w3id.org/graphkit/id/person/苏王辉",
            "CIO"] in rows


def get(url: str, accept: str = "*/*", method: str = "GET", data: bytes | None = None,
        content_type: str | None = None):
    request = urllib.request.Request(url, data=data, method=method, headers={"Accept": accept})
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


QUERY = 'SELECT ?n WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n FILTER(?n = "苏王辉"@zh) }'


@pytest.mark.parametrize("accept, media, body", [
    ("application/sparql-results+json", "application/sparql-results+json",
     '{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"苏王辉","xml:lang":"zh"}}]}}'),
    ("text/csv", "text/csv; charset=utf-8", "n\r\n苏王辉\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", '?n\n"苏王辉"@zh\n'),
    ("text/csv;q=0.2, application/sparql-results+xml", "application/sparql-results+xml", None),
])
def test_content_negotiation(endpoint, accept: str, media: str, body: str | None):
    status, headers, data = get(f"{endpoint[0]}?query={quote(QUERY)}", accept)
    assert status == 200 and headers["Content-Type"] == media
    assert headers["Access-Control-Allow-Origin"] == "*"
    if body is not None:
        assert data.decode("utf-8") == body
    else:
        assert "<literal xml:lang=\"zh\">苏王辉</literal>" in data.decode("utf-8")


def test_updates_are_forbidden(endpoint):
    url = endpoint[0]
    assert get(url, method="POST", data=b"update=DROP+ALL", content_type="application/x-www-form-urlencoded")[0] == 403
    assert get(url, method="POST", data=b"DROP ALL", content_type="application/sparql-update")[0] == 403
    assert get(url, method="POST", data=b"DELETE WHERE { ?s ?p ?o }", content_type="application/sparql-query")[0] == 403
    status, _, data = get(f"{url}?query={quote('ASK { ?s ?p ?o }')}", "application/sparql-results+json")
    assert (status, json.loads(data)) == (200, {"head": {}, "boolean": True})


def test_a_syntax_error_is_400_with_the_location(endpoint):
    status, _, data = get(f"{endpoint[0]}?query={quote('SELECT ?x WHERE {')}")
    assert status == 400 and data.decode().startswith("query:1:18: expected one of")


def test_results_past_max_rows_are_cut_and_say_so(endpoint):
    status, headers, data = get(f"{endpoint[0]}?query={quote('SELECT * WHERE { ?s ?p ?o }')}", "text/csv")
    assert status == 200 and headers["X-SPARQL-MaxRows"] == "50"
    assert len(data.decode().splitlines()) == 51


def test_cors_preflight(endpoint):
    status, headers, _ = get(endpoint[0], method="OPTIONS")
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]
