"""Loading a build into a triple store over HTTP: ``graphkit push``.

Each named graph of the source (a build folder's graph.nq, an RDF file, or a store folder)
goes to the server in its own request of the SPARQL 1.1 Graph Store HTTP Protocol: PUT
(replace) or POST (append) to ``ENDPOINT?graph=IRI`` with the graph's triples as N-Triples;
or, with an update endpoint, as SPARQL Update (``DROP SILENT GRAPH``, then ``INSERT DATA``
in chunks). Terms are always serialised by pyoxigraph, never pasted from text.

Memory does not grow with the source: the source is streamed once into one temporary
N-Triples file per graph (graph.nq is sorted by subject, so a graph's lines are not
contiguous), and each request body is streamed from its file ``batch`` triples at a time,
so that a Graph Store PUT still replaces its graph in one request. The body is sent with its
Content-Length, never chunked (Virtuoso reads a chunked body as empty), and can be read again
(digest authentication sends a request twice).

Credentials come from the caller (``user``, ``password``, ``token``) or from the
environment (:func:`credentials`); they go only into the Authorization header, never into a
message: errors name the endpoint URL and the HTTP status.
"""
from __future__ import annotations

import netrc
import os
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator
from urllib.parse import urlsplit

import pyoxigraph as ox

from .errors import ExportError, PushError
from .rdf.export import iter_quads, rdf_format
from .store import STORE, open_store
from .summary import SUMMARY

if TYPE_CHECKING:  # imported where a request is made: every graphkit command would pay for it
    import httpx

#: Graph Store endpoint of each server, from the URL the user gives (see :func:`endpoint`).
LAYOUTS = {
    "oxigraph": "/store",                          # the server's root URL
    "fuseki": "/data",                             # the dataset URL, http://host:3030/DATASET
    "graphdb": "/rdf-graphs/service",              # the repository URL, http://host:7200/repositories/ID
    "virtuoso": "/sparql-graph-crud",              # the server's root URL; -auth with credentials
    "generic": "",                                 # the Graph Store endpoint itself
}
N_TRIPLES = "application/n-triples"
SPARQL_UPDATE = "application/sparql-update"
DEFAULT_GRAPH = ""  # the default graph's name in this module: GSP ``?default``


@dataclass(frozen=True)
class PushedGraph:
    """One graph sent (or, in a dry run, to be sent): what, where and how."""

    graph: str          # the graph IRI, or "" for the default graph
    triples: int
    method: str         # PUT, POST
    url: str            # the request URL, without credentials
    requests: int       # more than one for SPARQL Update in chunks


@dataclass(frozen=True)
class PushSummary:
    """What a push sent: graphs, triples, to where, in how long."""

    graphs: int
    triples: int
    url: str
    seconds: float
    dry_run: bool = False


def endpoint(url: str, server: str = "generic", *, auth: str | None = None) -> str:
    """The Graph Store Protocol endpoint of a server, from the URL the user gives.

    >>> endpoint("http://127.0.0.1:7878", "oxigraph")
    'http://127.0.0.1:7878/store'
    >>> endpoint("http://localhost:3030/人物/", "fuseki")
    'http://localhost:3030/人物/data'
    >>> endpoint("http://localhost:8890", "virtuoso", auth="digest")
    'http://localhost:8890/sparql-graph-crud-auth'
    """
    if server not in LAYOUTS:
        raise PushError(f"unknown server {server!r}; use one of {', '.join(LAYOUTS)}", "--server")
    suffix = LAYOUTS[server]
    if server == "virtuoso" and auth is not None:
        suffix += "-auth"  # Virtuoso's authenticated Graph Store endpoint (digest)
    base = url.rstrip("/") if suffix else url
    return base if not suffix or base.endswith(suffix) else base + suffix


