"""The programme: which event each talk was given at (talk part_of event).

A recap names its event once in a heading or a lead sentence and lists the talks below it,
so the event closest to the talk decides:

- an event named in the talk's own sentence: "在 KubeCon 2019 上带来了《X》的演讲";
- else one named in the heading of its section or of an enclosing section:
  "## Nimbus Summit 2023 回顾" over "### 《X》";
- else the article's event, when it names exactly one (its shortened names count as it);
- else none: an article about several events does not say which talk belongs where.

A talk written up by the whole article (its title, from the front matter) has the
write-up sentence as its own: "本文根据 X 在 Y 大会的演讲整理".
"""
from __future__ import annotations

from typing import Iterable, Sequence

from ..model import EVENT, PART_OF, TALK, Document, Mention, Relation
from .events import event_key
from .talks import SENTENCE, WRITE_UP

IN_SENTENCE = 0.8
IN_HEADING = 0.75
ONLY_EVENT = 0.6


class ProgrammeExtractor:
    """Each talk linked to the event it was given at, when the article says which."""

    name = "programme"
    requires = (TALK, EVENT)
    provides = (PART_OF,)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        events = [m for m in found if m.kind == EVENT and m.start >= 0]
        if not events:
            return
        # cite the event by its full name rather than a shortened one
        only_event = min(events, key=lambda e: (e.attr("alias_of") is not None, e.start)) \
            if len({event_key(e) for e in events}) == 1 else None
        linked: set[tuple[str, int, int]] = set()
        for talk in (m for m in found if m.kind == TALK):
            if (talk.text, talk.start, talk.end) in linked:
                continue  # one talk with two speakers is mentioned twice at one span
            linked.add((talk.text, talk.start, talk.end))
            sentence = _sentence_of(document, talk)
            if sentence is not None:
                event = _one_event(events, talk, *sentence)
                if event is not None:
                    yield Relation(PART_OF, talk, event, *sentence, self.name, IN_SENTENCE)
                    continue
            where = (talk.start, talk.end) if talk.start >= 0 else sentence or (-1, -1)
            event = _event_in_headings(document, events, talk)
            if event is not None:
                yield Relation(PART_OF, talk, event, *where, self.name, IN_HEADING)
            elif only_event is not None:
                yield Relation(PART_OF, talk, only_event, *where, self.name, ONLY_EVENT)


def _sentence_of(document: Document, talk: Mention) -> tuple[int, int] | None:
    """The span of the sentence (or heading, table row, list item) holding the talk; for a
    talk cited from the front matter, the sentence saying the article writes it up."""
    text = document.prose
    if talk.start < 0:
        write_up = WRITE_UP.search(text)
        return write_up.span() if write_up else None
    sentence = SENTENCE.match(text, _sentence_start(text, talk.start))
    return (sentence.start(), max(sentence.end(), talk.end)) if sentence else (talk.start, talk.end)


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "。！？!?\n") + 1


def _one_event(events: list[Mention], talk: Mention, start: int, end: int) -> Mention | None:
    """The event named between start and end, when exactly one is; never one read inside the
    talk's own title ("《从 Meetup 到大会》")."""
    named = [e for e in events if start <= e.start and e.end <= end
             and not (talk.start < e.end and e.start < talk.end)]
    if len({event_key(e) for e in named}) != 1:
        return None
    return min(named, key=lambda e: (e.attr("alias_of") is not None, e.start))


def _event_in_headings(document: Document, events: list[Mention], talk: Mention) -> Mention | None:
    """The event named in the nearest heading above the talk - its section's, then each
    enclosing section's - that names exactly one."""
    if talk.start < 0:
        return None
    level = 7  # deeper than any Markdown heading
    for heading in reversed(document.headings):
        if heading.start > talk.start or heading.level >= level:
            continue
        level = heading.level
        event = _one_event(events, talk, heading.start, heading.end)
        if event is not None:
            return event
    return None
