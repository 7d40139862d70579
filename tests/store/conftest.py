"""Fixtures for the store tests: the sample built into a store once per run."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.store import build_store


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory, sample_dir: Path) -> Path:
    """A store folder holding the sample's build; tests open it read-only."""
    folder = tmp_path_factory.mktemp("sample-store")
    build_store([sample_dir], folder)
    return folder