def credentials(url: str, user: str | None = None) -> tuple[str | None, str | None, str | None]:
    """(user, password, token) for a URL: GRAPHKIT_PASSWORD or ~/.netrc for the password,
    GRAPHKIT_TOKEN for a bearer token when no user is named."""
    password = os.environ.get("GRAPHKIT_PASSWORD") or None
    token = os.environ.get("GRAPHKIT_TOKEN") or None
    if user is not None and password is None or user is None and token is None:
        host = urlsplit(url).hostname or ""
        try:
            entry = netrc.netrc().authenticators(host)
        except (FileNotFoundError, netrc.NetrcParseError, OSError):
            entry = None
        if entry is not None and (user is None or entry[0] == user):
            user, password = entry[0], entry[2]
    return user, (password if user is not None else None), (token if user is None else None)


def push(source: str | os.PathLike[str], url: str, *, server: str = "generic", mode: str = "replace",
         update_endpoint: str | None = None, user: str | None = None, password: str | None = None,
         token: str | None = None, auth: str = "basic", batch: int = 10_000, timeout: float = 30.0,
         retries: int = 3, backoff: float = 0.5, dry_run: bool = False,
         on_graph: Callable[[int, int, PushedGraph], None] | None = None,
         transport: httpx.BaseTransport | None = None) -> PushSummary:
    """Send every graph of a build to a triple store, one request per named graph.

    Parameters
    ----------
    source : a build folder (its graph.nq), an RDF file, or a store folder
    url : the server's URL, read per ``server`` (see :func:`endpoint`)
    server : oxigraph, fuseki, graphdb, virtuoso or generic (``url`` is the endpoint)
    mode : ``replace`` (PUT: the graph holds exactly the build's triples) or ``append`` (POST)
    update_endpoint : send SPARQL Update to this URL instead of using the Graph Store Protocol
    user, password, token : credentials (see :func:`credentials` for the environment's)
    auth : ``basic`` or ``digest`` for ``user`` (Virtuoso takes only digest)
    batch : triples per body chunk, or per INSERT DATA request with ``update_endpoint``
    timeout : seconds per network operation
    retries : attempts after the first on a 5xx status or a connection error, with
        exponential backoff from ``backoff`` seconds
    dry_run : send nothing; report what would be sent
    on_graph : called with (graphs done, graphs in all, PushedGraph) after each graph
    transport : an httpx transport (tests)

    Returns
    -------
    PushSummary

    Raises
    ------
    PushError
        naming the endpoint and the HTTP status (or the connection failure).

    Examples
    --------
    >>> summary = push("exports", "http://127.0.0.1:9/store", dry_run=True)
    >>> summary.graphs, summary.triples == sum(1 for _ in open("exports/graph.nq", encoding="utf-8"))
    (1, True)
    """
    if mode not in ("replace", "append"):
        raise PushError(f"unknown mode {mode!r}; use replace or append", "--mode")
    if auth not in ("basic", "digest"):
        raise PushError(f"unknown authentication {auth!r}; use basic or digest", "--auth")
    if batch < 1:
        raise PushError("the batch size must be at least 1", "--batch")
    for given in (url, update_endpoint):
        if given is not None and (urlsplit(given).username or urlsplit(given).password):
            raise PushError("credentials in the URL; give --user and GRAPHKIT_PASSWORD or ~/.netrc", "--to")
    credentialed = user is not None
    if server == "virtuoso" and credentialed and auth == "basic" and update_endpoint is None:
        # it would answer 401 without a challenge, which reads as a wrong password
        raise PushError("Virtuoso's /sparql-graph-crud-auth takes digest authentication only; add --auth digest",
                        "--auth")
    target = update_endpoint or endpoint(url, server, auth=auth if credentialed else None)
    started = time.perf_counter()
    sent = triples = 0
    with _staged(source, batch) as graphs:
        client = None if dry_run else _client(user, password, token, auth, timeout, transport)
        try:
            for index, staged in enumerate(graphs, 1):
                send = _send_update if update_endpoint is not None else _send_graph
                try:
                    done = send(client, target, staged, mode, batch, retries, backoff)
                except PushError as error:
                    raise PushError(f"{error.message}; {sent} of {len(graphs)} graphs pushed, "
                                    "a re-run sends them all", error.path) from None
                sent += 1
                triples += staged.triples
                if on_graph is not None:
                    on_graph(index, len(graphs), PushedGraph(_name(staged.graph), staged.triples, *done))
        finally:
            if client is not None:
                client.close()
    return PushSummary(sent, triples, target, time.perf_counter() - started, dry_run)


