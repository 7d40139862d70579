"""Writing output files atomically: a temporary file in the same folder, then ``os.replace``.

A reader never sees a half-written file, and an interrupted build leaves the previous
output in place.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable, IO


def atomic_write(path: str | os.PathLike[str], write: Callable[[IO[bytes]], None] | bytes) -> None:
    """Write ``path`` all at once: ``write`` is the bytes, or a function filling a binary file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(write, bytes):
                handle.write(write)
            else:
                write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
