"""Fixtures for the push tests: real Oxigraph and Virtuoso servers on free loopback ports, and
builds to push.

Both servers answer to one interface (``StoreServer``), so that a round-trip test can take
``store_server``, parametrized over them, and run once against each."""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest

from graphkit.outputs import write_outputs
from graphkit.pipeline import build

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
VIRTUOSO = shutil.which("virtuoso-t")
XSD_DURATION = "http://www.w3.org/2001/XMLSchema#duration"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def by_graph(quads: Iterable[ox.Quad]) -> dict[str, frozenset[str]]:
    """Quads grouped by graph IRI, each triple as its N-Triples text."""
    graphs: dict[str, set[str]] = {}
    for quad in quads:
        graphs.setdefault(quad.graph_name.value, set()).add(str(quad.triple))
    return {g: frozenset(t) for g, t in graphs.items()}


class StoreServer:
    """A triple store run by the tests in its own folder: how to start and stop it, the
    arguments that make ``graphkit push`` reach it, how to read its graphs back, and how it
    keeps the terms it is sent (``holds``)."""

    name: str  # the --server value, and the test id
    endpoint_path: str  # where --server NAME sends the graphs
    query_path: str  # its SPARQL query endpoint
    startup_seconds: float
    stop_seconds: float

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        folder.mkdir(parents=True, exist_ok=True)

    def command(self) -> list[str]:
        raise NotImplementedError

    def holds(self, outdir: Path) -> dict[str, frozenset[str]]:
        """A build's graphs as this store gives them back, by graph IRI."""
        raise NotImplementedError

    def graphs(self) -> dict[str, frozenset[str]]:
        """The pushed graphs, as the N-Triples lines of each."""
        raise NotImplementedError

    @property
    def endpoint(self) -> str:
        return self.url + self.endpoint_path

    @property
    def push_args(self) -> list[str]:
        return ["--to", self.url, "--server", self.name]

    def start(self) -> None:
        with open(self.folder / "stdout.log", "ab") as log:
            self.process = subprocess.Popen(self.command(), cwd=self.folder, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.startup_seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = (self.folder / "stdout.log").read_text(errors="replace").strip().splitlines()[-1:]
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}: {' '.join(tail)}")
            try:
                if httpx.get(self.url + self.query_path, params={"query": "ASK {}"}, timeout=1).is_success:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"{self.name} did not answer within {self.startup_seconds:.0f} s")

    def stop(self) -> None:
        if self.running:
            self.process.terminate()  # a clean shutdown: what was committed is there on restart
            try:
                self.process.wait(self.stop_seconds)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def select(self, query: str) -> list[dict[str, Any]]:
        """Rows of a SELECT over HTTP, as pyoxigraph terms."""
        answer = httpx.post(self.url + self.query_path, data={"query": query}, timeout=30,
                            headers={"Accept": "application/sparql-results+json"})
        answer.raise_for_status()
        results = ox.parse_query_results(answer.content, format=ox.QueryResultsFormat.JSON)
        return [{v.value: row[v] for v in results.variables if row[v] is not None} for row in results]

    def pushed_only(self) -> str:
        """A FILTER on ?g that leaves out the graphs the store holds of its own."""
        return ""

    def count(self) -> int:
        """Triples in the pushed graphs, by a SPARQL COUNT over HTTP."""
        (row,) = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self.pushed_only()} }}")
        return int(row["n"].value)


class OxigraphServer(StoreServer):
    """``oxigraph serve --location DIR --bind 127.0.0.1:PORT``."""

    name = "oxigraph"
    endpoint_path = "/store"
    query_path = "/query"
    startup_seconds = 30
    stop_seconds = 10

    def command(self) -> list[str]:
        return [OXIGRAPH, "serve", "--location", str(self.folder / "store"), "--bind", f"127.0.0.1:{self.port}"]

    def graphs(self) -> dict[str, frozenset[str]]:
        answer = httpx.get(self.endpoint, headers={"Accept": "application/n-quads"}, timeout=30)
        answer.raise_for_status()
        return by_graph(ox.parse(answer.content, format=ox.RdfFormat.N_QUADS))

    def holds(self, outdir: Path) -> dict[str, frozenset[str]]:
        """Read back through an Oxigraph store, whose storage turns some datatypes into others
        (xsd:nonNegativeInteger into xsd:integer); test_auth.py checks the bytes sent."""
        store = ox.Store()
        store.extend(ox.parse(path=str(outdir / "graph.nq")))
        return by_graph(store)


