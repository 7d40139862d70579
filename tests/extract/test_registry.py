"""The extractor registry: entry-point discovery, ordering by requires/provides, and errors.

The example plugin in ``tests/plugins/example_extractor`` is really installed (pip, into a
temporary target folder put on ``sys.path``), so the test takes the path a third-party
package takes. The error cases install minimal distributions by hand - a module and a
``.dist-info`` folder with ``entry_points.txt`` - which is all ``importlib.metadata`` reads.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from graphkit import build
from graphkit.errors import RegistryError
from graphkit.extract import GROUP, available, load_extractors, run_extractors
from graphkit.ingest import read_document

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "tests" / "plugins" / "example_extractor"
SAMPLE = ROOT / "data"

# an article citing two works, one of them twice, and a 《》 split by a line end (not a title)
ARTICLE = """---
title: 读书会纪要
tags: [读书会]
---
张三（Zhang San）推荐了《从大数据到数字化》和《数实共生》。
会后大家又讨论了《从大数据到数字化》，以及《未完
的书名》。
"""


@pytest.fixture(scope="module")
def example_plugin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/plugins/example_extractor installed with pip into a fresh target folder."""
    source = tmp_path_factory.mktemp("source") / "example_extractor"
    # build from a copy, so that setuptools' build/ and *.egg-info stay out of the checkout
    shutil.copytree(PLUGIN, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    target = tmp_path_factory.mktemp("site-packages")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--target", str(target), str(source)],
        capture_output=True, text=True)
    assert result.returncode == 0, f"pip could not install the example plugin:\n{result.stderr}"
    return target


@pytest.fixture
def install(monkeypatch: pytest.MonkeyPatch):
    """Put a site folder on sys.path and re-read the registry; undo both afterwards."""
    modules_before = set(sys.modules)

    def put_on_path(site: Path) -> None:
        monkeypatch.syspath_prepend(str(site))
        available.cache_clear()

    available.cache_clear()
    yield put_on_path
    monkeypatch.undo()
    available.cache_clear()
    for name in set(sys.modules) - modules_before:
        if name.startswith(("example_extractor", "fake_")):
            del sys.modules[name]


def fake_distribution(site: Path, module: str, source: str, entry_points: dict[str, str]) -> Path:
    """Install a one-module distribution registering ``entry_points`` (name -> object) in ``site``."""
    site.mkdir(parents=True, exist_ok=True)
    (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = site / f"{module}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.1\n", encoding="utf-8")
    lines = [f"[{GROUP}]"] + [f"{name} = {module}:{obj}" for name, obj in entry_points.items()]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return site


EXTRACTOR_SOURCE = """
    from graphkit.model import Mention

    class {cls}:
        name = "{name}"
        requires = {requires!r}
        provides = {provides!r}

        def __call__(self, document, found):
            works = [m for m in found if m.kind == "work"]
            yield Mention("{provides[0]}", str(len(works)), -1, -1, self.name)
"""


def extractor_source(cls: str, name: str, requires: tuple[str, ...], provides: tuple[str, ...]) -> str:
    return EXTRACTOR_SOURCE.format(cls=cls, name=name, requires=requires, provides=provides)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "reading-club.md").write_text(ARTICLE, encoding="utf-8")
    return folder


# -- the installed example plugin ------------------------------------------------------

def test_example_plugin_is_registered_through_its_entry_point(example_plugin, install):
    assert "example_works" not in available()
    install(example_plugin)
    entry = available()["example_works"]
    assert entry.value == "example_extractor:WorkTitleExtractor"
    assert entry.dist is not None and entry.dist.name == "graphkit-example-extractor"
    assert Path(entry.dist.locate_file("example_extractor.py")).parent == example_plugin
    # the built-ins come through the same group
    assert {"authors", "topics"} <= set(available())


def test_example_plugin_finds_works_with_body_spans(example_plugin, install, article):
    install(example_plugin)
    (extractor,) = load_extractors(["example_works"])
    assert (extractor.name, extractor.provides, extractor.requires) == ("example_works", ("work",), ())
    document = read_document(article / "reading-club.md", article)
    found = run_extractors(document, [extractor]).mentions
    assert [(m.kind, m.text, m.extractor) for m in found] == [
        ("work", "从大数据到数字化", "example_works"),
        ("work", "数实共生", "example_works"),
        ("work", "从大数据到数字化", "example_works"),
    ]
    assert [document.body[m.start:m.end] for m in found] == [m.text for m in found]
    assert [document.body[m.start - 1] + document.body[m.end] for m in found] == ["《》"] * 3


def test_example_plugin_runs_in_a_build(example_plugin, install, article):
    install(example_plugin)
    result = build([article], extractors=sorted(available()))
    assert result.report["documents"] == {"read": 1, "skipped": 0}
    (extraction,) = result.extractions
    works = sorted({m.text for m in extraction.mentions if m.extractor == "example_works"})
    assert works == ["从大数据到数字化", "数实共生"]
    assert result.report["entities"]["work"] == 2
    # the built-ins ran in the same build
    assert ("topic", "读书会", "topics") in {(m.kind, m.text, m.extractor) for m in extraction.mentions}


