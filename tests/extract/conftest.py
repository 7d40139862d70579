"""Fixtures for the extractor tests: one hand-written article per language pattern, in
tests/data/articles/, run through named extractors."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

import pytest

from graphkit.extract import load_extractors, run_extractors
from graphkit.ingest import read_document
from graphkit.model import Extraction


@pytest.fixture(scope="session")
def articles_dir(tests_data: Path) -> Path:
    """tests/data/articles: one short article for each pattern an extractor handles."""
    return tests_data / "articles"


@pytest.fixture
def extract(articles_dir: Path) -> Callable[[str, Sequence[str]], Extraction]:
    """Run the named extractors on one article; every body span must cite its text exactly."""

    def run(name: str, extractors: Sequence[str]) -> Extraction:
        document = read_document(articles_dir / name, articles_dir)
        extraction = run_extractors(document, load_extractors(list(extractors)))
        return extraction

    return run

