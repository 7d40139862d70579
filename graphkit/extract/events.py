"""Events: conferences, meetups, salons, summits, live streams, with their dates.

A name ends in an event word (大会, 峰会, 沙龙, Meetup, Summit ...) or is quoted in 「」
before one ("「TVP 走进泸州老窖」闭门交流会"). A date in the same sentence - "5 月 19 日",
"2022 年 5 月 20-21 日" - is resolved against the article's date when it has no year.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import itertools
import re
from typing import Iterable, Iterator, Sequence

from ..ingest.body import LIST_ITEM
from ..line_start import LineStartPattern
from ..model import EVENT, PERSON, TALK, Document, Mention, Relation
from ..resolve.normalize import fold_event
from . import lexicons
from .descriptors import domain_words_start, left_cut
from .names import extend_left, hide_qualifier_brackets

SENTENCE_ENDS = "。\n！？"
DATE_REACH = 200   # characters after the event's sentence, within its section, to look for its date
EVENT_CUE = re.compile(r"大会|会议|参加|参会|举办|举行|召开|峰会|演讲|议题|出席|期间|直播|报名|回顾|分享")
EDITION_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d[ \t]*年?[ \t]*$")
HAN = "\u4e00-\u9fff"
# "SOFAChannel#16": a Latin name run into its edition's number; found from the "#"
NUMBERED = re.compile(r"#(?:(?<=[A-Za-z]#)|(?<=[A-Za-z][ \t]#))[ \t]?\d{1,3}(?!\d)")  # literal-led by the sign
ORDINAL = re.compile(r"^(?:首届|第[一二三四五六七八九十\d]+届)")
COUNT_LEAD = re.compile(r"[\d一二三四五六七八九十两几]+[ \t]*(?:个|天|大|场|次|项|日)")  # "1个主论坛", "6大技术专场"
DATE_ONLY = re.compile(r"[\d/.\-:：月日号 \t]+")  # "2/13直播", "0312 直播": a day, no name
# English words, no brand: "this interactive (workshop)", "You will find the (workshop)"
LOWER_WORDS = re.compile(r"(?:[A-Z][a-z]*|[a-z]+)(?:[ \t]+[a-z]+)+|[a-z]+")
COUNT = re.compile(r"[\d一二三四五六七八九十两几多]+(?:[ \t]*多)?[ \t]*[个场届次家位门]")
ORDINAL_BEFORE = re.compile(r"(?:首届|第[ \t]*[一二三四五六七八九十\d]+[ \t]*届)[ \t]*$")
FULL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|(\d{4})-(\d{1,2})-(\d{1,2})"
                       r"|(?<![\d.])(\d{4})([./])(\d{1,2})\8(\d{1,2})(?![\d.])")  # "2024.10.24", "2024/10/24"
# an events list: "- 2024.10.24，德国美因茨，OCX 2024（原 EclipseCon）" - a date, a place, the name
DATED_ITEM = re.compile(r"(?P<date>(?:19|20)\d\d[./年-]\d{1,2}[./月-]\d{1,2}日?)[ \t]*[，,][ \t]*(?P<place>[^，,\n]{2,12}?)"
                        r"[ \t]*[，,][ \t]*(?P<name>[^\n]{2,80}?)[ \t]*$", re.M)
HELD = re.compile(r"于[ \t]*(?:\d{4}[ \t]*年[ \t]*)?\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*[日号][^，。；\n]{0,12}?(?:举办|举行|召开|开幕)")
HELD_OBJECT = re.compile(r"[ \t]*了?[^，。；！？\n]{0,30}?(?:会议|大会|峰会|论坛|活动|沙龙|研讨会|年会|Meetup|Summit|Conference)")
HELD_SUBJECT = re.compile(r"[ \t>*]*(?P<name>(?:(?:19|20)\d\d[ \t]*年?[ \t]*)?[A-Z][A-Za-z0-9&+'. -]{1,30}?)[ \t]*")
ONLINE = ("线上", "在线", "线下", "云端", "Online", "online")
FORMER_NAME = re.compile(r"[ \t]*[（(](?:原|前称|前身|旧称|即)[^（）()\n]*[）)]$")  # "（原 ApacheCon）": a note
MONTH_EDITION = re.compile(r"[A-Za-z)][ \t]*\d{1,2}[ \t]*月[ \t]*$")
JOINT = re.compile(r"[A-Za-z)][ \t]*联合[ \t]*$")
MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# "时间：9.26", "10/12 周六": a day written with a dot or a slash is a date only where a time
# label leads it or a weekday follows it; elsewhere it is a version, a ratio or a score
MARKED_DAY = re.compile(r"(?:(?:时间|日期)[ \t]*[:：][ \t*]*(\d{1,2})[./](\d{1,2})(?![\d./])"
                        r"|(?<![\d./])(\d{1,2})[./](\d{1,2})(?=[ \t]*[（(]?[ \t]*(?:周|星期)[一二三四五六日天]))")
# an English word that says when or what kind, no name: "## After Party", "Demo Day", "Opening Ceremony"
GENERIC_LATIN_HEADS = frozenset({"After", "Demo", "Welcome", "Opening", "Closing", "Lunch", "Dinner", "Tea", "Coffee",
                                 "Online", "Offline", "Annual", "Weekly", "Monthly"})
GENERIC = re.compile(r"^(?:本次|这次|此次|本场|这场|该|本届|一场|一次|各类|各种|线上|线下|相关|技术|开发者|大型|国内|国际|全球|其他|各大|多场|多个|系列"
                     r"|文末|文中|本文|上文|下文|全文)*$")  # "在文末大会官网上": where in the article, no name
LEFT_STOP = re.compile(r".*(?:[，。、；：:！？!?,;（）()“”\"「」《》]|参加|参与|举办|举行|召开|出席|进行|合作|曾获|获得|入选|报名|[更还也另]有|在(?!线)|于|的|是|和|与|及|为|由|了(?!么)|场|届|期|次"
                       r"|第[一二三四五六七八九十\d]+|[去今明前当]年|[此本这每该]次|以)")


# what may follow an event word: "Asia 2021", "NA", "China 2019" - not "PPT", "PDF"
# and an edition's number or city: "Meetup#1 上海站", "大会（上海站）2019", "Meetup No.45"
# … and its number: "meetup 第七期深圳站"
# (a tour's stop: "·X 城市行杭州站", "中国行南京站")
TAIL_PART = (r"['’]\d{2}(?!\d)|[ \t·-]?(?:No\.?[ \t]?\d{1,3}(?!\d)|[A-Z][a-z]+|[A-Z]{2}(?![A-Za-z])|APAC|EMEA|\d{2,4}|#\d+|[\u4e00-\u9fff]{2}站|[（(][\u4e00-\u9fff]{2}站[）)]"
             r"|(?:城市|中国|全国|全球|高校)行(?=[\u4e00-\u9fff]{2}站)"
             r"|第[ \t]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[ \t]?期"
             r"|[（(]第[ \t]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[ \t]?[期届][）)])")
TAIL_ONE = re.compile(TAIL_PART)
LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z-]*")
# English words after an event's name that say what of it a text is about, no edition's place:
# its record, its papers and people, its money; and the months ("Node Party Jun")
EVENT_ASPECTS = frozenset({
    "Recap", "Review", "Summary", "Highlights", "Report", "Notes", "Slides", "Video", "Videos", "Photos", "Agenda",
    "Schedule", "Program", "Programme", "Guide", "Registration", "Tickets", "Sponsors", "Sponsorship", "Speakers",
    "Committee", "Organization", "Organizers", "Volunteers", "Expense", "Expenses", "Investment", "Budget", "Call",
    "Keynote", "Keynotes", "Blogger", "Bloggers", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec"})
TAIL_AT_END = re.compile(rf"(?:{TAIL_PART})*$")
TRAILING_YEAR = re.compile(r"[ \t]*(?:19|20)\d\d[ \t]*年?$")
FULL_DATE_LEAD = re.compile(r"(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}[ \t]*")
YEAR_LEAD = re.compile(r"^(?:19|20)\d\d[ \t]*年?[ \t]*")  # "2021 年阿里云开发者大会": the edition's year
QUOTED = re.compile(r"[「『“](?P<quoted>[^」』”\n]{2,40})[」』”]")
# "《高效入门 eBPF》直播": a talk's title names the session that gives it, a live stream or a lecture
TITLED_SESSION = re.compile(r"《[^《》\n]{2,40}》(?:线上)?(?:直播|讲座|公开课|讲习班|研讨会|分享会)")
TITLED_SERIES = re.compile(r"《[^《》\n]{2,20}》[ \t]*$")
QUOTED_BEFORE = re.compile(r"[“「『](?P<words>[^“”「」『』\n]{2,16})[”」』][ \t]*$")
SERIES = re.compile(r"第[ \t]*(?:\d+[ \t]*[期场届]|(?P<words>[一二三四五六七八九十百]+)[ \t]*期)")
# "Con" after a letter; led by the literal (a lookbehind first is tried at every position)
# … and in capitals after three or more: "HITCON", "SITCON 2024" (not "ICON", "RECON")
CON = re.compile(r"[Cc]on(?<=[A-Za-z]Con|\b[A-Z]con)(?![A-Za-z0-9])|CON(?<=[A-Z]{3}CON)(?![A-Za-z0-9])")  # "QCon", "Qcon", "QCon北京2017"
CONF = re.compile(r"Conf(?<=[A-Za-z]Conf)\b|(?<= )CONF\b|(?<=[A-Za-z] )Conf\b")  # "ViteConf", "Vue CONF", "Rust China Conf"
SPACED_BRAND_BEFORE = re.compile(r"(?:[A-Z][A-Za-z0-9.+-]*[ \t]){1,3}$")  # "Rust China " before "Conf"
STATION = re.compile("站")
# literal-led by the year's first digits would match every year: led by the capitals instead,
# the first one before the look behind it (a look first is tried at every position)
# … starting its name: not "Summit ASIA 2022", a longer name's edition
ACRONYM_EDITION = re.compile(r"[A-Z](?<![A-Za-z0-9_.@/-][A-Z])(?<![A-Za-z][ \t][A-Z])[A-Z]{2,5}[ \t]?(?:19|20)\d\d(?![\d.\-年/])")
ACRONYM_GOES_ON = re.compile(r"[ \t]*(?:[\u4e00-\u9fff]{0,4}(?:站|大会|会议|峰会|论坛)|[A-Z][a-z])")
ORDINAL_MEETING = re.compile(r"(?:首届|第[ \t]*[一二三四五六七八九十\d]+[ \t]*届)[ \t]*(?P<head>[\u4e00-\u9fffA-Za-z0-9 ]{2,20}?)会议"
                             r"(?:[ \t]?[（(][\u4e00-\u9fff]{2,4}站?[）)])?")
BRACKETED_STATION = re.compile(r"[ \t]?[（(][\u4e00-\u9fff]{2,4}站[）)]")
REGION_EDITION = re.compile(r"(?:China|Asia|Europe)[ \t](?:19|20)\d\d(?!\d)")
LATIN_BRAND = re.compile(r"(?<![A-Za-z0-9#+.-])[A-Z][A-Za-z0-9#+.-]*(?:[ \t][A-Za-z0-9#+.-]+){0,3}[ \t]?$")
# event words that a kind of thing names with an edition: "2014 硬件自由日" (Hardware Freedom Day)
STREAMED_MEDIA = ("视频", "音频", "在线", "网络")
SITE_HEAD = re.compile(r"[A-Za-z][ \t]?站(?:线上)?")
NAMED_BY_KIND = frozenset({"自由日", "自由软件日"})
# the event words a Chinese brand alone can name: "云栖大会"; but no "云栖直播"
BRANDED_WORDS = frozenset({"大会", "峰会", "论坛", "盛典", "嘉年华"})
# … and a salon or a meeting, its head no verb or adverb ("后能慢慢扩大沙龙", "课可预约沙龙")
BRANDED_MEETINGS = frozenset({"沙龙", "研讨会", "交流会", "见面会"})


@functools.lru_cache(maxsize=1)
def _places() -> tuple[str, ...]:
    return tuple(lexicons.load("places") | lexicons.load("provinces"))


@functools.lru_cache(maxsize=1)
def _event_words() -> re.Pattern[str]:
    """The event words as one literal alternation; names are found by scanning back from them."""
    words = lexicons.alternation(lexicons.load("event_words"))
    # literal-led; the caller checks that a Latin word is a word of its own ("ReserveDay")
    # (not a room's name: "大会议室", "会议室")
    return re.compile(rf"(?:{words})(?![a-z]|议室|室)")


@functools.lru_cache(maxsize=1)
def _known_events() -> re.Pattern[str]:
    """The conferences known by name, each a word of its own (not "PyConfig", "HDCP")."""
    return re.compile(rf"(?:{lexicons.alternation(lexicons.load('known_events'))})(?![A-Za-z])")


@functools.lru_cache(maxsize=1)
def _event_word_at_end() -> re.Pattern[str]:
    """The longest event word that ends a text."""
    return re.compile("(?:" + lexicons.alternation(lexicons.load("event_words")) + ")$")


@functools.lru_cache(maxsize=1)
def _region_before() -> re.Pattern[str]:
    """A region, a year before it perhaps, right before a Latin event's name: "2023 北美 "."""
    places = lexicons.alternation(lexicons.load("places"))
    return re.compile(rf"(?:(?:19|20)\d\d[ \t]*年?[ \t]*)?(?:{places})[ \t]*$")


