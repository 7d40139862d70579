"""The summary graph: rows that four ready queries read, derived from the article graphs.

The union of the article graphs holds a shared triple (a type, a name, a role's label) once
per article naming it, so that a query over it must remove the copies before joining, and
pyoxigraph reads an IRI's text from RocksDB at every comparison. On a store of a million
quads that made ``people-by-org``, ``speakers-by-event``, ``co-occurring-people`` and
``articles-by-topic`` take 0.1 to 0.6 s. The summary graph
``<https://w3id.org/graphkit/summary>`` holds their rows once, already joined, so that the
ready queries only scan and join it by hash:

- a *holding*, one per organization and role label, with the people holding that role there
  (``people-by-org``): ``gk:roleOrganization``, ``gk:roleLabel``, ``gk:roleHolder``;
- a *talk listing*, one per row of ``speakers-by-event`` (an event, a speaker, a talk title),
  and its rank in that query's order (event, speaker, title):
  ``gk:listedEvent``, ``gk:listedSpeaker``, ``gk:listedTitle``, ``gk:listingRank``;
- a *pair* of people mentioned by the same articles, for the first ``RANKED`` pairs in the
  order of ``co-occurring-people`` (most articles first, then the IRIs' text):
  ``gk:pairPerson``, ``gk:pairOther``, ``gk:pairArticles``, ``gk:pairRank``;
- a *topic count*, one per topic about which some article is (``articles-by-topic``): the
  number of articles and their paths, sorted, and its rank in that query's order (most
  articles first, then the topic): ``gk:countedTopic``, ``gk:topicArticles``,
  ``gk:topicPaths``, ``gk:topicRank``.

Ranks are positive integers that increase in the order pyoxigraph's ``ORDER BY`` gives the
rows of the query's former text, so that the ready query orders integers, which pyoxigraph
compares without reading any text (``graphkit.ordering`` computes the order, and pyoxigraph
itself in memory for a column it cannot order). They are not positions: numbered afresh
they are ``GAP`` apart, and a rebuild keeps the rank of every row that stays in order and
gives a row it adds or moves a rank between its neighbours', so that an edit rewrites a
few ranks, not those of every row after it (thousands, for a topic or speaker that sorts
early). When two neighbours leave no room, all are numbered afresh. So the ranks of a store
depend on its history; the order they give does not.

Its rows are those of the queries' former text (``tests/data/queries-before/``), computed
here in Python from each graph's *extract* - the triples those queries read - so that a
store rebuild derives them again from cached extracts without reading the store. Its terms
are its own (``gk:``), never the contract's, so that a query of the contract's patterns over
the union finds nothing more. It is not part of a build's outputs (``graph.nq``): a store
keeps it (``graphkit.store``), and ``graphkit query --graph`` derives it when loading.
"""
from __future__ import annotations

import bisect
import hashlib
import heapq
import os
import pickle
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, cast

import pyoxigraph as ox

from .incremental import write_cache_file
from .ordering import order_rows
from .rdf import iri
from .rdf.vocab import GK, ORG, RDF, RDFS, SCHEMA, SKOS, SUMMARY_GRAPH, XSD, gk

SUMMARY = ox.NamedNode(SUMMARY_GRAPH)
RANKED = 1000        # co-occurring-people's LIMIT: the pairs past it are not kept
GAP = 1 << 16        # between ranks numbered afresh: room for 16 halvings at one place
_TYPE, _LABEL = RDF + "type", RDFS + "label"
_CLASSES = {ORG + "Membership": "memberships", GK + "Talk": "talks", SCHEMA + "Article": "articles",
            SCHEMA + "Person": "persons", SKOS + "Concept": "concepts"}
_PAIRS = {ORG + "member": "member", ORG + "organization": "organization", ORG + "role": "role",
          _LABEL: "label", SCHEMA + "performer": "performer", SCHEMA + "name": "name",
          SCHEMA + "mentions": "mentions", SCHEMA + "about": "about", GK + "sourcePath": "source"}
