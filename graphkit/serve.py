"""A read-only SPARQL 1.1 Protocol endpoint over a store: ``graphkit serve``.

Queries come by GET (``?query=``) or POST (``application/sparql-query``, or a form with
``query``); the results format follows the Accept header (SPARQL JSON, XML, CSV, TSV for
SELECT and ASK; N-Triples or Turtle for CONSTRUCT and DESCRIBE). Updates get 403. Every
response carries CORS headers so that browser tools such as YASGUI can use it.

Each query runs in a worker thread with a time limit: past it the client gets 503, but the
query itself cannot be interrupted (pyoxigraph has no cancellation), so it finishes in the
background. Results past ``max_rows`` are cut there, and the response says so in an
``X-SPARQL-MaxRows`` header, as Virtuoso does.

The standard library's ``http.server`` is enough for a local endpoint and adds no
dependency; it is not meant to face the internet, hence 127.0.0.1 by default.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .errors import QueryError
from .ordering import results_json
from .query import RESULTS_FORMATS, run_query
from .store import open_store

SELECT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
               "text/plain": ox.RdfFormat.N_TRIPLES}
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values"}
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type, Accept",
        "Access-Control-Expose-Headers": "X-SPARQL-MaxRows"}


def make_server(folder: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 7878, *,
                timeout: float = 10.0, max_rows: int = 10000) -> ThreadingHTTPServer:
    """An HTTP server answering SPARQL queries over the store in ``folder``; call ``serve_forever()``.

    The store is opened for writing so that no build changes it under the server.

    >>> import tempfile
    >>> server = make_server(tempfile.mkdtemp() + "/none", port=0)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    graphkit.errors.StoreError: ...: no graphkit store here (build one with `graphkit build --store`)
    """
    store = open_store(folder)
    server = ThreadingHTTPServer((host, port), _Handler)
    server.daemon_threads = True
    server.store = store  # type: ignore[attr-defined]
    server.timeout_s = timeout  # type: ignore[attr-defined]
    server.max_rows = max_rows  # type: ignore[attr-defined]
    server.pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="sparql")  # type: ignore[attr-defined]
    return server


def negotiate(accept: str, offered: dict[str, Any], default: str) -> Any:
    """The offered value whose media type the Accept header prefers (q values honoured).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+json", SELECT_TYPES, "application/json")
    'json'
    """
    choices = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        choices.append((-q, position, fields[0].lower()))
    for negative_q, _, media in sorted(choices):
        if negative_q < 0 and media in offered:
            return offered[media]
        if negative_q < 0 and media in ("*/*", "application/*", "text/*"):
            return offered[default]
    return offered[default]


class _Handler(BaseHTTPRequestHandler):
    """One SPARQL Protocol request."""

    server_version = "graphkit-sparql"

    def do_OPTIONS(self) -> None:
        """CORS preflight."""
        self._send(HTTPStatus.NO_CONTENT, b"", "text/plain")

    def do_GET(self) -> None:
        """A query in the URL."""
        params = parse_qs(urlsplit(self.path).query)
        self._answer(params)

    def do_POST(self) -> None:
        """A query as the body, or in a form."""
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            self._answer({"query": [body]})
        elif kind == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
        elif kind == "application/x-www-form-urlencoded":
            self._answer(parse_qs(body))
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported Content-Type {kind!r}")

    def _answer(self, params: dict[str, list[str]]) -> None:
        """Run the query of the parameters and send its results."""
        if "update" in params:
            return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
        if len(params.get("query", [])) != 1:
            return self._error(HTTPStatus.BAD_REQUEST, "give exactly one 'query' parameter")
        server: Any = self.server
        future = server.pool.submit(self._run, params["query"][0], self.headers.get("Accept") or "*/*")
        try:
            status, body, media, truncated = future.result(timeout=server.timeout_s)
        except FutureTimeout:
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE, f"query took longer than {server.timeout_s:g} s")
        except QueryError as error:
            if "SPARQL Update" in error.message:
                return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            return self._error(HTTPStatus.BAD_REQUEST, str(error))
        extra = {"X-SPARQL-MaxRows": str(server.max_rows)} if truncated else {}
        self._send(status, body, media, extra)

    def _run(self, query: str, accept: str) -> tuple[int, bytes, str, bool]:
        """Run one query; return status, body, media type and whether rows were cut."""
        server: Any = self.server
        results = run_query(server.store, query)
        if isinstance(results, ox.QueryTriples):
            fmt = negotiate(accept, GRAPH_TYPES, "application/n-triples")
            triples = list(islice(results, server.max_rows + 1))
            data = ox.serialize(triples[:server.max_rows], format=fmt) or b""
            return HTTPStatus.OK, data, fmt.media_type, len(triples) > server.max_rows
        name = negotiate(accept, SELECT_TYPES, "application/sparql-results+json")
        if isinstance(results, ox.QueryBoolean):
            return HTTPStatus.OK, results.serialize(format=RESULTS_FORMATS[name]) or b"", MEDIA[name], False
        variables = [v.value for v in results.variables]
        rows = list(islice(results, server.max_rows + 1))
        data = results_json(variables, rows[:server.max_rows])
        if name != "json":
            data = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(
                format=RESULTS_FORMATS[name]) or b""
        return HTTPStatus.OK, data, MEDIA[name], len(rows) > server.max_rows

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain")

    def _send(self, status: int, body: bytes, media: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{media}; charset=utf-8" if media.startswith("text/") else media)
        self.send_header("Content-Length", str(len(body)))
        for key, value in {**CORS, **(extra or {})}.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not logged: queries may hold what the user would rather not see in a log."""