SPEAKER_COLON = re.compile(r"[ \t]*[:：]")
CLAUSE_MARK = re.compile(r"[，,。！？；;]")


def _speaker_item_title(text: str, start: int, speaker_ends: list[int]) -> bool:
    """Whether ``start`` is in the words after "NAME:" that lead its line (a card may come before
    the name): a speaker's item, its words the talk's title. ``speaker_ends`` in order."""
    line_start = text.rfind("\n", 0, start) + 1
    on_line = speaker_ends[bisect.bisect_right(speaker_ends, line_start):bisect.bisect_right(speaker_ends, start)]
    return any(SPEAKER_COLON.match(text, end) and not CLAUSE_MARK.search(text, line_start, end) for end in on_line)


class EventExtractor:
    """Named events and their start dates."""

    name = "events"
    requires: tuple[str, ...] = ()
    uses = (PERSON, TALK)
    provides = (EVENT,)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        candidates = list(self._candidates(document))
        candidates += self._labelled(document, candidates)
        candidates += self._edition_headings(document, candidates)
        events = _dated_later(document, _named_in_full(_in_apposition(document.prose, candidates)))
        # "* 刘某: 第四届某某挑战赛 [PDF]": a speaker's item, its words the talk's title, no event
        speaker_ends = sorted({m.end for m in found if m.kind == PERSON})
        # "19:00「Offchain Workers Workshop」": a talk's whole title, no event of its own
        talks = [(m.start, m.end) for m in found if m.kind == TALK]
        # "[01 Radu Tudoran - Flink Forward China 2018](…)": a name that starts inside a person's ran over it
        people = [(m.start, m.end) for m in found if m.kind == PERSON and m.start >= 0]
        events = [e for e in events if not _speaker_item_title(document.prose, e.start, speaker_ends)
                  and not any(start < e.start < end for start, end in people)
                  and not any(start - 1 <= e.start and e.end <= end + 1 and 5 * (e.end - e.start) >= 4 * (end - start)
                              for start, end in talks)]  # (its brackets around it, or not)
        # the date given once holds for every mention of the event in the article
        dates: dict[str, str] = {}
        for event in events:
            date = event.attr("date")
            if date:
                dates.setdefault(event_key(event), date)
        titled = _title_key(document)
        page_date: list[str | None] = []  # read once, where an event the title names has no date
        for event in [*events, *self._in_title(document, events)]:
            # one event found by two rules ("DataCon 2024 大会" and "DataCon 2024"): keep the longer
            if any(o is not event and o.start <= event.start and event.end <= o.end
                   and (o.end - o.start) > (event.end - event.start) for o in events):
                continue
            date = dates.get(event_key(event))
            if date is None and (event.field == "title" or event_key(event) in titled):
                page_date = page_date or [_page_date(document)]
                date = page_date[0]  # the event page's own day, for the event its title names
            if date and event.attr("date") != date:
                event = dataclasses.replace(event, attrs=(*(a for a in event.attrs if a[0] != "date"), ("date", date)))
            yield event

    def _in_title(self, document: Document, events: list[Mention]) -> Iterator[Mention]:
        """Events the article's title names and its body does not ("云原生 Meetup 北京站——2024"),
        cited by the front-matter field; not another name of one the body names ("APISIX 马来西亚
        Meetup" beside "2023 APISIX 开源社区 Meetup")."""
        title = document.metadata.get("title")
        if not isinstance(title, str) or not title.strip():
            return
        named = {event_key(e) for e in events}
        series = {_series(e.text) for e in events}
        heading = dataclasses.replace(document, body=title, prose=title, headings=(), sections=(), links=())
        for event in _named_in_full(_in_apposition(title, list(self._candidates(heading)))):
            key = event_key(event)
            # "2020 软件自由日中国科大站" over a body that names "软件自由日（Software Freedom Day）": the
            # body's event, its edition and station left out
            core = TAIL_AT_END.sub("", YEAR_LEAD.sub("", event.text)).strip()
            yearless = TRAILING_YEAR.sub("", YEAR_LEAD.sub("", event.text)).strip()  # "WAIC 2021": "WAIC"
            if key not in named and not any(key in other or other in key for other in named) \
                    and _series(event.text) not in series and not _named_beside(document.prose, core, events) \
                    and not _named_beside(document.prose, yearless, events):
                named.add(key)
                yield Mention(EVENT, event.text, -1, -1, self.name, 0.7, field="title",
                              attrs=tuple(a for a in event.attrs if a[0] == "date"))

    def _edition_headings(self, document: Document, found: list[Mention]) -> list[Mention]:
        """"## X第十四期" over "⏰时间：11 月 22 日（周三）": a series' edition its heading names, the
        time its section gives first; a heading with no such line may be a newsletter's issue."""
        text, year = document.prose, _year(document)
        editions = []
        for heading in document.headings if "期" in text else ():
            named = EDITION_HEADING.fullmatch(heading.text.strip())
            if named is None or GENERIC.match(named.group("series")) or any(
                    heading.start <= e.start < heading.end for e in found):
                continue
            section_end = next((h.start for h in document.headings if h.start > heading.start and h.level <= heading.level),
                               len(text))
            timed = SECTION_TIME.search(text, heading.end, min(section_end, heading.end + SECTION_TIME_REACH))
            if timed is None:
                continue
            start = text.find(named.group(), heading.start, heading.end)
            date = _date(timed.group(), year)
            editions.append(Mention(EVENT, named.group(), start, start + len(named.group()), self.name, 0.7,
                                    attrs=(("date", date),) if date else ()))
        return editions

    def _labelled(self, document: Document, found: list[Mention]) -> list[Mention]:
        """"活动主题：SOFA 六周年，Hello World！": the line an event's label gives, where no event
        found names it; a brand or an event's word in it, no sentence ("主题为…。")."""
        text, year = document.prose, _year(document)
        labelled = []
        for match in EVENT_LABEL.finditer(text) if "主题" in text or "名称" in text else ():
            name = match.group("name").rstrip(" \t!！")
            start = match.start("name")
            if "。" in name or any(start <= e.start < start + len(name) for e in found) \
                    or not (re.search(r"[A-Za-z]", name) or _event_words().search(name) or ANNIVERSARY.search(name)):
                continue
            date = _date(text[_sentence_start(text, start):_sentence_end(text, start)], year)
            labelled.append(Mention(EVENT, name, start, start + len(name), self.name, 0.7,
                                    attrs=(("date", date),) if date else ()))
        return labelled

    def _candidates(self, document: Document) -> Iterator[Mention]:
        year = _year(document)
        text = document.prose
        seen: set[str] = set()
        yield from self._acronym_editions(document, year, seen)
        yield from self._titled_sessions(document, year, seen)
        for match in ORDINAL_MEETING.finditer(text) if "会议" in text else ():
            # "第十二届中国R会议（北京）": 会议, too plain a word to end an event's name alone, does after
            # an edition's ordinal
            head = match.group("head")
            if not GENERIC.match(head) and not lexicons.has_word(head, "function_words"):
                yield from self._event(document, match.group(), match.start(), match.end(), year, seen, True)
        words = _event_words()
        for match in QUOTED.finditer(text):
            # "「TVP 走进泸州老窖」闭门交流会", "“云原生数据库”分论坛"
            word = words.match(text, match.end())
            if word:
                # the name as written, brackets and all, so that it is the text at its span
                yield from self._event(document, text[match.start():word.end()], match.start(), word.end(),
                                       year, seen, True)
                continue
            # "第十三届『数据技术嘉年华』": the whole name quoted, its edition before it
            quoted = match.group("quoted")
            inner_word = _event_word_at_end().search(quoted)
            if inner_word and _quoted_head_names(quoted[:inner_word.start()].strip()):
                ordinal = ORDINAL_BEFORE.search(text, max(0, match.start() - 12), match.start())
                start = ordinal.start() if ordinal else match.start()
                yield from self._event(document, text[start:match.end()], start, match.end(), year, seen, True)
        for match in words.finditer(text):
            if match.group()[0].isascii() and text[match.start() - 1:match.start()].islower():
                continue  # not a word of its own: "ReserveDay", "saveDays"
            if text[match.start() - 1:match.start() + 1] in lexicons.load("function_words"):
                continue  # the word starts inside a verb: "扩大|会"; but "线上峰会" (上峰 is a noun)
            if match.group().endswith("直播") and text.startswith("间", match.end()):
                continue  # "某站 X 直播间": a channel's room, no event
            end = _tail_end(text, match.end())
            raw_start = extend_left(text, match.start(), 40)
            if raw_start == match.start() and match.group()[0].isascii() and text[match.start() - 1:match.start()] == " ":
                raw_start = extend_left(text, match.start() - 1, 40)  # "APISIX 深圳 Meetup": a Latin word after a space
            raw = text[raw_start:end]
            # the words before the name end at a stop before the event word, not in its tail ("（上海站）")
            stop = LEFT_STOP.match(hide_qualifier_brackets(raw[:len(raw) - (end - match.start())]))
            head_and_word = raw[stop.end() if stop else 0:len(raw) - (end - match.end())]
            # the words of the sentence are cut from the head, not from the event word ("发布|会")
            head = head_and_word[:len(head_and_word) - len(match.group())]
            # "X(Incubating) 4 月Meetup": the month is the edition's; "A & B 联合 Meetup": a joint one
            kept = MONTH_EDITION.search(head) or JOINT.search(head)
            cut_head = left_cut(head[:kept.start() + 1]) + head[kept.start() + 1:] if kept else left_cut(head)
            name = (cut_head + match.group() + text[match.end():end]).strip() if head.strip() \
                else (left_cut(head_and_word) + text[match.end():end]).strip()
            # a Latin-led name starts at its first Latin word: "前往 Apache APISIX Summit"
            latin = re.search(r"(?:(?:19|20)\d\d[ \t]+)?[A-Za-z]", name)  # "2023 APISIX 社区 Meetup": its year too
            # … but a Chinese-led series with its edition: "云原生社区 meetup 第七期深圳站"
            chinese_led = name.startswith(match.group(), latin.start()) if latin else False
            word_at = name.find(match.group())
            if latin and 0 < latin.start() <= word_at and not ORDINAL.match(name) and not (
                    chinese_led and text[match.start() - 1] in " \t" and re.search("期|站", text[match.end():end])):
                name = name[latin.start():]
            if latin and name.isascii():
                name = _capitalised_run(name, match.group())
            enumerator = SECTION_NUMBER.match(name)
            if enumerator and not text[text.rfind("\n", 0, end - len(name)) + 1:end - len(name)].strip(" \t#*>"):
                name = name[enumerator.end():]  # "### 01 社区嘉年华：…": the section's number, no edition
            region = _region_before().search(text, max(0, end - len(name) - 16), end - len(name)) if latin else None
            if region and region.group().strip():
                name = text[region.start():end]  # "2019 成都 Web 全栈大会": the year and the city are the edition's
            edition = EDITION_YEAR.search(raw, 0, len(raw) - len(name))
            if edition and not latin and re.match(rf"[{HAN}]", name):
                name = raw[edition.start():]  # "2021 年阿里云开发者大会": the year is the edition's
            ordinal = ORDINAL_BEFORE.search(raw, 0, len(raw) - len(name))
            if ordinal and not latin and re.match(rf"[{HAN}]", name):
                name = raw[ordinal.start():]  # "第十届数据库技术大会": named by its edition
            start = end - len(name)
            is_named = _is_named(name) or _set_apart(document.body, name, start, end)
            if not is_named:
                # "## 数据库核心技术与应用实战峰会": a line set apart names the event whole, its words
                # joined by 与 too
                line_start = text.rfind("\n", 0, start) + 1
                whole = text[line_start:end].lstrip(" \t#*>-")
                if len(whole) > len(name) and not SENTENCE_WORDS.search(whole) \
                        and _set_apart(document.body, whole, end - len(whole), end):
                    name, start, is_named = whole, end - len(whole), True
            yield from self._event(document, name, start, end, year, seen, is_named)
        for match in SERIES.finditer(text):
            # "掘力计划第 20 期", "某某系列活动第20场"; "《某唠嗑室》第 26 期": a programme's episode
            titled = TITLED_SERIES.search(text, max(0, match.start() - 24), match.start())
            if titled:
                yield from self._event(document, text[titled.start():match.end()], titled.start(), match.end(),
                                       year, seen, True)
                continue
            quoted = QUOTED_BEFORE.search(text, max(0, match.start() - 24), match.start())
            if quoted and not GENERIC.match(quoted.group("words").removesuffix("直播").removesuffix("活动")) \
                    and quoted.group("words") not in lexicons.load("places"):
                # "“掘力计划”第25期": the series' name in quotes
                yield from self._event(document, text[quoted.start():match.end()], quoted.start(), match.end(),
                                       year, seen, True)
                continue
            raw_start = extend_left(text, match.start(), 14)
            before = text[raw_start:match.start()]
            stop = LEFT_STOP.match(before)
            head = left_cut(before[stop.end() if stop else 0:]).strip()
            # the name as written from the head on, spaces included, so that it is its span's text
            head_start = raw_start + len(before.rstrip()) - len(head)
            name = text[head_start:match.end()]
            # a series is named: not a place ("美国第 26 届") nor a generic activity ("线上直播第 8 期")
            if len(head) >= 2 and head not in lexicons.load("places") and not GENERIC.match(
                    head.removesuffix("直播").removesuffix("活动").removesuffix("系列")) \
                    and (not match.group("words") or _names_a_series(head)):
                yield from self._event(document, name, match.end() - len(name), match.end(), year, seen, True)
        for match in NUMBERED.finditer(text):
            # "线上直播 SOFAChannel#16", "Service Mesh Webinar#4": a numbered edition of a series
            start = extend_left(text, match.start(), 40)
            name = text[start:match.end()].strip()
            latin = re.search(r"[A-Za-z]", name)
            name = name[latin.start():] if latin else name  # "本期 SOFAChannel#35": the series' name only
            # the cue may come late in a long sentence: "本期 X#35 邀请到了…跟大家分享《…》"
            sentence_start = _sentence_start(text, match.start())
            sentence_end = min(_sentence_end(text, match.end()), match.end() + 120)
            if "[" in document.body[match.end():sentence_end]:
                sentence_end = match.end()  # a reading list: "X#7：[title | X#7 直播整理](…)" cites, names no event
            sentence = text[sentence_start:max(match.end() + 40, sentence_end)]
            if re.match(r"[A-Z]", name) and len(name) >= 5 and EVENT_CUE.search(sentence):
                yield from self._event(document, name, match.end() - len(name), match.end(), year, seen, True)
        for match in STATION.finditer(text):
            # "GIAC 上海站", "KCD 2023 杭州站": a Latin-named series' edition in a city
            if text[match.start() - 2:match.start()] in lexicons.load("places"):
                yield from self._latin_edition(document, match.start() - 2, match.end(), year, seen)
        for match in REGION_EDITION.finditer(text):
            # "Gopher China 2021": a Latin-named conference's regional edition of a year
            yield from self._latin_edition(document, match.start(), match.end(), year, seen)
        for match in itertools.chain(CON.finditer(text), CONF.finditer(text) if "onf" in text or "CONF" in text else ()):
            # "KubeCon 2019", "ApacheCon Asia 2021", "ViteConf 2023", "Vue CONF 2021"
            start = match.start()
            if match.group() == "CONF" and re.search(r"[A-Za-z] $", text[max(0, start - 2):start]):
                start -= 1  # "Vue CONF": the brand is the word before
            elif match.group() == "Conf" and text[start - 1:start] == " ":
                brand = SPACED_BRAND_BEFORE.search(text, max(0, start - 40), start)
                if brand is None:
                    continue
                start = brand.start()  # "Rust China Conf": the brand's words before
            while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
                start -= 1
            end = _tail_end(text, match.end())
            if not text[start:start + 1].isupper():
                continue
            latin_start = start
            # "2023 北美 KubeCon", "中国 IstioCon": a region (and a year) before the name is its edition's
            region = _region_before().search(text, max(0, start - 16), start)
            start = region.start() if region else start
            name = text[start:end].strip()
            if len(name) >= 4 and (name != text[latin_start:match.end()]
                                   or EVENT_CUE.search(text[max(0, start - 30):end + 30])):
                yield from self._event(document, name, start, start + len(name), year, seen, True)

        for match in _known_events().finditer(text):
            # "顺着QCon的风", "HDC 2024，6月21日", "QCon 北京": a conference known by its name alone,
            # its edition's year or city after it; not a part of a longer name the event words find
            # ("JSDC 2021 開發者年會", "KubeCon + CloudNativeCon")
            before = text[match.start() - 1:match.start()]
            end = _tail_end(text, match.end())
            if before.isascii() and before.isalnum() or KNOWN_EVENT_GOES_ON.match(text, end):
                continue
            city = CITY_AFTER.match(text, end)
            end = city.end() if city and city.group("city") in lexicons.load("places") else end
            yield from self._event(document, text[match.start():end].strip(), match.start(), end, year, seen, True)

        for match in HELD.finditer(text):
            # "2025 年 SFD 于 2025 年 9 月 20 日举办": a Latin name (its year before it) held on a day
            if HELD_OBJECT.match(text, match.end()):
                continue  # "W3C 于 4 月 8 日召开顾问委员会会议": who held the event, not its name
            start = _sentence_start(text, match.start())
            named = HELD_SUBJECT.fullmatch(text, start, match.start())
            if named:
                yield from self._event(document, named.group("name"), named.start("name"), named.end("name"),
                                       year, seen, True)
        for match in DATED_ITEM.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            place = match.group("place")
            if text[line_start:match.start()].strip() or not LIST_ITEM.match(document.body, line_start) \
                    or not place.startswith(ONLINE + _places()):
                continue
            name = FORMER_NAME.sub("", match.group("name"))
            yield from self._event(document, name, match.start("name"), match.start("name") + len(name), year, seen,
                                   not DATE_ONLY.fullmatch(name))

    def _latin_edition(self, document: Document, start: int, end: int, year: int | None,
                       seen: set[str]) -> Iterable[Mention]:
        """The event named by the Latin brand right before ``start`` and the edition up to ``end``."""
        brand = LATIN_BRAND.search(document.prose, max(0, start - 40), start)
        if brand:
            yield from self._event(document, document.prose[brand.start():end].strip(), brand.start(), end,
                                   year, seen, True)

    def _acronym_editions(self, document: Document, year: int | None, seen: set[str]) -> Iterator[Mention]:
        """"TPAC 2018", "ICSE 2021", "CCIR 2024": a conference's acronym and its edition's year, as
        academic and standards meetings are named; not a year's statistic ("GDP 2020 年")."""
        text = document.prose
        for match in ACRONYM_EDITION.finditer(text):
            sentence = text[_sentence_start(text, match.start()):_sentence_end(text, match.end())]
            if not EVENT_CUE.search(sentence) or ACRONYM_GOES_ON.match(text, match.end()):
                continue  # "发表于 TPAMI 2024": a journal's volume; "SFD 2012 杭州站": a longer name's part
            # "SDCC2017（上海站）": the edition's city in brackets is the name's
            end = station.end() if (station := BRACKETED_STATION.match(text, match.end())) else match.end()
            yield from self._event(document, text[match.start():end], match.start(), end, year, seen, True)

    def _titled_sessions(self, document: Document, year: int | None, seen: set[str]) -> Iterator[Mention]:
        """"《高效入门 X》直播": a live stream or a lecture named by its talk; not one whose brackets
        name the event themselves ("《X Webinar#4:TITLE》直播": the event inside, the talk after it)."""
        text = document.prose
        for session in TITLED_SESSION.finditer(text) if "》" in text else ():
            title = session.group()[1:session.group().index("》")]
            if not (_event_words().search(title) or "：" in title or ":" in title):
                yield from self._event(document, session.group(), session.start(), session.end(), year, seen, True)

    def _event(self, document: Document, name: str, start: int, end: int, year: int | None,
               seen: set[str], named: bool) -> Iterable[Mention]:
        lead = FULL_DATE_LEAD.match(name)
        if lead:  # "2013.09.21 软件自由日": the day it was held, then its name
            name, start = name[lead.end():], start + lead.end()
        if not named or not name or name in seen:
            return
        seen.add(name)
        text = document.prose
        # "StoneCon 2020 …，6 月 7 日": a day without a year is the edition's year, else the article's
        edition_year = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", name)
        date = _date(text[_sentence_start(text, start):_sentence_end(text, end)],
                     int(edition_year.group(1)) if edition_year else year)
        attrs = (("date", date),) if date else ()
        yield Mention(EVENT, name, start, end, self.name, 0.75, attrs=attrs)


