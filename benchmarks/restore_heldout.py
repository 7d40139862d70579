"""Restore the held-out sets' articles from git snapshots of their source repositories.

    python benchmarks/restore_heldout.py [--sets benchmarks/heldout] [--mirrors /work/.mirror] [h1 h2 ...]

Each line of ``SET/SOURCES.md`` (``NAME | owner/repo | commit | path``) names an article; its text
is ``git show commit:path`` in the repository's snapshot (``MIRRORS/owner+repo/repo``, the layout
the tool library's ``fetch`` leaves), after ``SET/prefix/NAME.md`` where the annotators added front
matter the source lacked. A restored text is written to ``SET/docs/NAME.md`` only when its sha256 is
the one in ``SET/CHECKSUMS``; every other article is listed with the reason, so that it can be
restored by hand (a repository too large to snapshot, a text transcribed from another copy).
"""
from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

PATH_THEN_REMARK = re.compile(r"(?P<path>.*?\.[A-Za-z]{1,8})\s+\(.*\)\s*$")  # "a/b.md  (transcribed …)"


class Source(NamedTuple):
    name: str
    repo: str
    commit: str
    path: str


def sources(folder: Path) -> list[Source]:
    found = []
    for line in (folder / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        fields = [field.strip() for field in line.split(" | ")]
        if len(fields) < 4 or line.startswith("#") or fields[0] == "NAME" or not re.fullmatch(r"[0-9a-f]{7,40}|HEAD", fields[2]):
            continue
        path = " | ".join(fields[3:])
        remark = PATH_THEN_REMARK.fullmatch(path)
        found.append(Source(fields[0].removesuffix(".md"), fields[1], fields[2], remark.group("path") if remark else path))
    return found


def checksums(folder: Path) -> dict[str, str]:
    path = folder / "CHECKSUMS"
    if not path.exists():
        return {}
    pairs = (line.split(maxsplit=1) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {Path(name).stem: digest for digest, name in pairs}


def source_text(source: Source, mirrors: Path) -> bytes | None:
    snapshot = mirrors / source.repo.replace("/", "+") / "repo"
    # a bare repository, or a work tree's .git
    git_dir = snapshot / ".git" if (snapshot / ".git").is_dir() else snapshot
    if not git_dir.is_dir():
        return None
    shown = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{source.commit}:{source.path}"],
                           capture_output=True)
    return shown.stdout if shown.returncode == 0 else None


def restore(folder: Path, mirrors: Path) -> Counter:
    """Restore one set; print each article not restored and why."""
    expected = checksums(folder)
    docs = folder / "docs"
    outcome: Counter = Counter()
    for source in sources(folder):
        target = docs / f"{source.name}.md"
        digest = expected.get(source.name)
        if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == digest:
            outcome["present"] += 1
            continue
        text = source_text(source, mirrors)
        if text is None:
            outcome["no snapshot"] += 1
            print(f"{folder.name}/{source.name}: no snapshot of {source.repo} at {source.commit[:10]}, or no {source.path}")
            continue
        prefix = folder / "prefix" / f"{source.name}.md"
        if prefix.exists():
            text = prefix.read_bytes() + text
        if hashlib.sha256(text).hexdigest() != digest:
            outcome["differs"] += 1
            print(f"{folder.name}/{source.name}: the text from {source.repo} differs from the one scored")
            continue
        docs.mkdir(exist_ok=True)
        target.write_bytes(text)
        outcome["restored"] += 1
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="sets to restore (default: all)")
    parser.add_argument("--sets", default=Path(__file__).parent / "heldout", type=Path)
    parser.add_argument("--mirrors", default=Path("/work/.mirror"), type=Path)
    parser.add_argument("--repos", action="store_true", help="only list the repositories the sets need")
    args = parser.parse_args()
    folders = [args.sets / name for name in args.names] or sorted(p for p in args.sets.iterdir() if (p / "SOURCES.md").exists())
    if args.repos:
        print("\n".join(sorted({source.repo for folder in folders for source in sources(folder)})))
        return
    total: Counter = Counter()
    for folder in folders:
        total += restore(folder, args.mirrors)
    print(", ".join(f"{count} {what}" for what, count in sorted(total.items())) or "no articles listed", file=sys.stderr)


if __name__ == "__main__":
    main()
