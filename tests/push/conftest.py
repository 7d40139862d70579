"""Fixtures for the push tests: real Oxigraph and Virtuoso servers on free loopback ports, and
builds to push."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest

from graphkit.outputs import write_outputs
from graphkit.pipeline import build

OXIGRAPH = shutil.which("oxigraph") or (str(Path(__import__("sys").executable).parent / "oxigraph"))
VIRTUOSO = shutil.which("virtuoso-t")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OxigraphServer:
    """``oxigraph serve --location DIR --bind 127.0.0.1:PORT``, started and stopped by the tests."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.port = free_port()
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


class VirtuosoServer:
    """``virtuoso-t -f -c INI`` on a fresh database in a temporary folder, both ports on
    loopback, so that it never meets a system Virtuoso (ports 1111 and 8890)."""

    #: The Graph Store endpoint with digest authentication; dba/dba on a fresh database.
    GRAPH_STORE = "/sparql-graph-crud-auth"
    USER = PASSWORD = "dba"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.system_graphs: frozenset[str] = frozenset()
        self.process: subprocess.Popen[bytes] | None = None
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "virtuoso.ini").write_text(f"""\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{free_port()}
DisableUnixSocket = 1
DirsAllowed = {folder}
NumberOfBuffers = 2000
MaxDirtyBuffers = 1200
[HTTPServer]
ServerPort = 127.0.0.1:{self.port}
ServerThreads = 4
[SPARQL]
; the default 10000 would silently cut the tests' SELECT of every triple
ResultSetMaxRows = 1000000
""")

    def start(self) -> None:
        with open(self.folder / "stdout.log", "ab") as log:
            self.process = subprocess.Popen([VIRTUOSO, "-f", "-c", "virtuoso.ini"], cwd=self.folder,
                                            stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = (self.folder / "stdout.log").read_text(errors="replace").strip().splitlines()[-1:]
                raise RuntimeError(f"virtuoso-t exited with {self.process.returncode}: {' '.join(tail)}")
            try:
                if httpx.get(f"{self.url}/sparql", params={"query": "ASK {}"}, timeout=1).is_success:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        else:
            raise RuntimeError("virtuoso-t did not answer within 60 s")
        if not self.system_graphs:
            self.system_graphs = frozenset(self.graph_names())  # its own: virtrdf#, ldp#, …

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # a clean shutdown: what was committed is there on restart
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def select(self, query: str) -> list[dict[str, Any]]:
        """Rows of a SELECT over HTTP at /sparql, as pyoxigraph terms."""
        answer = httpx.post(f"{self.url}/sparql", data={"query": query}, timeout=30,
                            headers={"Accept": "application/sparql-results+json"})
        answer.raise_for_status()
        results = ox.parse_query_results(answer.content, format=ox.QueryResultsFormat.JSON)
        return [{v.value: row[v] for v in results.variables if row[v] is not None} for row in results]

    def graph_names(self) -> set[str]:
        # GROUP BY, not DISTINCT: Virtuoso answers it in milliseconds, DISTINCT in a second
        return {row["g"].value for row in self.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}

    def _pushed(self) -> str:
        """A FILTER leaving out Virtuoso's own graphs (virtrdf#, ldp#, …)."""
        return f"FILTER(?g NOT IN ({', '.join(f'<{g}>' for g in sorted(self.system_graphs))}))"

    def graphs(self) -> dict[str, frozenset[str]]:
        """The pushed graphs, as the N-Triples lines of each."""
        graphs: dict[str, set[str]] = {}
        for row in self.select(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._pushed()} }}"):
            graphs.setdefault(row["g"].value, set()).add(str(ox.Triple(row["s"], row["p"], row["o"])))
        return {g: frozenset(t) for g, t in graphs.items()}

    def count(self) -> int:
        """Triples in the pushed graphs, by a SPARQL COUNT over HTTP."""
        (row,) = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._pushed()} }}")
        return int(row["n"].value)

    def clear(self) -> None:
        """Drops every pushed graph through the Graph Store endpoint."""
        with httpx.Client(auth=httpx.DigestAuth(self.USER, self.PASSWORD), timeout=30) as client:
            for graph in self.graph_names() - self.system_graphs:
                client.delete(f"{self.url}{self.GRAPH_STORE}", params={"graph": graph}).raise_for_status()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory):
    """One Virtuoso for the session: it takes seconds to create a database."""
    if VIRTUOSO is None:
        pytest.skip("virtuoso-t is not on PATH (Debian: apt-get install virtuoso-opensource)")
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    server.start()
    yield server
    server.stop()
    for database in server.folder.glob("*.db"):  # 50 MB a run, and pytest keeps three runs
        database.unlink()


@pytest.fixture
def virtuoso(virtuoso_server: VirtuosoServer) -> VirtuosoServer:
    """The session's Virtuoso, running and holding none of the graphs an earlier test pushed."""
    if not virtuoso_server.running:
        virtuoso_server.start()
    virtuoso_server.clear()
    return virtuoso_server


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