SECTION_NUMBER = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[ \t]+|[.、．)）][ \t]*)(?=\S)")
LOWER_WORD = re.compile(r"(?<![\w.&'-])[a-z][a-z'-]*[ \t]+")  # not a brand's "openEuler"
NAME_JOINERS = frozenset({"of", "for", "on", "in", "de", "la", "du", "von", "van", "x"})  # "A x B Meetup"
LEADING_ARTICLE = re.compile(r"(?:[Tt]he|[Aa]n?)[ \t]+(?=\S)")


def _capitalised_run(name: str, word: str) -> str:
    """An English event name from its last word in lower case on, before the event word: "It was
    the most intense ClickHouse Meetup" is "ClickHouse Meetup", "X has started the main meetup" no
    name but the word ("Conference on Data Engineering" keeps its "on")."""
    at = name.rfind(word)
    words = list(LOWER_WORD.finditer(name, 0, max(at, 0)))
    cuts = [m.end() for m in words if m.group().strip() not in NAME_JOINERS]
    start = cuts[-1] if cuts else 0
    for joiner in words:  # … nor a joiner that leads it ("of Stone Summit")
        if joiner.start() == start:
            start = joiner.end()
    article = LEADING_ARTICLE.match(name, start)  # "The Nimbus Summit"
    return name[article.end() if article else start:]


