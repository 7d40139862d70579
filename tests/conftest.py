"""Fixtures shared by every test: paths into tests/data, the sample, and its build (once per run)."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.pipeline import Build, build

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def tests_data() -> Path:
    """tests/data: small files written for one case each."""
    return ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def broken_dir(tests_data: Path) -> Path:
    """tests/data/broken: one file per known defect, named for it."""
    return tests_data / "broken"


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    """The repository's sample articles, data/."""
    return ROOT / "data"


@pytest.fixture(scope="session")
def sample_build(sample_dir: Path) -> Build:
    """``graphkit.pipeline.build`` of the sample, made once per test run; do not mutate it."""
    return build([sample_dir])
