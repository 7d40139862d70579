"""graphkit/extract/lexicons: word lists, and the alternations made of them."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from graphkit.extract import lexicons


def test_a_lexicon_alternation_finds_what_the_longest_first_alternation_finds():
    words = sorted(lexicons.load("titles"), key=len, reverse=True)
    text = "青禾科技首席架构师、北辰云高级技术专家和 CTO 兼联合创始人，产品经理助理，架构"
    longest_first = re.compile("|".join(map(re.escape, words)))
    trie = re.compile(lexicons.alternation(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in longest_first.finditer(text)]
    assert trie.pattern.count("|") < longest_first.pattern.count("|")


def test_the_well_known_organisations_are_merged_into_the_companies():
    # companies.txt is generated with tech_organizations.txt merged in (tools/make_cedict_lexicons.py)
    assert lexicons.load("tech_organizations") <= lexicons.load("companies")
    translations = lexicons.pairs("company_translations")
    assert lexicons.pairs("tech_organization_translations").items() <= translations.items()
    assert translations["Siemens"] == "西门子"  # from CC-CEDICT


DEV_GOLD = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev" / "gold"


@pytest.mark.skipif(not DEV_GOLD.is_dir(), reason="no ../shared/eval/dev beside the checkout")
def test_no_hand_written_name_list_names_anyone_of_the_dev_set():
    # the dev set measures the rules; a name list written by hand must not know its answers
    def normal(name: str) -> str:
        return unicodedata.normalize("NFKC", name).replace(" ", "").lower()

    gold_names = set()
    for gold in DEV_GOLD.glob("*.json"):
        record = json.loads(gold.read_text(encoding="utf-8"))
        gold_names |= {normal(n) for n in [*record["persons"], *record["organizations"]]}
        gold_names |= {normal(a) for aliases in record.get("aliases", {}).values() for a in aliases}
    # every list a tool did not generate from a packaged resource; single characters are surnames
    folder = Path(lexicons.__file__).parent
    hand_written = [path.stem for path in sorted(folder.glob("*.txt"))
                    if "generated" not in " ".join(path.read_text(encoding="utf-8").splitlines()[:8]).lower()]
    assert {"tech_organizations", "institutions", "org_suffixes", "world_given_names"} <= set(hand_written)
    known = {stem: {part.strip() for line in lexicons.load(stem) for part in line.split("\t")} for stem in hand_written}
    assert not {(stem, name) for stem, names in known.items() for name in names
                if len(name) > 1 and normal(name) in gold_names}
