"""``graphkit push`` against a real Virtuoso on loopback, where Virtuoso differs: a wrong
password, Basic authentication refused, SPARQL Update with digest, and what Virtuoso keeps of
the terms it is sent. The round trip itself is tested against each server in
test_round_trip.py."""
from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from _push_support import push

import graphkit.cli.push  # noqa: F401  (registers the command)
from graphkit.cli import cli


def test_wrong_password_is_one_error_line(virtuoso, sample_outdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRAPHKIT_PASSWORD", "not-dba")
    result = push(sample_outdir, *virtuoso.push_args)
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {virtuoso.endpoint}: PUT refused: HTTP 401 Unauthorized "
                             "(check --user, GRAPHKIT_PASSWORD, ~/.netrc or GRAPHKIT_TOKEN); 0 of 1 graphs pushed, "
                             "a re-run sends them all\n")
    assert "not-dba" not in result.output
    assert virtuoso.count() == 0


def test_sparql_update_endpoint_with_digest(virtuoso, articles_outdir: Path) -> None:
    # Virtuoso's authenticated SPARQL endpoint takes SPARQL Update; the articles hold no
    # xsd:duration, which its INSERT DATA refuses (see the README)
    for _ in range(2):
        result = push(articles_outdir, *virtuoso.push_args, "--update-endpoint", f"{virtuoso.url}/sparql-auth",
                      "--batch", "20")  # a few requests per graph
        assert result.exit_code == 0, result.output
    assert virtuoso.graphs() == virtuoso.holds(articles_outdir)


def test_terms_as_virtuoso_keeps_them(virtuoso, tests_data: Path) -> None:
    # pyoxigraph already lowercases language tags (@en-US is sent as @en-us); Virtuoso writes
    # decimals in canonical form and keeps a duration as seconds; the rest comes back as sent
    assert push(tests_data / "push" / "terms.nq", *virtuoso.push_args).exit_code == 0
    assert virtuoso.graphs() == {"https://w3id.org/graphkit/id/graph/terms": frozenset({
        '<https://w3id.org/graphkit/id/person/张三> <https://schema.org/name> "张三"@zh',
        '<https://w3id.org/graphkit/id/person/张三> <https://schema.org/alternateName> "Zhang San"@en-us',
        '<https://w3id.org/graphkit/id/evidence/e1> <http://www.w3.org/ns/oa#start> '
        '"0"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>',
        '<https://w3id.org/graphkit/id/evidence/e1> <https://w3id.org/graphkit/ontology#confidence> '
        '"0.5"^^<http://www.w3.org/2001/XMLSchema#decimal>',
        '<https://w3id.org/graphkit/id/evidence/e1> <http://www.w3.org/ns/oa#exact> '
        '"「引号」 \\"quoted\\" {braces} </script> \\\\ 😀\\nline two"',
        '<https://w3id.org/graphkit/id/article/a> <https://schema.org/datePublished> '
        '"2023-06-26"^^<http://www.w3.org/2001/XMLSchema#date>',
        '<https://w3id.org/graphkit/id/article/a> <https://schema.org/timeRequired> '
        '"1260.0"^^<http://www.w3.org/2001/XMLSchema#duration>',
    })}


def test_basic_auth_is_refused_before_sending(virtuoso, sample_outdir: Path) -> None:
    # Virtuoso answers Basic credentials with a bare 401 (no challenge), which reads as a wrong password
    answer = httpx.put(virtuoso.endpoint, params={"graph": "http://example.org/g"},
                       auth=httpx.BasicAuth("dba", "dba"), content=b"", headers={"Content-Type": "application/n-triples"})
    assert (answer.status_code, answer.headers.get("WWW-Authenticate")) == (401, None)
    result = push(sample_outdir, "--to", virtuoso.url, "--server", "virtuoso", "--user", "dba")
    assert result.exit_code == 1
    assert result.stderr == ("Error: --auth: Virtuoso's /sparql-graph-crud-auth takes digest authentication "
                             "only; add --auth digest\n")