def _dated_later(document: Document, events: list[Mention]) -> list[Mention]:
    """Events whose sentence gives no date, dated by the lines after it within its section:
    "### SOFA Meetup#3 广州站 … 8 月 11 日" - up to the sentence of the next other event."""
    text, year = document.prose, _year(document)
    keys = [event_key(e) for e in events]
    dated = []
    for event, key in zip(events, keys):
        if event.attr("date") is None:
            sentence_end = _sentence_end(text, event.end)
            section_end = min([s.start for s in document.sections if s.start > event.end] or [len(text)])
            end = min(section_end, sentence_end + DATE_REACH)
            others = [o.start for o, other in zip(events, keys) if other != key and sentence_end <= o.start < end]
            if others:
                end = _sentence_start(text, min(others))
            date = _date(text[sentence_end:end], year)
            if date:
                event = dataclasses.replace(event, attrs=(*event.attrs, ("date", date)))
        dated.append(event)
    return dated


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence (or line) holding ``pos`` starts."""
    return max(text.rfind(c, 0, pos) for c in SENTENCE_ENDS) + 1


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence (or line) holding ``pos`` ends: at its mark, else at the end of the text."""
    return min([i for i in (text.find(c, pos) for c in SENTENCE_ENDS) if i >= 0] or [len(text)])


