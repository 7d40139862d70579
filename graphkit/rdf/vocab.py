"""Namespaces and terms: the only module that spells a vocabulary IRI."""
from __future__ import annotations

from pyoxigraph import NamedNode

GK = "https://w3id.org/graphkit/ontology#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OA = "http://www.w3.org/ns/oa#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"
DEFAULT_BASE = "https://w3id.org/graphkit/id/"
#: The named graph of a store's summary rows (graphkit.summary): not under --base, so that
#: the ready queries can name it, and no document's graph IRI can be it.
SUMMARY_GRAPH = "https://w3id.org/graphkit/summary"

PREFIXES = {
    "gk": GK, "schema": SCHEMA, "org": ORG, "prov": PROV, "skos": SKOS, "oa": OA,
    "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL,
}


class _Namespace:
    """Attribute access to the terms of one namespace: ``schema.Person``."""

    def __init__(self, iri: str) -> None:
        self._iri = iri
        self._terms: dict[str, NamedNode] = {}

    def __getattr__(self, local: str) -> NamedNode:
        if local.startswith("_"):
            raise AttributeError(local)
        term = self[local]
        setattr(self, local, term)  # found by plain attribute lookup next time: the mapping asks often
        return term

    def __getitem__(self, local: str) -> NamedNode:
        term = self._terms.get(local)
        if term is None:
            term = self._terms[local] = NamedNode(self._iri + local)  # made once
        return term


gk = _Namespace(GK)
schema = _Namespace(SCHEMA)
org = _Namespace(ORG)
prov = _Namespace(PROV)
skos = _Namespace(SKOS)
oa = _Namespace(OA)
rdf = _Namespace(RDF)
rdfs = _Namespace(RDFS)
xsd = _Namespace(XSD)


#: Kinds of minted instances, each with a prefix of its own in serialisations.
INSTANCE_KINDS = ("article", "person", "organization", "membership", "role", "talk", "event",
                  "topic", "extractor")


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """The prefixes for serialisations: vocabularies, ``id:`` and one per instance kind."""
    return {**PREFIXES, "id": base, **{kind: f"{base}{kind}/" for kind in INSTANCE_KINDS}}
