"""Fixtures for the push tests: a real Oxigraph server on a free loopback port, and builds to push."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from graphkit.outputs import write_outputs
from graphkit.pipeline import build

OXIGRAPH = shutil.which("oxigraph") or (str(Path(__import__("sys").executable).parent / "oxigraph"))


class OxigraphServer:
    """``oxigraph serve --location DIR --bind 127.0.0.1:PORT``, started and stopped by the tests."""

    def __init__(self, location: Path) -> None:
        self.location = location
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(self.location),
                                         "--bind", f"127.0.0.1:{self.port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited with {self.process.returncode}")
            try:
                if httpx.get(f"{self.url}/query", params={"query": "ASK {}"}, timeout=1).is_success:
                    return
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("oxigraph serve did not answer within 30 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def count(self) -> int:
        """Triples in all named graphs, by a SPARQL query over HTTP."""
        answer = httpx.post(f"{self.url}/query", timeout=10,
                            data={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
                            headers={"Accept": "application/sparql-results+json"})
        answer.raise_for_status()
        return int(answer.json()["results"]["bindings"][0]["n"]["value"])

    def graphs(self) -> dict[str, frozenset[str]]:
        """The server's dataset, as the N-Triples lines of each named graph."""
        answer = httpx.get(f"{self.url}/store", headers={"Accept": "application/n-quads"}, timeout=30)
        answer.raise_for_status()
        import pyoxigraph as ox
        return self.by_graph(ox.parse(answer.content, format=ox.RdfFormat.N_QUADS))

    @staticmethod
    def by_graph(quads) -> dict[str, frozenset[str]]:
        """Quads grouped by graph IRI, each triple as its N-Triples text."""
        graphs: dict[str, set[str]] = {}
        for quad in quads:
            graphs.setdefault(quad.graph_name.value, set()).add(str(quad.triple))
        return {g: frozenset(t) for g, t in graphs.items()}


@pytest.fixture
def oxigraph(tmp_path: Path):
    """A running Oxigraph server on 127.0.0.1 with an empty store in a temporary folder."""
    if not Path(OXIGRAPH).is_file():
        pytest.skip("the oxigraph server binary is missing (pip install oxigraph, in the [test] extra)")
    server = OxigraphServer(tmp_path / "oxigraph-db")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def sample_outdir(tmp_path_factory: pytest.TempPathFactory, sample_build) -> Path:
    """A build folder of the sample (data/)."""
    folder = tmp_path_factory.mktemp("sample-build")
    write_outputs(sample_build, folder)
    return folder


@pytest.fixture(scope="session")
def articles_outdir(tmp_path_factory: pytest.TempPathFactory, tests_data: Path) -> Path:
    """A build folder of tests/data/articles: about forty small graphs."""
    folder = tmp_path_factory.mktemp("articles-build")
    write_outputs(build([tests_data / "articles"]), folder)
    return folder
