"""``graphkit push`` against a real Oxigraph server on loopback, where one server is enough:
SPARQL Update, a store folder or an RDF file as the source, dry run. The round trip itself is
tested against each server in test_round_trip.py."""
from __future__ import annotations

from pathlib import Path

from _push_support import push, quads_in


def test_sparql_update_endpoint_in_chunks(oxigraph, articles_outdir: Path) -> None:
    # tests/data/articles/injection.md holds quotes, braces and </script>: terms must be escaped
    for _ in range(2):
        result = push(articles_outdir, *oxigraph.push_args, "--update-endpoint", f"{oxigraph.url}/update",
                      "--batch", "5")
        assert result.exit_code == 0, result.output
        assert f"triples to {oxigraph.url}/update in" in result.stderr
    assert oxigraph.graphs() == oxigraph.holds(articles_outdir)


def test_store_folder_and_rdf_file_sources(oxigraph, sample_outdir: Path, sample_dir: Path, tmp_path: Path) -> None:
    from graphkit.store import build_store
    build_store([sample_dir], tmp_path / "store")
    assert push(tmp_path / "store", *oxigraph.push_args).exit_code == 0
    assert oxigraph.count() == quads_in(sample_outdir)
    assert push(sample_outdir / "graph.nq", *oxigraph.push_args).exit_code == 0
    assert oxigraph.count() == quads_in(sample_outdir)


def test_dry_run_sends_nothing(oxigraph, articles_outdir: Path) -> None:
    result = push(articles_outdir, *oxigraph.push_args, "--dry-run")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == len(oxigraph.holds(articles_outdir))
    assert all(line.startswith(f"PUT {oxigraph.endpoint}?graph=https%3A%2F%2Fw3id.org%2F") for line in lines)
    assert oxigraph.count() == 0