class VirtuosoServer(StoreServer):
    """``virtuoso-t -f -c INI`` on a fresh database, both ports on loopback, so that it never
    meets a system Virtuoso (ports 1111 and 8890). Pushes go to its Graph Store endpoint with
    digest authentication, as dba/dba, a fresh database's account."""

    name = "virtuoso"
    endpoint_path = "/sparql-graph-crud-auth"
    query_path = "/sparql"
    startup_seconds = 60
    stop_seconds = 60
    USER = PASSWORD = "dba"

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.system_graphs: frozenset[str] = frozenset()
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

    def command(self) -> list[str]:
        return [VIRTUOSO, "-f", "-c", "virtuoso.ini"]

    @property
    def push_args(self) -> list[str]:
        # the password comes from GRAPHKIT_PASSWORD, which the `virtuoso` fixture sets
        return [*super().push_args, "--user", self.USER, "--auth", "digest"]

    def start(self) -> None:
        super().start()
        if not self.system_graphs:
            self.system_graphs = frozenset(self.graph_names())  # its own: virtrdf#, ldp#, …

    def graph_names(self) -> set[str]:
        # GROUP BY, not DISTINCT: Virtuoso answers it in milliseconds, DISTINCT in a second
        return {row["g"].value for row in self.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}

    def pushed_only(self) -> str:
        return f"FILTER(?g NOT IN ({', '.join(f'<{g}>' for g in sorted(self.system_graphs))}))"

    def graphs(self) -> dict[str, frozenset[str]]:
        rows = self.select(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self.pushed_only()} }}")
        return by_graph(ox.Quad(row["s"], row["p"], row["o"], row["g"]) for row in rows)

    def holds(self, outdir: Path) -> dict[str, frozenset[str]]:
        """Virtuoso stores an xsd:duration as its seconds, and reads graphkit's "PT21M" back as
        "1260.0" (test_terms_as_virtuoso_keeps_them)."""
        def as_kept(quad: ox.Quad) -> ox.Quad:
            term = quad.object
            if not (isinstance(term, ox.Literal) and term.datatype.value == XSD_DURATION):
                return quad
            minutes = re.fullmatch(r"PT(\d+)M", term.value)
            assert minutes, f"a duration graphkit does not write: {term}"
            seconds = ox.Literal(f"{int(minutes[1]) * 60}.0", datatype=ox.NamedNode(XSD_DURATION))
            return ox.Quad(quad.subject, quad.predicate, seconds, quad.graph_name)
        return by_graph(as_kept(quad) for quad in ox.parse(path=str(outdir / "graph.nq")))

    def clear(self) -> None:
        """Drops every pushed graph through the Graph Store endpoint."""
        with httpx.Client(auth=httpx.DigestAuth(self.USER, self.PASSWORD), timeout=30) as client:
            for graph in self.graph_names() - self.system_graphs:
                client.delete(self.endpoint, params={"graph": graph}).raise_for_status()


@pytest.fixture
def oxigraph(tmp_path: Path):
    """A running Oxigraph server on 127.0.0.1 with an empty store in a temporary folder."""
    if not Path(OXIGRAPH).is_file():
        pytest.skip("the oxigraph server binary is missing (pip install oxigraph, in the [test] extra)")
    server = OxigraphServer(tmp_path / "oxigraph")
    server.start()
    yield server
    server.stop()


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
def virtuoso(virtuoso_server: VirtuosoServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> VirtuosoServer:
    """The session's Virtuoso, running and holding none of the graphs an earlier test pushed,
    with dba's password in GRAPHKIT_PASSWORD."""
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.netrc of the machine
    monkeypatch.setenv("GRAPHKIT_PASSWORD", VirtuosoServer.PASSWORD)
    if not virtuoso_server.running:  # a test stopped it
        virtuoso_server.start()
    virtuoso_server.clear()
    return virtuoso_server


@pytest.fixture(params=["oxigraph", "virtuoso"])
def store_server(request: pytest.FixtureRequest) -> StoreServer:
    """Each server in turn, empty and running; a missing one skips only its own run."""
    return request.getfixturevalue(request.param)


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
