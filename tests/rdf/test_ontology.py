"""The OWL ontology: it parses, and declares every gk: term graphkit writes, in English and Chinese."""
from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Literal, URIRef

import graphkit
from graphkit.rdf.vocab import GK

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = files("graphkit") / "ontology" / "graphkit.ttl"
SHAPES = files("graphkit") / "ontology" / "shapes.ttl"
DECLARATIONS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(data=ONTOLOGY.read_bytes(), format="turtle")


def used_terms() -> set[str]:
    """Every gk: local name spelt in the package's Python (gk.x, gk["x"]) and queries (gk:x)."""
    package = Path(graphkit.__file__).parent
    terms: set[str] = set()
    for path in package.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        terms |= set(re.findall(r"\bgk\.([A-Za-z_]\w*)", source))
        terms |= set(re.findall(r"\bgk\[\s*[\"']([A-Za-z_]\w*)[\"']\s*\]", source))
    for path in package.rglob("*.rq"):
        terms |= set(re.findall(r"\bgk:([A-Za-z_]\w*)", path.read_text(encoding="utf-8")))
    return terms


def test_parses_with_rdflib_and_pyoxigraph(ontology: rdflib.Graph) -> None:
    triples = list(ox.parse(ONTOLOGY.read_bytes(), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(ontology) > 100


def test_shapes_parse_with_rdflib_and_pyoxigraph() -> None:
    shapes = rdflib.Graph().parse(data=SHAPES.read_bytes(), format="turtle")
    assert len(list(ox.parse(SHAPES.read_bytes(), format=ox.RdfFormat.TURTLE))) == len(shapes) > 100


def test_header(ontology: rdflib.Graph) -> None:
    header = URIRef("https://w3id.org/graphkit/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(header, DCTERMS.license) == URIRef("https://www.apache.org/licenses/LICENSE-2.0")
    assert {o.language for o in ontology.objects(header, DCTERMS.title)} == {"en", "zh"}
    assert {o.language for o in ontology.objects(header, DCTERMS.description)} == {"en", "zh"}


def test_mapping_terms_are_found() -> None:
    # the scan itself works: these are certainly written by the mapping
    assert {"Evidence", "evidence", "sourcePath", "confidence", "Talk", "siteTag"} <= used_terms()


@pytest.mark.parametrize("local", sorted(used_terms() | {"Talk", "Evidence", "Extractor", "OtherInteraction",
                                                          "sourcePath", "contentHash", "sortWeight",
                                                          "frontMatter", "evidence", "field",
                                                          "confidence", "siteTag"}))
def test_term_is_declared_with_labels_in_english_and_chinese(ontology: rdflib.Graph, local: str) -> None:
    term = URIRef(GK + local)
    assert set(ontology.objects(term, RDF.type)) & DECLARATIONS, f"gk:{local} is not declared"
    for prop in (RDFS.label, RDFS.comment):
        languages = {o.language for o in ontology.objects(term, prop)}
        assert {"en", "zh"} <= languages, f"gk:{local} lacks an {prop.fragment} in en and zh"


def test_every_declared_term_is_labelled(ontology: rdflib.Graph) -> None:
    terms = {s for s in ontology.subjects() if isinstance(s, URIRef) and s.startswith(GK)}
    assert len(terms) >= 12
    for term in terms:
        assert {o.language for o in ontology.objects(term, RDFS.label)} >= {"en", "zh"}, term


def test_shapes_use_only_declared_terms(ontology: rdflib.Graph) -> None:
    shapes = rdflib.Graph().parse(data=SHAPES.read_bytes(), format="turtle")
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(GK)}
    assert used and all(set(ontology.objects(t, RDF.type)) & DECLARATIONS for t in used), used


def test_alignments(ontology: rdflib.Graph) -> None:
    schema, prov = rdflib.Namespace("https://schema.org/"), rdflib.Namespace("http://www.w3.org/ns/prov#")
    gk = rdflib.Namespace(GK)
    assert (gk.Talk, RDFS.subClassOf, schema.Event) in ontology
    assert (gk.Evidence, RDFS.subClassOf, prov.Entity) in ontology
    assert (gk.Extractor, RDFS.subClassOf, prov.SoftwareAgent) in ontology
    assert (gk.OtherInteraction, RDFS.subClassOf, schema.Action) in ontology
    assert (gk.frontMatter, RDFS.range, RDF.JSON) in ontology
    assert (gk.siteTag, RDF.type, OWL.ObjectProperty) in ontology
    assert (gk.siteTag, RDFS.range, URIRef("http://www.w3.org/2004/02/skos/core#Concept")) in ontology


def test_top_level_ontology_folder_links_to_the_package_files() -> None:
    folder = ROOT / "ontology"
    if not folder.is_dir():
        pytest.skip("not run from a source checkout")
    for name in ("graphkit.ttl", "shapes.ttl"):
        link = folder / name
        assert link.is_symlink() and not Path(link.readlink()).is_absolute()
        assert link.resolve() == (ROOT / "graphkit" / "ontology" / name).resolve()