def event_key(event: Mention) -> str:
    """The name an article's mentions of one event share, once this extractor marked its
    shortened names as aliases of the full one."""
    return "".join(fold_event(event.attr("alias_of") or event.text).split())


APPOSITION_GAP = 3  # blanks between two names of one event: a space, or markup blanked in the prose view
EDITION_IN = re.compile(r"(?:19|20)\d\d|首届|第[一二三四五六七八九十\d]+届|#\d")


GLOSS_BEFORE = re.compile(r"[ \t]*[（(][ \t]*$")
GLOSS_OPEN = re.compile(r"[ \t]*[（(][ \t]*")
GLOSS_CLOSE = re.compile(r"[^（）()\n]{0,6}[）)]")


def _in_apposition(text: str, events: list[Mention]) -> list[Mention]:
    """An event named right after another, a space or an opening bracket between: "Service Mesh
    Summit 2022 首届服务网格峰会", "2019 中国开源年会（COSCon'19）" are one event under two names, the
    second an alias of the first."""
    by_start = sorted(events, key=lambda e: e.start)
    alias: dict[int, str] = {}
    for a, b in zip(by_start, by_start[1:]):
        # … or glossed in brackets: "2019 中国开源年会（COSCon'19）"
        glossed = GLOSS_OPEN.fullmatch(text, a.end, b.start) and GLOSS_CLOSE.match(text, b.end)
        # … or joined by a hyphen: "2017 中国开源年会-COSCon'17"
        if 0 < b.start - a.end <= APPOSITION_GAP and (glossed or text[a.end:b.start].strip() in ("", "-", "–")) \
                and "\n" not in text[a.end:b.start]:  # one a line, a list's items: "- X Paris 2024", "- X Hong Kong 2024"
            # the name with the edition ("StoneCon 2020") is the event's; the other describes it
            main, other = (b, a) if EDITION_IN.search(b.text) and not EDITION_IN.search(a.text) else (a, b)
            alias[id(other)] = alias.get(id(main), main.text)
    for b in by_start:
        # … or glossed where the name is named again, its first mention the one found:
        # "WWDC（Worldwide Developers Conference）" after "[WWDC](…)"
        gloss = GLOSS_BEFORE.search(text, max(0, b.start - 4), b.start)
        if id(b) in alias or gloss is None or not GLOSS_CLOSE.match(text, b.end):
            continue
        named = next((e for e in by_start if e is not b and e.start < b.start and text.endswith(e.text, 0, gloss.start())
                      and not text[gloss.start() - len(e.text) - 1:gloss.start() - len(e.text)].isalnum()), None)
        if named is not None and id(named) not in alias:
            main, other = (b, named) if EDITION_IN.search(b.text) and not EDITION_IN.search(named.text) else (named, b)
            alias[id(other)] = main.text
    return [dataclasses.replace(e, attrs=(*e.attrs, ("alias_of", alias[id(e)])))
            if id(e) in alias and e.attr("alias_of") is None else e for e in events]