def test_example_plugin_on_the_sample(example_plugin, install):
    install(example_plugin)
    result = build([SAMPLE], extractors=sorted(available()))
    assert result.report["documents"]["skipped"] == 0
    assert result.report["entities"]["work"] == 6


def test_default_build_picks_up_a_newly_installed_plugin(example_plugin, install, article):
    build([article])  # a default build before the plugin is installed
    install(example_plugin)
    result = build([article])
    assert result.report["entities"].get("work") == 2


# -- errors ------------------------------------------------------------------------------

def test_unknown_extractor_lists_the_available_ones():
    with pytest.raises(RegistryError) as raised:
        load_extractors(["no_such_extractor"])
    message = str(raised.value)
    assert "'no_such_extractor'" in message
    listed = message.split("available:", 1)[1]
    assert [n.strip() for n in listed.split(",")] == sorted(available())


def test_build_with_an_unknown_extractor_fails_before_reading():
    with pytest.raises(RegistryError, match="unknown extractor 'no_such_extractor'"):
        build([SAMPLE], extractors=["topics", "no_such_extractor"])


def test_unmet_requirement_names_the_extractor_and_the_kind(tmp_path, install):
    source = extractor_source("NeedsBios", "needs_bios", ("speaker_bio",), ("bio_count",))
    install(fake_distribution(tmp_path / "site", "fake_needs_bios", source, {"needs_bios": "NeedsBios"}))
    for names in (["needs_bios"], None):
        with pytest.raises(RegistryError) as raised:
            load_extractors(names)
        assert "'needs_bios'" in str(raised.value)
        assert "speaker_bio" in str(raised.value)


def test_requirement_provided_by_an_extractor_not_loaded_is_unmet(example_plugin, tmp_path, install):
    source = extractor_source("WorkCounter", "a_work_counter", ("work",), ("work_count",))
    install(example_plugin)
    install(fake_distribution(tmp_path / "site", "fake_counter", source, {"a_work_counter": "WorkCounter"}))
    with pytest.raises(RegistryError, match=r"'a_work_counter' requires work\b"):
        load_extractors(["a_work_counter"])


def test_extractors_run_after_the_providers_of_what_they_require(example_plugin, tmp_path, install, article):
    # "a_work_counter" sorts before "example_works" by name, but reads its "work" mentions
    source = extractor_source("WorkCounter", "a_work_counter", ("work",), ("work_count",))
    install(example_plugin)
    install(fake_distribution(tmp_path / "site", "fake_counter", source, {"a_work_counter": "WorkCounter"}))
    ordered = load_extractors(["a_work_counter", "example_works"])
    assert [e.name for e in ordered] == ["example_works", "a_work_counter"]
    everything = [e.name for e in load_extractors()]
    assert sorted(everything) == sorted(available())
    assert everything.index("example_works") < everything.index("a_work_counter")

    document = read_document(article / "reading-club.md", article)
    counts = [m.text for m in run_extractors(document, ordered).mentions if m.kind == "work_count"]
    assert counts == ["3"]


def test_extractors_requiring_each_other_are_a_cycle(tmp_path, install):
    source = (extractor_source("Hen", "hen", ("egg",), ("chicken",))
              + extractor_source("Egg", "egg", ("chicken",), ("egg",)))
    install(fake_distribution(tmp_path / "site", "fake_cycle", source, {"hen": "Hen", "egg": "Egg"}))
    with pytest.raises(RegistryError, match="cycle: egg, hen"):
        load_extractors(["hen", "egg"])


def test_object_without_the_protocol_is_refused(tmp_path, install):
    source = """
        class NotAnExtractor:
            name = "shapeless"
    """
    install(fake_distribution(tmp_path / "site", "fake_shapeless", source, {"shapeless": "NotAnExtractor"}))
    with pytest.raises(RegistryError, match="'shapeless' does not implement the Extractor protocol"):
        load_extractors(["shapeless"])


def test_plugin_failing_to_load_is_skipped_with_a_warning(tmp_path, install, article):
    source = """
        raise ImportError("needs a library that is not installed")
    """
    install(fake_distribution(tmp_path / "site", "fake_broken", source, {"broken_plugin": "Broken"}))
    assert "broken_plugin" in available()
    with pytest.warns(UserWarning, match="'broken_plugin' failed to load.*not installed"):
        loaded = load_extractors()
    assert sorted(e.name for e in loaded) == sorted(set(available()) - {"broken_plugin"})

    # named explicitly, the failure is an error instead
    with pytest.raises(RegistryError, match="'broken_plugin' failed to load"):
        load_extractors(["broken_plugin"])

    # and a default build still reads the article with the other extractors
    with pytest.warns(UserWarning, match="broken_plugin"):
        result = build([article])
    assert result.report["documents"] == {"read": 1, "skipped": 0}