_SUPER_EVENT = SCHEMA + "superEvent"
_INTEGER = f"^^<{XSD}integer>"
_STRINGS = {XSD + "string", RDF + "langString"}


@dataclass(frozen=True)
class Extract:
    """What the summary reads of some graphs: terms in N-Triples form, sorted."""

    memberships: tuple[str, ...] = ()
    talks: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    concepts: tuple[str, ...] = ()
    member: tuple[tuple[str, str], ...] = ()
    organization: tuple[tuple[str, str], ...] = ()
    role: tuple[tuple[str, str], ...] = ()
    label: tuple[tuple[str, str], ...] = ()
    performer: tuple[tuple[str, str], ...] = ()
    name: tuple[tuple[str, str], ...] = ()
    mentions: tuple[tuple[str, str], ...] = ()
    about: tuple[tuple[str, str], ...] = ()
    source: tuple[tuple[str, str], ...] = ()
    events: tuple[tuple[str, str, str], ...] = ()   # (talk, speaker, event) given in one named graph


def extract(quads: Iterable[ox.Quad], terms: dict[str, str] | None = None) -> Extract:
    """The extract of the quads (of one graph or several); ``terms`` shares equal strings
    between extracts, so that a pickle of many holds each once."""
    share = terms if terms is not None else {}
    found: dict[str, set[Any]] = defaultdict(set)
    super_events: dict[tuple[str, str], set[str]] = defaultdict(set)   # (graph, talk) -> events
    performers: dict[tuple[str, str], set[str]] = defaultdict(set)     # (graph, talk) -> speakers
    for quad in quads:
        predicate = quad.predicate.value
        if predicate == _TYPE:
            kind = _CLASSES.get(quad.object.value) if isinstance(quad.object, ox.NamedNode) else None
            if kind is not None:
                found[kind].add((_term(quad.subject, share),))
            continue
        field = _PAIRS.get(predicate)
        if field is None and predicate != _SUPER_EVENT:
            continue
        subject, value = _term(quad.subject, share), _term(quad.object, share)
        if field is not None:
            found[field].add((subject, value))
        if isinstance(quad.graph_name, ox.NamedNode):   # GRAPH ?article: named graphs only
            graph = quad.graph_name.value
            if predicate == _SUPER_EVENT:
                super_events[graph, subject].add(value)
            elif field == "performer":
                performers[graph, subject].add(value)
    for (graph, talk), events in super_events.items():
        found["events"].update((talk, speaker, event) for speaker in performers.get((graph, talk), ())
                               for event in events)
    return Extract(**{name: tuple(sorted(v[0] for v in values)) if name in _CLASSES.values()
                      else tuple(sorted(values)) for name, values in found.items()})  # type: ignore[arg-type]


def _term(term: Any, share: dict[str, str]) -> str:
    text = str(term)
    return share.setdefault(text, text)


def extract_graphs(store: ox.Store) -> dict[str, Extract]:
    """The extract of each graph of a store but the summary, by graph IRI ("" for the
    default graph), read pattern by pattern."""
    quads: dict[str, list[ox.Quad]] = defaultdict(list)
    for predicate in [_TYPE, *_PAIRS, _SUPER_EVENT]:
        for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
            if quad.graph_name != SUMMARY:
                quads[quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""].append(quad)
    terms: dict[str, str] = {}
    return {graph: extract(found, terms) for graph, found in quads.items()}


def derive(extracts: Iterable[Extract], previous: Iterable[str] = ()) -> set[str]:
    """The summary graph of the graphs these extracts were taken from, as N-Triples lines;
    ``previous``, the summary it replaces, whose ranks are kept where the new order allows."""
    union: dict[str, set[Any]] = defaultdict(set)
    for part in extracts:
        for name in Extract.__dataclass_fields__:
            values = getattr(part, name)
            if values:
                union[name].update(values)
    ranks = _previous_ranks(previous)
    return _holdings(union) | _listings(union, ranks) | _pairs(union) | _topics(union, ranks)


