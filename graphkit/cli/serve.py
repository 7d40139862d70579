"""``graphkit serve --store DIR``: a read-only SPARQL 1.1 Protocol endpoint."""
from __future__ import annotations

import click

from . import cli


@cli.command()
@click.option("--store", required=True, type=click.Path(file_okay=False), help="A store folder (graphkit build --store).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port; 0 picks a free one.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0, min_open=True),
              help="Seconds a query may run before the client gets 503.")
@click.option("--max-rows", default=10000, show_default=True, type=click.IntRange(1),
              help="Results are cut after this many rows (header X-SPARQL-MaxRows).")
def serve(store: str, host: str, port: int, timeout: float, max_rows: int) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol at http://HOST:PORT/sparql."""
    from ..serve import make_server
    server = make_server(store, host, port, timeout=timeout, max_rows=max_rows)
    bound = server.server_address[1]
    click.echo(f"graphkit: serving {store} read-only at http://{host}:{bound}/sparql (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
