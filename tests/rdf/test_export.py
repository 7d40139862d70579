"""graph.nq, graph.ttl and graph.jsonld: deterministic, parseable by other tools, equal to
each other, and written atomically."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from graphkit import build, write_outputs
from graphkit.outputs import OUTPUTS

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data"
GRAPH_FILES = ("graph.nq", "graph.ttl", "graph.jsonld", "graph.html")


@pytest.fixture(scope="module")
def sample_build():
    return build([SAMPLE])


@pytest.fixture(scope="module")
def outdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's outputs, from a build of its own."""
    out = tmp_path_factory.mktemp("build")
    write_outputs(build([SAMPLE]), out)
    return out


@pytest.fixture(scope="module")
def quads(outdir: Path) -> set[ox.Quad]:
    return set(ox.parse(path=str(outdir / "graph.nq"), format=ox.RdfFormat.N_QUADS))


def ntriples(graph: rdflib.Graph) -> set[str]:
    """The triples of an rdflib graph as N-Triples lines (no blank nodes are expected)."""
    return {f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph}


def test_two_builds_are_byte_identical(outdir: Path, tmp_path: Path):
    write_outputs(build([SAMPLE]), tmp_path)
    for name in GRAPH_FILES:
        assert (tmp_path / name).read_bytes() == (outdir / name).read_bytes(), name


def test_nquads_parse_back_to_the_built_quads(sample_build, quads):
    assert quads == set(sample_build.all_quads())


def test_report_counts_what_was_written(outdir: Path, quads):
    report = json.loads((outdir / "report.json").read_text(encoding="utf-8"))
    assert (report["quads"], report["triples"]) == (len(quads), len({q.triple for q in quads}))


def test_nquads_lines_are_sorted_and_unique(outdir: Path, quads):
    data = (outdir / "graph.nq").read_bytes()
    assert data.endswith(b"\n")
    lines = data.decode("utf-8").splitlines()
    assert lines == sorted(set(lines))
    assert len(lines) == len(quads)


def test_every_quad_is_in_a_named_graph_per_document(sample_build, quads):
    assert all(isinstance(q.graph_name, ox.NamedNode) for q in quads)
    graphs = {q.graph_name for q in quads}
    assert len(graphs) == len(sample_build.documents) == sample_build.report["documents"]["read"]
    source_paths = {q.object.value for q in quads
                    if q.predicate.value == "https://w3id.org/graphkit/ontology#sourcePath"}
    assert source_paths == {p.relative_to(SAMPLE).as_posix() for p in SAMPLE.rglob("*.md")}
    for graph in graphs:  # each graph holds exactly one article
        articles = {q.subject for q in quads if q.graph_name == graph
                    and q.predicate.value == str(rdflib.RDF.type) and q.object.value == "https://schema.org/Article"}
        assert len(articles) == 1


def test_rapper_counts_the_same_statements(outdir: Path, quads):
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper (Debian package raptor2-utils) is not on PATH")
    result = subprocess.run([rapper, "-i", "nquads", "-c", str(outdir / "graph.nq")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    counted = re.search(r"returned (\d+) (?:triples|statements)", result.stderr)
    assert counted, result.stderr
    assert int(counted.group(1)) == len(quads)


def test_turtle_is_the_union_of_the_graphs(outdir: Path, quads):
    union = {q.triple for q in quads}
    ttl = outdir / "graph.ttl"
    assert {q.triple for q in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE)} == union
    graph = rdflib.Graph().parse(ttl, format="turtle")
    assert len(graph) == len(union)
    assert not any(isinstance(term, rdflib.BNode) for triple in graph for term in triple)
    assert ttl.read_text(encoding="utf-8").startswith("@prefix ")


def test_jsonld_has_the_triples_of_the_turtle(outdir: Path, quads):
    turtle = rdflib.Graph().parse(outdir / "graph.ttl", format="turtle")
    jsonld = rdflib.Graph().parse(outdir / "graph.jsonld", format="json-ld")
    assert ntriples(jsonld) == ntriples(turtle)
    assert len(jsonld) == len({q.triple for q in quads})


def test_jsonld_is_compact_with_a_context(outdir: Path):
    document = json.loads((outdir / "graph.jsonld").read_text(encoding="utf-8"))
    assert set(document) == {"@context", "@graph"}
    assert document["@context"]["schema"] == "https://schema.org/"
    assert document["@context"]["gk"] == "https://w3id.org/graphkit/ontology#"
    types = {t for node in document["@graph"] for t in node.get("@type", [])}
    assert "schema:Article" in types


@pytest.mark.parametrize("failing", OUTPUTS)
def test_outputs_are_written_atomically(failing: str, outdir: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch):
    old = {name: f"older {name}\n".encode() for name in OUTPUTS}
    for name, data in old.items():
        (tmp_path / name).write_bytes(data)
    real_replace = os.replace

    def replace(src, dst, *args, **kwargs):
        if Path(dst).name == failing:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", replace)
        with pytest.raises(OSError, match="No space left"):
            write_outputs(build([SAMPLE]), tmp_path)

    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(OUTPUTS)  # no temporary files left
    assert (tmp_path / failing).read_bytes() == old[failing]
    for name in GRAPH_FILES:  # every other file is wholly old or wholly new
        assert (tmp_path / name).read_bytes() in (old[name], (outdir / name).read_bytes()), name


def test_builds_under_different_hash_seeds_are_byte_identical(tmp_path: Path):
    # set and dict order of strings changes with PYTHONHASHSEED; no output may depend on it
    articles = ROOT / "tests" / "data" / "articles"
    digests = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "graphkit", "build", str(articles), "-o", str(out), "--quiet"],
                       check=True, env=env)
        digests.append((out / "graph.nq").read_bytes())
    assert digests[0] == digests[1]


def test_a_talk_cites_the_sentence_that_names_its_speaker(quads):
    # "where did we learn that X gave this talk?": an evidence span holding the speaker's name
    store = ox.Store()
    store.extend(quads)
    rows = list(store.query("""
        PREFIX schema: <https://schema.org/>  PREFIX gk: <https://w3id.org/graphkit/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?talk ?name (SUM(IF(CONTAINS(?exact, ?name), 1, 0)) AS ?cited) WHERE {
          ?talk a gk:Talk ; schema:performer/schema:name ?name ; gk:evidence/oa:exact ?exact .
        } GROUP BY ?talk ?name""", use_default_graph_as_union=True))
    assert rows and all(int(row["cited"].value) > 0 for row in rows)


def test_jsonld_writes_every_kind_of_term():
    from graphkit.rdf.export import jsonld, union

    ex = "http://example.org/"
    subject, blank = ox.NamedNode(ex + "s"), ox.BlankNode("b0")
    literals = [ox.Literal('引号"与\\反斜杠\n换行\t制表 \u0001'), ox.Literal("北辰", language="zh"),
                ox.Literal("2024-01-02", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
                ox.Literal("😀 astral")]
    triples = [ox.Triple(subject, ox.NamedNode(ex + f"p{i}"), o) for i, o in enumerate(literals)]
    triples += [ox.Triple(subject, ox.NamedNode(ex + "knows"), blank),
                ox.Triple(blank, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(ex + "T"))]
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(ex + "g")) for t in triples]
    document = jsonld(union(quads), {"ex": ex})
    parsed = rdflib.Graph().parse(data=document.decode("utf-8"), format="json-ld")
    expected = rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    from rdflib.compare import isomorphic

    assert isomorphic(parsed, expected)