def _previous_ranks(lines: Iterable[str]) -> dict[str, int]:
    """The gk:listingRank and gk:topicRank of each node of a summary, by the node's IRI in N-Triples."""
    predicates = (f" {gk.listingRank} ", f" {gk.topicRank} ")
    ranks = {}
    for line in lines:
        if predicates[0] in line or predicates[1] in line:
            node, _, value = line.split(" ", 2)
            ranks[node] = int(value[1:value.index('"', 1)])
    return ranks


def _ranks(nodes: Sequence[str], previous: dict[str, int]) -> list[int]:
    """Increasing ranks for nodes in this order: each node keeps its previous rank if it is on the
    longest run of previous ranks still in order, the others take ranks between those, so that an
    edit rewrites the ranks of the rows it adds or moves only; ranks afresh are GAP apart."""
    old = [previous.get(node) for node in nodes]
    kept = set(_increasing(old))
    ranks: list[int] = []
    low, start = 0, 0
    for i in [*sorted(kept), len(nodes)]:
        high = old[i] if i < len(nodes) else None
        count = i - start   # nodes to rank between low and high
        if high is None:
            ranks += [low + GAP * (j + 1) for j in range(count)]
        elif high - low > count:
            ranks += [low + (high - low) * (j + 1) // (count + 1) for j in range(count)]
        else:   # no room left between two kept ranks: all afresh
            return [GAP * (j + 1) for j in range(len(nodes))]
        if high is not None:
            ranks.append(high)
            low, start = high, i + 1
    return ranks


def _increasing(values: Sequence[int | None]) -> list[int]:
    """The indexes of a longest strictly increasing run (not contiguous) of the values not None."""
    tails: list[int] = []     # tails[k]: the least last value of an increasing run of k + 1 values
    ends: list[int] = []      # the index of that value
    before = [-1] * len(values)
    for i, value in enumerate(values):
        if value is None:
            continue
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            ends.append(i)
        else:
            tails[k], ends[k] = value, i
        before[i] = ends[k - 1] if k else -1
    run, i = [], ends[-1] if ends else -1
    while i != -1:
        run.append(i)
        i = before[i]
    return run[::-1]


def _index(pairs: Iterable[tuple[str, ...]], subjects: set[str]) -> dict[str, list[str]]:
    """The values of each of these subjects."""
    index: dict[str, list[str]] = defaultdict(list)
    for subject, value in pairs:
        if subject in subjects:
            index[subject].append(value)
    return index


def _nodes(kind: str) -> Callable[..., str]:
    """The IRIs of a kind of summary node, minted from what identifies one."""
    prefix = iri.mint(SUMMARY_GRAPH + "/", kind, "")

    def node(*key: str | None) -> str:
        digest = hashlib.blake2b("\0".join(k or "" for k in key).encode("utf-8"), digest_size=16)
        return f"<{prefix}{digest.hexdigest()}>"
    return node


def _rows(kind: str, groups: dict[tuple[str | None, str | None], set[str]],
          first: ox.NamedNode, second: ox.NamedNode, member: ox.NamedNode) -> set[str]:
    """N-Triples lines of nodes keyed by two optional terms, each with its members."""
    lines = set()
    node_of, first_, second_, member_ = _nodes(kind), str(first), str(second), str(member)
    for (a, b), members in groups.items():
        node = node_of(a, b)
        if a is not None:
            lines.add(f"{node} {first_} {a} .")
        if b is not None:
            lines.add(f"{node} {second_} {b} .")
        lines.update(f"{node} {member_} {m} ." for m in members)
    return lines


def _holdings(union: dict[str, set[Any]]) -> set[str]:
    """people-by-org: per membership, its people x its organizations x its roles' labels."""
    memberships = union["memberships"]
    member, organization = _index(union["member"], memberships), _index(union["organization"], memberships)
    role = _index(union["role"], memberships)
    label = _index(union["label"], {r for rs in role.values() for r in rs})
    groups: dict[tuple[str | None, str | None], set[str]] = defaultdict(set)
    for m in memberships:
        people = member.get(m)
        if not people:
            continue
        labels: list[str | None] = [lab for r in role.get(m, ()) for lab in label.get(r, ())] or [None]
        organizations: list[str | None] = list(organization.get(m, ())) or [None]
        for o in organizations:
            for lab in labels:
                groups[o, lab].update(people)
    return _rows("holding", groups, gk.roleOrganization, gk.roleLabel, gk.roleHolder)


def _listings(union: dict[str, set[Any]], previous: dict[str, int]) -> set[str]:
    """speakers-by-event: per talk and speaker, its titles x the events given with that speaker,
    one node per row, ranked by event, speaker, title."""
    talks = union["talks"]
    performer, name = _index(union["performer"], talks), _index(union["name"], talks)
    events: dict[tuple[str, str], list[str]] = defaultdict(list)
    for talk, speaker, event in union["events"]:
        events[talk, speaker].append(event)
    rows: set[tuple[str | None, ...]] = set()
    for talk in talks:
        titles: list[str | None] = list(name.get(talk, ())) or [None]
        for speaker in performer.get(talk, ()):
            given: list[str | None] = list(events.get((talk, speaker), ())) or [None]
            rows.update((event, speaker, title) for event in given for title in titles)
    lines = set()
    node_of = _nodes("listing")
    event_, speaker_, title_, rank_ = str(gk.listedEvent), str(gk.listedSpeaker), str(gk.listedTitle), str(gk.listingRank)
    order = ranked(rows, [False, False, False])
    nodes = [node_of(*row) for row in order]
    for rank, node, (event, speaker, title) in zip(_ranks(nodes, previous), nodes, order):
        if event is not None:
            lines.add(f"{node} {event_} {event} .")
        if title is not None:
            lines.add(f"{node} {title_} {title} .")
        lines.update((f"{node} {speaker_} {speaker} .", f'{node} {rank_} "{rank}"{_INTEGER} .'))
    return lines


def _pairs(union: dict[str, set[Any]]) -> set[str]:
    """co-occurring-people: the first RANKED pairs by shared articles, then by the IRIs' text."""
    persons = {p for p in union["persons"] if p.startswith("<")}   # STR() of a blank node fails
    mentions = _index(union["mentions"], union["articles"])
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for article in union["articles"]:
        # the IRI's text without <>: ">" would sort before the characters that follow a prefix
        people = sorted({p[1:-1] for p in mentions.get(article, ()) if p in persons})
        for i, person in enumerate(people):
            for other in people[i + 1:]:
                counts[person, other] += 1
    first = heapq.nsmallest(RANKED, counts.items(), key=lambda item: (-item[1], item[0]))
    lines: set[str] = set()
    node_of = _nodes("pair")
    for rank, ((person, other), articles) in enumerate(first, start=1):
        node = node_of(person, other)
        lines.update((f"{node} {gk.pairPerson} <{person}> .", f"{node} {gk.pairOther} <{other}> .",
                      f'{node} {gk.pairArticles} "{articles}"{_INTEGER} .',
                      f'{node} {gk.pairRank} "{rank}"{_INTEGER} .'))
    return lines


def _topics(union: dict[str, set[Any]], previous: dict[str, int]) -> set[str]:
    """articles-by-topic: per topic (skos:Concept) the articles about it that have a path, counted
    once per article and path, their paths sorted; ranked by that count, most first, then topic."""
    concepts = union["concepts"]
    paths = _index(union["source"], {article for article, topic in union["about"] if topic in concepts})
    found: dict[str, list[str]] = defaultdict(list)
    for article, topic in union["about"]:
        if topic in concepts:
            found[topic].extend(paths.get(article, ()))
    terms = _terms({p for values in found.values() for p in values})
    counts = {topic: f'"{len(values)}"{_INTEGER}' for topic, values in found.items() if values}
    lines: set[str] = set()
    node_of = _nodes("topic")
    topic_, articles_, paths_, rank_ = str(gk.countedTopic), str(gk.topicArticles), str(gk.topicPaths), str(gk.topicRank)
    order = [(count, cast(str, topic)) for count, topic in ranked({(c, t) for t, c in counts.items()}, [True, False])]
    nodes = [node_of(topic) for _, topic in order]
    for rank, node, (count, topic) in zip(_ranks(nodes, previous), nodes, order):
        lines.update((f"{node} {topic_} {topic} .", f"{node} {articles_} {count} .",
                      f'{node} {rank_} "{rank}"{_INTEGER} .'))
        joined = _concatenation([terms[p] for p in found[topic]])
        if joined is not None:
            lines.add(f"{node} {paths_} {joined} .")
    return lines


def _concatenation(values: list[Any]) -> ox.Literal | None:
    """GROUP_CONCAT(?x; separator=" ") of these terms as pyoxigraph computes it, but over the values
    sorted: their common language tag kept, None (unbound) if one is no string."""
    if not all(isinstance(v, ox.Literal) and v.datatype.value in _STRINGS for v in values):
        return None
    text = " ".join(sorted(v.value for v in values))
    languages = {v.language for v in values}
    language = languages.pop() if len(languages) == 1 else None
    return ox.Literal(text, language=language) if language else ox.Literal(text)


def ranked(rows: Iterable[tuple[str | None, ...]], descending: Sequence[bool]) -> list[tuple[str | None, ...]]:
    """Rows of N-Triples terms (None for unbound) in the order of an ORDER BY over their columns
    (each descending or not) as pyoxigraph sorts them; rows it holds equal, in the order of their text."""
    rows = sorted(rows, key=lambda row: tuple(t or "" for t in row))
    if not rows:
        return rows
    terms = _terms({t for row in rows for t in row if t is not None})
    order = order_rows([[None if t is None else terms[t] for t in column] for column in zip(*rows)],
                       list(descending))
    if order is None:
        order = _pyoxigraph_order(rows, descending)
    return [rows[i] for i in order]


def _terms(texts: set[str]) -> dict[str, Any]:
    """pyoxigraph terms of N-Triples terms, parsed in one go."""
    ordered = sorted(texts)
    data = "".join(f"<urn:graphkit:t> <urn:graphkit:t> {text} .\n" for text in ordered).encode("utf-8")
    parsed = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
    return {text: quad.object for text, quad in zip(ordered, parsed)}


def _pyoxigraph_order(rows: list[tuple[str | None, ...]], descending: Sequence[bool]) -> list[int]:
    """The order of the rows by pyoxigraph's ORDER BY, in memory: for the columns whose terms
    graphkit.ordering cannot order (numbers mixed with strings, dates ...); ties by position."""
    lines = []
    for i, row in enumerate(rows):
        lines.append(f'<urn:graphkit:row> <urn:graphkit:i> "{i}"{_INTEGER} <urn:graphkit:{i}> .')
        lines.extend(f"<urn:graphkit:row> <urn:graphkit:k{k}> {term} <urn:graphkit:{i}> ."
                     for k, term in enumerate(row) if term is not None)
    memory = ox.Store()
    memory.load("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    keys = " ".join(f"DESC(?k{k})" if way else f"?k{k}" for k, way in enumerate(descending))
    optional = " ".join(f"OPTIONAL {{ ?r <urn:graphkit:k{k}> ?k{k} }}" for k in range(len(descending)))
    query = f"SELECT ?i WHERE {{ GRAPH ?g {{ ?r <urn:graphkit:i> ?i {optional} }} }} ORDER BY {keys} ?i"
    return [int(solution[0].value) for solution in memory.query(query)]  # type: ignore[union-attr]


class SummaryCache:
    """A store's summary kept up to date: the extract of each graph of its last build, by the
    graph's digest, and the summary lines the store holds (``DIR/cache/summary/state.pickle``).

    The lines are trusted only while ``graphs.json`` names their token (a digest of the
    graphs' digests), which
    ``graphkit.store`` strikes before an update and writes after it: after a crash between
    the two the whole summary graph is replaced. A pickle is code: it is read only from the
    store folder the user named.
    """

    FILE = "summary/state.pickle"   # not beside the extraction pickles, which their cache prunes

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.path = Path(folder) / self.FILE
        self.fingerprint = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
        self.extracts: dict[str, Extract] = {}
        self.lines: set[str] = set()
        self.token: str | None = None
        try:
            with open(self.path, "rb") as handle:
                data = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return
        if isinstance(data, dict) and data.get("fingerprint") == self.fingerprint:
            self.extracts, self.lines, self.token = data["extracts"], data["lines"], data["token"]

    def derive(self, graphs: dict[str, Sequence[ox.Quad]]) -> tuple[set[str], str]:
        """The summary of these graphs, given as quads by digest, and its token: the quads of a
        graph are read only when no extract of its digest is kept."""
        token = self._token(graphs)
        if token == self.token and graphs.keys() == self.extracts.keys():
            return self.lines, token   # the same graphs as last time
        terms: dict[str, str] = {}
        extracts = {}
        for digest, quads in graphs.items():
            found = self.extracts.get(digest)
            extracts[digest] = found if found is not None else extract(quads, terms)
        self.extracts = extracts
        return derive(extracts.values(), self.lines), token

    def replace(self, extracts: dict[str, Extract]) -> tuple[set[str], str]:
        """The summary of graphs whose extracts, by digest, were read from the store, and its token."""
        self.extracts = extracts
        return derive(extracts.values()), self._token(extracts)

    def _token(self, digests: Iterable[str]) -> str:
        return hashlib.sha256("\n".join([self.fingerprint, *sorted(digests)]).encode()).hexdigest()

    def changes(self, lines: set[str], token: str | None) -> tuple[set[str] | None, set[str]]:
        """(lines to delete, lines to insert) to make the store hold ``lines``; None to delete
        means the summary graph in the store is unknown, to be dropped whole."""
        if token is None or token != self.token:
            return None, lines
        return self.lines - lines, lines - self.lines

    def save(self, lines: set[str], token: str) -> None:
        """Record the lines now in the store and the extracts."""
        self.lines, self.token = lines, token
        data = {"fingerprint": self.fingerprint, "token": token, "lines": lines, "extracts": self.extracts}
        write_cache_file(self.path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))


def update(delete: set[str] | None, insert: set[str]) -> str:
    """The SPARQL Update that changes the summary graph so (its lines are N-Triples of ours)."""
    graph = f"GRAPH {SUMMARY} {{\n"
    operations = []
    if delete is None:
        # created though empty: a query can tell an empty summary from a store without one
        operations += [f"DROP SILENT GRAPH {SUMMARY}", f"CREATE SILENT GRAPH {SUMMARY}"]
    elif delete:
        operations.append("DELETE DATA {\n" + graph + "\n".join(sorted(delete)) + "\n}\n}")
    if insert:
        operations.append("INSERT DATA {\n" + graph + "\n".join(sorted(insert)) + "\n}\n}")
    return " ;\n".join(operations)


def add_summary(store: ox.Store) -> None:
    """Derive the summary graph of the other graphs of an in-memory store and put it there."""
    store.remove_graph(SUMMARY)
    lines = derive(extract_graphs(store).values())
    store.add_graph(SUMMARY)
    store.load("\n".join(sorted(lines)).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=SUMMARY)


__all__ = ["SUMMARY", "RANKED", "Extract", "extract", "extract_graphs", "derive", "ranked", "SummaryCache",
           "update", "add_summary"]