def _name(graph: ox.NamedNode | ox.DefaultGraph) -> str:
    return graph.value if isinstance(graph, ox.NamedNode) else DEFAULT_GRAPH


@dataclass(frozen=True)
class _Staged:
    """One graph of the source, its triples as N-Triples in a temporary file."""

    graph: ox.NamedNode | ox.DefaultGraph
    file: Path
    triples: int


@contextmanager
def _staged(source: str | os.PathLike[str], batch: int) -> Iterator[list[_Staged]]:
    """The source's graphs, sorted, each in its own temporary N-Triples file.

    Staged on disk because graph.nq is sorted by subject, so a graph's lines are not
    contiguous, and memory must not grow with the source. Not through a pyoxigraph store:
    its storage turns some datatypes into others (xsd:nonNegativeInteger is read back as
    xsd:integer), and the server must get the triples we wrote.
    """
    path = Path(source)
    with tempfile.TemporaryDirectory(prefix="graphkit-push-") as scratch:
        files: dict[str, _Staged] = {}
        buffered: dict[str, list[ox.Triple]] = {}
        held = 0

        def flush() -> None:
            for key, triples in buffered.items():
                known = files.get(key)
                file = known.file if known else Path(scratch) / f"{len(files)}.nt"
                with open(file, "ab") as handle:
                    handle.write(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")
                graph = ox.NamedNode(key) if key else ox.DefaultGraph()
                files[key] = _Staged(graph, file, (known.triples if known else 0) + len(triples))
            buffered.clear()

        for quad in _quads(path):
            name = quad.graph_name
            buffered.setdefault(name.value if isinstance(name, ox.NamedNode) else DEFAULT_GRAPH,
                                []).append(quad.triple)
            held += 1
            if held >= max(batch, 10_000):
                flush()
                held = 0
        flush()
        yield [files[key] for key in sorted(files)]


def _quads(path: Path) -> Iterator[ox.Quad]:
    """The quads of a store folder, a build folder's graph.nq or an RDF file, streamed."""
    if path.is_dir() and (path / STORE).is_dir():
        # the summary graph is the store's own index, derived from the rest: not a document
        store = open_store(path)
        for graph in [ox.DefaultGraph(), *store.named_graphs()]:
            if graph != SUMMARY:
                yield from store.quads_for_pattern(None, None, None, graph)
        return
    file = path / "graph.nq" if path.is_dir() else path
    try:
        rdf_format(file)
        if not file.is_file():
            raise PushError("no such file (give a build folder, an RDF file or a store folder)", file)
        yield from iter_quads(file)
    except ExportError as error:  # the same reading as everywhere, reported as a push error
        raise PushError(error.message, file) from None


def _client(user: str | None, password: str | None, token: str | None, auth: str, timeout: float,
            transport: httpx.BaseTransport | None) -> httpx.Client:
    """An httpx client with the credentials in its auth, where no message can show them."""
    import httpx
    scheme: httpx.Auth | None = None
    headers = {"User-Agent": "graphkit-push"}
    if user is not None:
        scheme = httpx.DigestAuth(user, password or "") if auth == "digest" else httpx.BasicAuth(user, password or "")
    elif token is not None:
        headers["Authorization"] = f"Bearer {token}"
    # trust_env=False: no proxy from the environment sees the credentials; netrc is read by us
    return httpx.Client(auth=scheme, headers=headers, timeout=timeout, transport=transport, trust_env=False)


class _Body:
    """A staged graph's N-Triples, ``batch`` lines at a time, readable again from the start:
    digest authentication re-sends the request after the server's challenge, and a
    generator would be spent (httpx raises StreamConsumed)."""

    def __init__(self, staged: _Staged, batch: int) -> None:
        self.file, self.batch = staged.file, batch

    @property
    def size(self) -> int:
        """Bytes in all: the Content-Length."""
        return self.file.stat().st_size

    def __iter__(self) -> Iterator[bytes]:
        chunk: list[bytes] = []
        with open(self.file, "rb") as handle:
            for line in handle:
                chunk.append(line)
                if len(chunk) >= self.batch:
                    yield b"".join(chunk)
                    chunk = []
        if chunk:
            yield b"".join(chunk)


def _send_graph(client: httpx.Client | None, target: str, staged: _Staged, mode: str,
                batch: int, retries: int, backoff: float) -> tuple[str, str, int]:
    """One Graph Store request for a graph, its body streamed; returns (method, url, requests)."""
    import httpx
    method = "PUT" if mode == "replace" else "POST"
    graph = staged.graph
    params = {"graph": graph.value} if isinstance(graph, ox.NamedNode) else {"default": ""}
    shown = str(httpx.URL(target, params=params))
    if client is not None:
        body = _Body(staged, batch)
        # a Content-Length, never chunked: Virtuoso answers a chunked PUT with 204 and an empty graph
        headers = {"Content-Type": N_TRIPLES, "Content-Length": str(body.size)}
        _request(client, method, target, params, headers, body, retries, backoff)
    return method, shown, 1


def _send_update(client: httpx.Client | None, target: str, staged: _Staged, mode: str,
                 batch: int, retries: int, backoff: float) -> tuple[str, str, int]:
    """SPARQL Update for a graph: DROP SILENT GRAPH (replace), then INSERT DATA per chunk."""
    graph = staged.graph
    named = isinstance(graph, ox.NamedNode)
    wrap = (lambda body: f"GRAPH {graph} {{\n{body}}}") if named else (lambda body: body)
    drop = f"DROP SILENT GRAPH {graph}" if named else "DROP SILENT DEFAULT"
    requests = 0
    for chunk in _Body(staged, batch):
        # N-Triples written by pyoxigraph is valid SPARQL triple syntax: no user text is spliced in
        operation = f"INSERT DATA {{\n{wrap(chunk.decode('utf-8'))}\n}}"
        if requests == 0 and mode == "replace":
            operation = f"{drop} ;\n{operation}"
        if client is not None:
            _request(client, "POST", target, None, {"Content-Type": SPARQL_UPDATE}, operation.encode("utf-8"),
                     retries, backoff)
        requests += 1
    return "POST", target, requests


def _request(client: httpx.Client, method: str, url: str, params: dict[str, str] | None,
             headers: dict[str, str], body: bytes | _Body, retries: int, backoff: float) -> None:
    """Send with retries on 5xx and connection errors; raise PushError naming URL and status."""
    import httpx
    for attempt in range(retries + 1):
        last = attempt == retries
        try:
            response = client.request(method, url, params=params, content=body, headers=headers)
        except httpx.TransportError as error:
            if last:
                raise PushError(f"cannot reach the server ({_why(error)}) after {attempt + 1} attempt(s)",
                                url) from None
        else:
            if response.is_success:
                return
            status = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
            if response.status_code < 500 or last:
                hint = " (check --user, GRAPHKIT_PASSWORD, ~/.netrc or GRAPHKIT_TOKEN)" \
                    if response.status_code in (401, 403) else ""
                raise PushError(f"{method} refused: {status}{hint}", url)
        time.sleep(backoff * 2 ** attempt)


def _why(error: httpx.TransportError) -> str:
    """A connection failure in a few words, without the request (whose headers hold credentials)."""
    import httpx
    if isinstance(error, httpx.TimeoutException):
        return "timed out"
    if isinstance(error, httpx.ConnectError):
        return "connection refused"
    return "connection lost"


__all__ = ["LAYOUTS", "PushedGraph", "PushSummary", "credentials", "endpoint", "push"]
