"""RDF: vocabulary, IRI minting, the mapping of extractions to quads, export and validation."""
