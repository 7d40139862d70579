"""``graphkit build``: outputs, skipped files, one-line errors and exit codes, driven as users do."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphkit
import graphkit.cli.build  # noqa: F401  (registers the command, as main() does)
from graphkit.cli import cli
from graphkit.outputs import OUTPUTS

SKIPPED = {
    "alias-bomb.md": ("IngestError", "front matter refused: aliases expand to more than 10000 nodes "
                                     "(YAML alias bomb)"),
    "binary.md": ("IngestError", "binary file (NUL bytes), not a Markdown article"),
    "empty.md": ("IngestError", "empty file"),
    "yaml-list.md": ("IngestError", "front matter is a YAML list, expected a mapping"),
}
NOTES = [
    "note: bom.md: removed byte-order mark",
    "note: crlf.md: normalised CR/CRLF line ends",
    "note: gb18030.md: decoded as GB18030",
    "note: glued-key.md: repaired front matter (glued 'key:value' or tabs)",
    "note: invalid-yaml.md: front matter read line by line (invalid YAML)",
    "note: no-closing-fence.md: front matter has no closing '---'; it ends at line 3",
    "note: tabs.md: repaired front matter (glued 'key:value' or tabs)",
    "note: tvp-luzhou-laojiao.md: repaired front matter (glued 'key:value' or tabs)",
]


@pytest.fixture
def inputs(tmp_path: Path, broken_dir: Path, sample_dir: Path) -> Path:
    """A folder holding every broken file and the sample article."""
    folder = tmp_path / "in"
    folder.mkdir()
    for file in [*broken_dir.glob("*.md"), *sample_dir.glob("*.md")]:
        shutil.copy(file, folder / file.name)
    return folder


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_build_skips_broken_files_and_writes_every_output(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("build", str(inputs), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == {"read": 10, "skipped": 4}
    assert report["skipped"] == [{"path": path, "error": error, "reason": reason}
                                 for path, (error, reason) in SKIPPED.items()]
    lines = result.stderr.splitlines()
    assert lines[:4] == [f"warning: {path}: skipped: {reason}" for path, (_, reason) in SKIPPED.items()]
    assert lines[4:-1] == NOTES
    assert lines[-1].startswith("graphkit: 10 documents read, 4 skipped, ")
    assert result.stdout == ""


def test_every_readable_broken_file_is_an_article_of_the_graph(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", str(inputs), "-o", str(out), "--quiet").exit_code == 0
    nq = (out / "graph.nq").read_text(encoding="utf-8")
    for title in ("点赞计数字段粘连的文章", "用制表符缩进的标签", "带字节顺序标记的文章", "Windows 换行的文章",
                  "国标编码的文章", "分隔线后有空格的文章", "缺少结束分隔线的文章", "标签未闭合的文章",
                  "没有前言的文章", "TVP走进泸州老窖：数字化时代下，共话加速转型之道"):
        assert f'<https://schema.org/headline> "{title}"' in nq, title


def test_strict_fails_with_one_error_line(inputs: Path, tmp_path: Path) -> None:
    result = run("build", str(inputs), "-o", str(tmp_path / "out"), "--strict", "--quiet")
    assert result.exit_code == 1
    assert result.stderr == "Error: 4 document(s) skipped (--strict)\n"


def test_strict_passes_when_nothing_is_skipped(sample_dir: Path, tmp_path: Path) -> None:
    result = run("build", str(sample_dir), "-o", str(tmp_path / "out"), "--strict", "--quiet")
    assert (result.exit_code, result.output) == (0, "")


def test_missing_input_is_one_error_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = run("build", str(missing), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: no such file or folder\n"
    assert not (tmp_path / "out").exists()


def test_missing_output_option_is_a_usage_error(sample_dir: Path) -> None:
    result = run("build", str(sample_dir))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: Missing option '-o' / '--output'."


def test_quiet_prints_nothing(inputs: Path, tmp_path: Path) -> None:
    result = run("build", str(inputs), "-o", str(tmp_path / "out"), "--quiet")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert (tmp_path / "out" / "graph.nq").exists()


def test_installed_console_script_reports_its_version() -> None:
    script = Path(sys.executable).with_name("graphkit")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"graphkit, version {graphkit.__version__}\n", "")


def test_python_m_graphkit_lists_the_commands() -> None:
    done = subprocess.run([sys.executable, "-m", "graphkit", "--help"], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: graphkit [OPTIONS] COMMAND [ARGS]...")
    commands = done.stdout.split("Commands:")[1].split()
    assert "build" in commands and "validate" in commands