def _named_in_full(events: list[Mention]) -> list[Mention]:
    """An article's shorter names of an event it names in full - "SOFA Meetup", "SOFA Meetup#3"
    beside "SOFA Meetup #3 广州站", "贡献者峰会" beside "Nimbus 贡献者峰会" - marked as aliases of
    the full name: one event, one date."""
    by_key: dict[str, str] = {}
    for event in events:
        key = event_key(event)
        name = event.attr("alias_of") or event.text  # (an alias in apposition names its event)
        if len(name) > len(by_key.get(key, "")):
            by_key[key] = name
    # … or that drop its brand: "贡献者峰会" beside "Nimbus 贡献者峰会"
    # … but not another year's edition: "2024 年 SFD" beside "2025 年 SFD"
    # … or a middle word: "中国 Go 贡献者峰会" beside "中国 Go 语言开源贡献者峰会"
    full = {key: max((k for k in by_key if _without_year(k).startswith(_without_year(key))
                      and _same_year(k, key) or len(key) >= 4 and k.endswith(key) or _drops_middle_words(key, k)),
                     key=lambda k: (len(k), k))
            for key in by_key}
    named = [dataclasses.replace(e, attrs=(*e.attrs, ("alias_of", by_key[full[event_key(e)]])))
             if by_key[full[event_key(e)]] != e.text and e.attr("alias_of") is None else e for e in events]
    # an alias of a name that is itself another's names that other's event: "COSCon'24" glossing
    # "第九届中国开源年会", itself the start of "第九届中国开源年会暨…嘉年华"
    alias_of: dict[str, str] = {e.text: target for e in named if (target := e.attr("alias_of")) is not None and target != e.text}
    chased = []
    for event in named:
        target, hops = event.attr("alias_of"), 0
        while target is not None and target in alias_of and hops < len(alias_of):
            target, hops = alias_of[target], hops + 1
        chased.append(dataclasses.replace(event, attrs=(*(a for a in event.attrs if a[0] != "alias_of"), ("alias_of", target)))
                      if hops and target is not None and target != event.text else event)
    return chased


MIDDLE_WORDS = re.compile(r"(?:(?![一二三四五六七八九十百千])[\u4e00-\u9fff]){1,6}")  # (not a numeral's: "第十一期")


