"""The README stays true: its Python examples run, every command is documented and has help,
and the test command it shows is the one CI runs."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import cli, main  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    # importing the command modules registers them, as main() does
    from graphkit.cli import build, push, query, serve, validate, view  # noqa: F401
    return sorted(cli.commands)


@pytest.mark.parametrize("block", re.findall(r"```python\n(.*?)```", README, re.S))
def test_readme_python_examples_run(block: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    expected = re.findall(r"^# (\[.*\])$", block, re.M)
    for line in expected:
        assert line in out


def test_readme_provenance_example_prints_the_cited_span(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(ROOT)
    block = re.findall(r"```python\n(.*?)```", README, re.S)[0]
    exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "苏王辉 CIO 泸州老窖" in out
    assert "['tvp-luzhou-laojiao.md', '402', '422', '泸州老窖 CIO、腾讯云 TVP 苏王辉', 'roles', '0.85']" in out


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_documented_with_help(command: str) -> None:
    assert f"graphkit {command}" in README
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: cli {command}") or f"{command}" in result.output.splitlines()[0]


def test_quick_start_test_command_is_what_ci_runs() -> None:
    quick = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert quick[0] == "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/graphkit build data/ -o exports/"
    assert quick[1] == "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/pip install -e '.[test]'" in ci
    assert ".venv/bin/python -m pytest" in ci
