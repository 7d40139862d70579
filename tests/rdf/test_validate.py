"""SHACL validation: hand-written graphs in tests/data/rdf each break one constraint."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

import graphkit
from graphkit.errors import ExportError
from graphkit.rdf.validate import Report, shapes_file, validate

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "rdf"
ID = "https://w3id.org/graphkit/id/"
GK = "https://w3id.org/graphkit/ontology#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
SH = "http://www.w3.org/ns/shacl#"


def quads(name: str) -> list[ox.Quad]:
    return list(ox.parse(path=str(DATA / name), format=ox.RdfFormat.N_QUADS))


def test_valid_graph_conforms() -> None:
    report = validate(DATA / "valid.nq")
    assert report.conforms, report.text
    assert report.results == () and report.text == ""


@pytest.mark.parametrize("name, focus, path, constraint", [
    ("person_without_name.nq", "person/张三", SCHEMA + "name", "sh:MinCountConstraintComponent"),
    ("evidence_without_span_or_field.nq", "article/a/evidence/author-authors-张三", None,
     "sh:XoneConstraintComponent"),
    ("evidence_with_span_and_field.nq", "article/a/evidence/10-13-names", None, "sh:XoneConstraintComponent"),
    ("membership_two_members.nq", "membership/张三/腾讯云/cio", ORG + "member", "sh:MaxCountConstraintComponent"),
    ("talk_performer_not_person.nq", "talk/数字化转型之道", SCHEMA + "performer", "sh:ClassConstraintComponent"),
    ("confidence_out_of_range.nq", "article/a/evidence/0-20-roles", GK + "confidence",
     "sh:MaxInclusiveConstraintComponent"),
])
def test_each_broken_constraint_gives_exactly_its_violation(name: str, focus: str, path: str | None,
                                                            constraint: str) -> None:
    report = validate(DATA / name)
    assert not report.conforms
    assert [(r.focus, r.path, r.constraint, r.severity) for r in report.results] == \
        [(ID + focus, path, constraint, "Violation")], report.text
    assert len(report.text.splitlines()) == 1 and report.results[0].message


def test_violation_details() -> None:
    (result,) = validate(DATA / "talk_performer_not_person.nq").results
    assert result.value == ID + "organization/腾讯云"
    (result,) = validate(DATA / "confidence_out_of_range.nq").results
    assert result.value == '"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    assert "0 to 1" in result.message
    assert result.line().startswith("Violation: ") and "gk:confidence" in result.line()


def test_talk_is_checked_as_an_event() -> None:
    """gk:Talk is a subclass of schema:Event: the Event shape (evidence, start date) applies."""
    talk = ox.NamedNode(ID + "talk/数字化转型之道")
    data = [q for q in quads("valid.nq") if not (q.subject == talk and q.predicate.value == GK + "evidence")]
    data.append(ox.Quad(talk, ox.NamedNode(SCHEMA + "startDate"), ox.Literal("2023-5-19", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#date")), ox.NamedNode(ID + "graph/a")))
    report = validate(data)
    assert {(r.focus, r.path, r.constraint) for r in report.results} == {
        (talk.value, GK + "evidence", "sh:MinCountConstraintComponent"),
        (talk.value, SCHEMA + "startDate", "sh:DatatypeConstraintComponent"),  # ill-typed date
    }


def test_counts_are_over_the_union_of_graphs() -> None:
    article = ox.NamedNode(ID + "article/a")
    other = ox.NamedNode(ID + "graph/other")
    # the same triple in a second graph is still one headline; a different one is a second
    same = [*quads("valid.nq"), ox.Quad(article, ox.NamedNode(SCHEMA + "headline"),
                                        ox.Literal("张三谈数字化转型", language="zh"), other)]
    assert validate(same).conforms
    second = [*same, ox.Quad(article, ox.NamedNode(SCHEMA + "headline"), ox.Literal("another"), other)]
    assert [(r.focus, r.path, r.constraint) for r in validate(second).results] == [
        (article.value, SCHEMA + "headline", "sh:MaxCountConstraintComponent")]


def test_author_must_be_a_person_or_an_organization() -> None:
    data = [*quads("valid.nq"), ox.Quad(ox.NamedNode(ID + "article/a"), ox.NamedNode(SCHEMA + "author"),
                                        ox.NamedNode(ID + "topic/数字化"), ox.NamedNode(ID + "graph/a"))]
    (result,) = validate(data).results
    assert (result.focus, result.path, result.constraint, result.value) == (
        ID + "article/a", SCHEMA + "author", "sh:OrConstraintComponent", ID + "topic/数字化")


def test_accepts_quads_triples_and_rdflib_datasets() -> None:
    broken = quads("person_without_name.nq")
    assert not validate(broken).conforms
    assert not validate([q.triple for q in broken]).conforms
    dataset = rdflib.Dataset()
    dataset.parse(DATA / "person_without_name.nq", format="nquads")
    before = len(dataset)
    report = validate(dataset)
    assert [(r.focus, r.path) for r in report.results] == [(ID + "person/张三", SCHEMA + "name")]
    assert len(dataset) == before  # the caller's graph is not changed


def test_report_is_frozen() -> None:
    report = validate(DATA / "valid.nq")
    assert isinstance(report, Report)
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = False  # type: ignore[misc]


def test_shapes_come_from_the_installed_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = Path(graphkit.__file__).resolve().parent
    assert Path(str(shapes_file())).resolve() == package / "ontology" / "shapes.ttl"
    data = (DATA / "person_without_name.nq").read_bytes()
    monkeypatch.chdir(tmp_path)  # no ontology/ folder here
    (tmp_path / "g.nq").write_bytes(data)
    assert [r.path for r in validate("g.nq").results] == [SCHEMA + "name"]


def test_other_shapes_can_be_given(tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(f"""@prefix sh: <{SH}> .
        <urn:s> a sh:NodeShape ; sh:targetClass <{ORG}Role> ;
            sh:property [ sh:path <http://www.w3.org/2000/01/rdf-schema#label> ; sh:pattern "^[a-z]+$" ;
                          sh:severity sh:Warning ] .
        """, encoding="utf-8")
    report = validate(DATA / "valid.nq", shapes=shapes)
    assert report.conforms  # warnings do not fail a graph
    assert [(r.focus, r.severity) for r in report.results] == [(ID + "role/cio", "Warning")]
    assert report.violations == ()


def test_unreadable_file_raises_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no such file"):
        validate(tmp_path / "missing.nq")


def test_sample_build_conforms() -> None:
    if not (ROOT / "data").is_dir():
        pytest.skip("no sample data in this checkout")
    from graphkit.pipeline import build
    report = validate(build([ROOT / "data"]).all_quads())
    assert report.conforms, report.text