def _drops_middle_words(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` without a run of Han words inside it, two characters at
    least kept on each side: a shortened name, not another edition (no digit or Latin dropped;
    not a city's edition, as a series' stations are named alike: "X Meetup 杭州站")."""
    cut = len(long) - len(short)
    return 0 < cut and not short.endswith("站") and any(long.startswith(short[:i]) and long.endswith(short[i:])
                           and MIDDLE_WORDS.fullmatch(long[i:i + cut]) is not None for i in range(2, len(short) - 1))


# "AGIA第十四期", "青禾沙龙 第 3 期": a series' edition, the whole of a heading
EDITION_HEADING = re.compile(r"(?P<series>[A-Za-z\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff .&-]{1,24}?)[ \t]*第[ \t]*[一二三四五六七八九十百\d]+[ \t]*期")
# a section's time line, an emoji or a list's mark before it: "⏰时间：11 月 22 日", "- 日期：…"
SECTION_TIME = LineStartPattern(r"^[^\w\n]{0,4}(?:活动|会议|大会|直播|沙龙)?(?:时间|日期)[ \t*]*[:：][^\n]{0,40}")
SECTION_TIME_REACH = 300
# "- 活动主题：X", "**活动名称**：X": a line that names the event
EVENT_LABEL = LineStartPattern(r"^[ \t>*-]*(?:活动|会议|大会)(?:主题|名称)[ \t*]*[:：][ \t*]*(?P<name>[^\n*]{4,60}?)[ \t*]*$")
ANNIVERSARY = re.compile(r"[\d一二三四五六七八九十两]+[ \t]*周年")
# the front matter's fields for an event page's day ("start: 2017-11-18 08:50", "time: 2024-05-25 14:00")
EVENT_DATE_FIELDS = ("start", "startDate", "start_date", "event_date", "eventDate", "time")
EVENT_END_FIELDS = ("date_end", "end_date", "endDate", "end")
# … or a line that labels it: "活动时间：12月23日，13:30-17:30", "- 时间：5 月 25 日 14:00-18:00"
DATE_LINE = LineStartPattern(r"^[ \t>*-]*(?:活动|会议|大会|直播|沙龙)?(?:时间|日期)[ \t*]*[:：][^\n]{0,40}")


def _page_date(document: Document) -> str | None:
    """The day an event page gives for its event, in its front matter or on a labelled line."""
    year = _year(document)
    # an event page's own span: "date" then "date_end" - its "date" is the event's first day
    fields = ("date", *EVENT_DATE_FIELDS) if any(f in document.metadata for f in EVENT_END_FIELDS) else EVENT_DATE_FIELDS
    for field in fields:
        value = document.metadata.get(field)
        if isinstance(value, (str, datetime.date)):
            date = _date(str(value), year)
            if date:
                return date
    # a digest's title lists several items ("周报 | A 预告、B 回顾"): its day lines are theirs
    title = document.metadata.get("title")
    line = DATE_LINE.search(document.prose) if isinstance(title, str) and "、" not in title else None
    return _date(line.group(), year) if line else None


def _title_key(document: Document) -> str:
    title = document.metadata.get("title")
    return "".join(fold_event(title).split()) if isinstance(title, str) else ""


def _named_beside(text: str, core: str, events: list[Mention]) -> bool:
    """Whether the body glosses ``core`` with an event it names in brackets, or an event with
    ``core``: "软件自由日（Software Freedom Day）", "2021世界人工智能大会（WAIC）"."""
    if core and any(re.match(rf"[ \t]*[（(][ \t]*{re.escape(core)}[ \t]*[）)]", text[e.end:e.end + len(core) + 8])
                    for e in events if e.start >= 0):
        return True
    starts = {e.start for e in events}
    at = text.find(core) if core else -1
    while at >= 0:
        gloss = re.match(r"[ \t]*[（(][ \t]*", text[at + len(core):at + len(core) + 4])
        if gloss and at + len(core) + gloss.end() in starts:
            return True
        at = text.find(core, at + 1)
    return False


def _series(name: str) -> tuple[str, str]:
    """An event's first word and its event word: ("apisix", "meetup") for "2023 APISIX 开源社区 Meetup"."""
    kind = next((w for w in _longest_first("event_words") if w in name), "")
    first = re.search(r"[A-Za-z][A-Za-z0-9]*|[\u4e00-\u9fff]{2}", re.sub(r"^(?:19|20)\d\d[ \t]*年?", "", name))
    return (first.group().casefold() if first else "", kind.casefold())


@functools.lru_cache(maxsize=None)
def _longest_first(lexicon: str) -> tuple[str, ...]:
    return tuple(sorted(lexicons.load(lexicon), key=len, reverse=True))


def _same_year(a: str, b: str) -> bool:
    """Two event keys of one edition: the same leading year, or none on one of them."""
    year_a, year_b = (re.match(r"(?:19|20)\d\d", key) for key in (a, b))
    return year_a is None or year_b is None or year_a.group() == year_b.group()


def _without_year(key: str) -> str:
    """An event key without the year that leads it: "2021giac云原生专场" names "giac云原生专场"."""
    return re.sub(r"^(?:19|20)\d\d年?", "", key)


def _tail_end(text: str, pos: int) -> int:
    """Where an event name's tail ("Asia 2021") ends. A city and a year after the name are its
    edition's ("QCon北京2017", "ArchSummit 深圳 2018"); an English word after it is a place's
    ("KubeCon Salt Lake City 2024", "Meetup Tokyo") unless it says what of the event the text is
    about or who ("Summit Expense", "Meetup Recap", "PyCon Blogger")."""
    end = pos
    while (part := TAIL_ONE.match(text, end)) is not None and part.end() > end:
        word = LATIN_TOKEN.match(text, part.end() - len(part.group().lstrip(" \t·-")))
        if word and (word.group() in EVENT_ASPECTS or word.group() in lexicons.load("titles")):
            break
        end = part.end()
    city_year = CITY_YEAR.match(text, end)
    return city_year.end() if city_year and city_year.group("city") in lexicons.load("places") else end


KNOWN_EVENT_GOES_ON = re.compile(r"[ \t]*(?:[&+＋]|(?:(?![的在和与及])[\u4e00-\u9fff]){0,6}?(?:大会|年会|峰会|会议|论坛|沙龙|Meetup))")
CITY_AFTER = re.compile(r"[ \t]?(?P<city>[\u4e00-\u9fff]{2,3}?)(?![\u4e00-\u9fff])")
CITY_YEAR = re.compile(r"[ \t]?(?P<city>[\u4e00-\u9fff]{2,3}?)[ \t]?(?:19|20)\d\d(?!\d)")


def _is_named(name: str) -> bool:
    """A proper event name, not "本次大会", "线上直播" or a bare event word: its head holds a
    Latin word or a number, or an ordinal (首届, 第五届)."""
    words = lexicons.load("event_words")
    if re.search(r"/[\u4e00-\u9fff]|[\u4e00-\u9fff]/|[A-Za-z]{2}/[A-Za-z]{2}", name):
        return False  # "meetup/技术大会", "ACM/CTF 比赛": kinds of events listed, none named; but "Google I/O 大会"
    core = re.sub(rf"(?:{TAIL_PART}|[ \t]?[A-Z][A-Za-z]*)*$", "", name) or name
    # "云原生 Meetup 北京站", "可观测性峰会 2023": a station or a year makes an edition of a named series
    edition_tail = core != name and re.search(r"[\u4e00-\u9fff]{2,4}站[）)]?$|(?:19|20)\d\d$", name) is not None
    at_end = _event_word_at_end().search(core)  # the longest event word it ends with
    if at_end is not None:
        word, head = at_end.group(), core[:at_end.start()].strip()
        if head in words or COUNT.fullmatch(head) or DATE_ONLY.fullmatch(head) or LOWER_WORDS.fullmatch(head) \
                or COUNT_LEAD.match(head) or head in GENERIC_LATIN_HEADS:
            return False  # "Hackathon 比赛": two words for a kind of event; "7 个论坛", "3天峰会": a count; "the workshop"
        ordinal = ORDINAL.match(head)
        if ordinal and GENERIC.match(head[ordinal.end():].strip()):
            return False  # "首届全球峰会": an ordinal and a generic word name no series
        site = head.removesuffix("上")  # "B站上直播": on the site
        if word.endswith("直播") and (SITE_HEAD.fullmatch(site) or site in lexicons.load("platforms")
                                     or head.endswith(STREAMED_MEDIA)):
            return False  # "B 站直播", "YouTube 直播": where a live stream is shown, not its name; "H5视频直播": how
        # "2021 年阿里云开发者大会" is named by its brand and edition, "2018 年技术大会" is not
        brand = YEAR_LEAD.sub("", head)
        if brand != head:
            # … and "2014 硬件自由日", a kind of day that names one day the world over
            return bool(brand) and not GENERIC.match(brand) and (brand not in lexicons.load("common_words")
                                                                 or word in NAMED_BY_KIND) \
            or not brand and word in NAMED_BY_KIND  # "2010 年自由软件日"
        return bool(head) and not GENERIC.match(head) and (
            re.search(r"[A-Za-z0-9]", head) is not None or ORDINAL.match(head) is not None
            or word in BRANDED_WORDS and _han_brand(head)
            or word in BRANDED_MEETINGS and _han_brand(head) and not lexicons.has_word(head, "function_words")
            or _brand_and_city(head)
            or not word.endswith("直播") and _company_led(head)
            or edition_tail and len(head) >= 3 and head not in lexicons.load("places"))
    return len(name) >= 4


def _set_apart(body: str, name: str, start: int, end: int) -> bool:
    """A Chinese name set apart - a heading, a line in bold or a table's cell of its own - that a
    kind of event ends: "## 某某实战峰会", "**企业开源体系建设论坛**"; its head three Han characters
    or more, no generic word, time of day or verb ("## 上午主论坛", "关注公众号获取大会")."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end) % (len(body) + 1)
    before = body[max(line_start, body.rfind("|", line_start, start) + 1):start]
    after = body[end:line_end].split("|", 1)[0]
    in_bold = BOLD_BEFORE.search(before) is not None and BOLD_AFTER.match(after) is not None
    # alone on its line or in its cell, but for markup: a heading's, the bold's, the cell's bars,
    # an HTML element's tags ("<div class=\"title\">X论坛（第二期）</div>")
    alone = not HTML_TAG.sub("", before).strip(" \t#*>_-") and not HTML_TAG.sub("", after).strip(" \t*_：:")
    marked = bool(before.strip() or after.strip()) or "|" in body[line_start:line_end]
    if not in_bold and not (alone and marked):
        return False  # words around it; or a line of plain text
    core = name
    at_end = _event_word_at_end().search(core)
    if at_end is None:  # "X论坛（第二期）": the edition after the word
        core = TAIL_AT_END.sub("", name).strip()
        at_end = _event_word_at_end().search(core)
    if at_end is None or at_end.group() in ("直播", "线上直播", "路演"):
        return False
    head = core[:at_end.start()].strip()
    return 3 <= len(head) <= 16 and SET_APART_HEAD.fullmatch(head) is not None and not GENERIC.match(head) \
        and not head.startswith(NOT_A_NAME_START) and not ACTION.search(head)


HTML_TAG = re.compile(r"<[^<>\n]*>")
SENTENCE_WORDS = re.compile(r"[了的是以为在把被]")  # "首次进行了 workshop", "…以开源为主题的研讨会": a sentence
SET_APART_HEAD = re.compile(r"(?:\d{1,3}期[ \t]*)?[\u4e00-\u9fff][\u4e00-\u9fff·&与 ]*")  # "**69期 测试专场**": an edition first
BOLD_BEFORE = re.compile(r"\*\*[ \t]*$")
BOLD_AFTER = re.compile(r"[ \t]*\*\*")
NOT_A_NAME_START = ("上午", "下午", "晚上", "主", "分", "圆桌", "关于", "预约", "免费", "观看", "本次", "本届")
# what a reader is told to do, no name's part: "关注公众号获取大会…", "点击预约峰会"
ACTION = re.compile(r"关注|获取|查看|预约|找到|观看|参加|参与|报名|点击|扫码|欢迎|回复")


def _names_a_series(head: str) -> bool:
    """A head that names a series numbered in words ("某某第三期"): a Latin word, a quote or an
    event word, not an event word alone nor a clause ("社区决定第二期"); "项目背后的故事第一期",
    "直播课第一期" are a column's or a course's episodes."""
    return (re.search(r"[A-Za-z]", head) is not None or head.endswith(("」", "”", "』"))
            or lexicons.ends_with(head, "event_words")) \
        and head.lower() not in {w.lower() for w in lexicons.load("event_words")} \
        and not lexicons.has_word(head, "verbs")


def _quoted_head_names(head: str) -> bool:
    """The words a quoted event name has before its event word name it unless generic or a place:
    "『数据技术(嘉年华)』"; not "“线上(直播)”"."""
    return len(head) >= 2 and not GENERIC.match(head) and head not in lexicons.load("places") \
        and head not in lexicons.load("event_words")


def _brand_and_city(head: str) -> bool:
    """A host's name, then the city: "某公司北京开源技术(沙龙)" is named by its host; a city alone
    ("北京开源技术沙龙") names none."""
    places = lexicons.load("places")
    for at in range(2, min(len(head) - 1, 6)):
        if head[at:at + 2] in places or head[at:at + 3] in places:
            brand = head[:at]
            return re.fullmatch(rf"[{HAN}]{{2,5}}", brand) is not None and left_cut(brand) == brand \
                and brand not in lexicons.load("common_words") and brand not in places \
                and brand[:2] not in lexicons.load("function_words") and not GENERIC.match(brand)
    return False


def _han_brand(head: str) -> bool:
    """A Chinese head that names its event ("云栖", "全球分布式云"), not a kind of event ("科技",
    "研发管理行业技术"): two characters that are no common word, or longer with a word that is
    no domain word; never a place alone ("北京峰会")."""
    if not re.fullmatch(rf"[{HAN}]{{2,8}}", head) or head in lexicons.load("places") or left_cut(head) != head \
            or head[:2] in lexicons.load("function_words"):
        return False  # "随即外滩": words of the sentence
    if len(head) == 2:
        return head not in lexicons.load("common_words")
    return domain_words_start(head) > 0


def _company_led(head: str) -> bool:
    """A head a company the dictionaries know opens, domain words ("技术", "开源技术") after it or
    none: "携程技术沙龙", "京东开源技术峰会" name one company's series; not a product of its
    ("腾讯会议网络研讨会": a webinar held on it)."""
    companies = lexicons.load("companies")  # (tech_organizations.txt's names are among them)
    return not head.startswith(_company_products()) \
        and any(head[:n] in companies and domain_words_start(head[n:]) == 0 for n in range(len(head), 1, -1))


@functools.lru_cache(maxsize=1)
def _company_products() -> tuple[str, ...]:
    """The products named after their company, as str.startswith takes them."""
    return tuple(lexicons.load("company_products"))


def _year(document: Document) -> int | None:
    match = re.match(r"(\d{4})", str(document.metadata.get("date", "")))
    return int(match.group(1)) if match else None


def _date(sentence: str, year: int | None) -> str | None:
    full = FULL_DATE.search(sentence)
    if full:
        y, m, d = [g for g in full.groups() if g is not None and g not in "./"]
        return _iso(int(y), int(m), int(d))
    short = MONTH_DAY.search(sentence) or MARKED_DAY.search(sentence)
    if short and year:
        month, day = [g for g in short.groups() if g is not None]
        return _iso(year, int(month), int(day))
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None
