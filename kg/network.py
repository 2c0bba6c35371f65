"""The actor network: a networkx graph built from the knowledge graph by the SPARQL queries in
``queries/network/`` (one per edge type, so what an edge means is data, not code), with filters
and metrics. Drawing and file formats live in ``kg.netrender``.

Nodes are actors (countries, organisations, groupings, programmes, agencies, people) keyed by
their IRI without the ``https://w3id.org/aseankg/id/`` base. Edges are typed (the edge key is the
type, so a pair of actors has at most one edge of each type); every attribute is a scalar so
that GraphML and GEXF open in Gephi and Cytoscape. What does not fit a scalar (the meetings and
releases behind a node, the level history of a partnership) is kept beside the graph in
:class:`Network` for the HTML page and the timeline.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import networkx as nx

from kg import resources
from kg.errors import AseanKGError, QueryError
from kg.namespaces import ID, RELEASE, SPARQL_PREFIXES

EXIT_EMPTY = 5  # documented in the CLI: nothing to show
EDGE_TYPES = ("co-attended", "chaired", "represents", "partnership", "coordinates", "pledged")
MEETING_KINDS = {"summit": "Summit", "ministerial": "MinisterialMeeting", "ministerialmeeting": "MinisterialMeeting",
                 "som": "SeniorOfficialsMeeting", "seniorofficialsmeeting": "SeniorOfficialsMeeting",
                 "other": "Other"}
NODE_TYPES = ("Country", "IntergovernmentalOrganization", "RegionalGrouping", "GovernmentAgency", "Programme",
              "Person")
LEVEL_RANK = {"SectoralDialoguePartner": 1, "DevelopmentPartner": 1, "DialoguePartner": 2,
              "StrategicPartnership": 3, "ComprehensiveStrategicPartnership": 4}
ASEAN = "actor/asean"


class NothingToShow(AseanKGError):
    """The store has no releases, or the filters leave no edge: there is nothing to draw."""

    exit_code = EXIT_EMPTY


@dataclass
class Filters:
    """What to keep. Dates bound meetings (and the pledges made at them); partnerships count if they
    began by ``until``; coordinator terms if they overlap the range."""

    since: date | None = None
    until: date | None = None
    partner: str | None = None
    kinds: tuple[str, ...] = ()
    edges: tuple[str, ...] = EDGE_TYPES
    min_weight: float = 0
    level: str = "person"


@dataclass
class Meeting:
    iri: str
    label_en: str = ""
    label_th: str = ""
    kind: str = ""
    start: str = ""
    status: str = ""
    status_date: str = ""
    parties: set[str] = field(default_factory=set)
    releases: set[str] = field(default_factory=set)

    @property
    def date(self) -> str:
        """The start date, or else the date of the earliest release that reports the meeting."""
        return self.start

    @property
    def label(self) -> str:
        return self.label_en or self.label_th or short(self.iri)


@dataclass
class Release:
    stem: str
    title: str = ""
    date: str = ""
    url: str = ""


@dataclass
class Network:
    """The graph plus what does not fit in scalar attributes."""

    graph: nx.MultiDiGraph
    meetings: dict[str, Meeting]
    releases: dict[str, Release]
    node_meetings: dict[str, dict[str, str]]  # node -> meeting IRI -> role there
    partnerships: dict[str, list[tuple[str, int | None]]]  # partner node -> [(level, year)], in order
    filters: Filters


def short(iri: str) -> str:
    """A node key: the IRI without the id base (``actor/usa``, ``person/joko-widodo``)."""
    return iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


def release_stem(value: str) -> str:
    return value[len(str(RELEASE)):] if value.startswith(str(RELEASE)) else value


def _rows(store, name: str) -> list[dict[str, str]]:
    """Run ``queries/network/NAME.rq``; rows as dicts of plain strings ('' when unbound)."""
    path = resources.queries_dir() / "network" / f"{name}.rq"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read the network query ({exc.strerror})", path) from None
    try:
        out = store.query(SPARQL_PREFIXES + text)
    except (SyntaxError, OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"network query '{name}' failed: {str(exc).splitlines()[0]}") from None
    variables = [v.value for v in out.variables]
    return [{v: (row[v].value if row[v] is not None else "") for v in variables} for row in out]


def _year(text: str) -> int | None:
    m = re.match(r"-?\d{4}", text or "")
    return int(m.group(0)) if m else None


def parse_date(text: str, end: bool = False) -> date:
    """YYYY, YYYY-MM or YYYY-MM-DD; a year or month alone means its first day (its last with ``end``)."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text.strip())
    if not m:
        raise QueryError(f"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            return date(y, int(mo), int(d))
        if mo:
            if end:
                nxt = date(y + (int(mo) == 12), int(mo) % 12 + 1, 1)
                return date.fromordinal(nxt.toordinal() - 1)
            return date(y, int(mo), 1)
        return date(y, 12, 31) if end else date(y, 1, 1)
    except ValueError:
        raise QueryError(f"'{text}' is not a date") from None


def parse_kinds(values: list[str]) -> tuple[str, ...]:
    kinds = []
    for v in values:
        for part in v.split(","):
            key = part.strip().lower().replace("-", "").replace("_", "")
            if not key:
                continue
            if key not in MEETING_KINDS:
                raise QueryError(f"unknown meeting kind '{part}'; kinds: summit, ministerial, som, other")
            kinds.append(MEETING_KINDS[key])
    return tuple(dict.fromkeys(kinds))


def parse_edges(values: list[str]) -> tuple[str, ...]:
    edges = []
    for v in values:
        for part in v.split(","):
            key = part.strip().lower().replace("_", "-")
            if key in ("coattended", "co-attendance"):
                key = "co-attended"
            if not key:
                continue
            if key not in EDGE_TYPES:
                raise QueryError(f"unknown edge type '{part}'; types: {', '.join(EDGE_TYPES)}")
            edges.append(key)
    return tuple(dict.fromkeys(edges)) or EDGE_TYPES


# ------------------------------------------------------------------------------------ reading


def _actors(store) -> dict[str, dict[str, str]]:
    """Node attributes per actor; a type listed earlier in NODE_TYPES wins, Person first of all."""
    order = {t: i for i, t in enumerate(("Person",) + NODE_TYPES)}
    out: dict[str, dict[str, str]] = {}
    for r in _rows(store, "actors"):
        key = short(r["actor"])
        a = out.get(key)
        if a is None or order[r["type"]] < order[a["type"]]:
            a = out[key] = {**(a or {}), "type": r["type"], "iri": r["actor"]}
        for k in ("label_en", "label_th", "wikidata"):
            if r[k] and not a.get(k):
                a[k] = r[k]
    for a in out.values():
        for k in ("label_en", "label_th", "wikidata"):
            a.setdefault(k, "")
    return out


def _meetings(store) -> tuple[dict[str, Meeting], dict[str, Release]]:
    meetings: dict[str, Meeting] = {}
    releases: dict[str, Release] = {}
    first_report: dict[str, str] = {}
    for r in _rows(store, "meetings"):
        m = meetings.setdefault(r["meeting"], Meeting(r["meeting"], kind=r["kind"]))
        m.label_en = m.label_en or r["label_en"]
        m.label_th = m.label_th or r["label_th"]
        stem = release_stem(r["release"])
        m.releases.add(stem)
        releases.setdefault(stem, Release(stem, r["title"], r["date"], r["url"]))
        if r["start"] and (not m.start or r["start"] < m.start):
            m.start = r["start"]
        if r["status"] and r["date"] >= m.status_date:  # the latest release's word
            m.status, m.status_date = r["status"], r["date"]
        if not first_report.get(m.iri) or r["date"] < first_report[m.iri]:
            first_report[m.iri] = r["date"]
        if r["party"]:
            m.parties.add(short(r["party"]))
    for iri, m in meetings.items():
        m.start = m.start or first_report.get(iri, "")
    return meetings, releases


def _resolve_partner(name: str, actors: dict[str, dict[str, str]]) -> str:
    """An actor by English or Thai label, node key, IRI or Wikidata ID (case-insensitive)."""
    want = name.strip().casefold()
    for key, a in actors.items():
        if want in (key.casefold(), key.split("/")[-1].casefold(), a["iri"].casefold(), a["label_en"].casefold(),
                    a["label_th"].casefold(), a["wikidata"].casefold()):
            return key
    raise QueryError(f"unknown partner '{name}'; give an English or Thai label (see: aseankg query actors)")


# ------------------------------------------------------------------------------------ building


class _Edges:
    """Accumulates typed edges: weight, the meetings and releases behind them, extra attributes."""

    def __init__(self) -> None:
        self.data: dict[tuple[str, str, str], dict] = {}

    def add(self, u: str, v: str, kind: str, meeting: str = "", release: str = "", weight: float = 1,
            **attrs) -> dict:
        if kind == "co-attended" and v < u:
            u, v = v, u
        e = self.data.setdefault((u, v, kind), {"weight": 0, "meetings": set(), "releases": set()})
        if meeting:
            if meeting not in e["meetings"]:
                e["weight"] += weight
            e["meetings"].add(meeting)
        else:
            e["weight"] += weight
        if release:
            e["releases"].add(release)
        e.update(attrs)
        return e


def build(store, filters: Filters | None = None) -> Network:
    """The network as the filters ask for it; raises NothingToShow when it would be empty."""
    f = filters or Filters()
    if not bool(store.query(SPARQL_PREFIXES + "ASK { ?r a akg:Release }")):
        raise NothingToShow("the store holds no releases; load some first (aseankg load FILE...)")
    actors = _actors(store)
    meetings, releases = _meetings(store)
    partner = _resolve_partner(f.partner, actors) if f.partner else None
    since, until = f.since, f.until

    def keep_meeting(iri: str) -> bool:
        m = meetings.get(iri)
        if m is None:
            return not (since or until or f.kinds or partner)
        if f.kinds and m.kind not in f.kinds:
            return False
        if partner and partner not in m.parties:
            return False
        d = m.date[:10]
        if (since or until) and not d:
            return False
        return not (since and d < since.isoformat() or until and d > until.isoformat())

    kept = {iri for iri in meetings if keep_meeting(iri)}
    if not kept and (since or until or f.kinds):
        raise NothingToShow("nothing to show: no meetings match the dates or kinds given (see: aseankg query meetings)")
    person_level = f.level == "person"
    edges = _Edges()
    node_meetings: dict[str, dict[str, str]] = defaultdict(dict)

    def fold(person: str, represents: str) -> str:
        return person if person_level or not represents else represents

    # participation: co-attended, represents, and who was where
    attendees: dict[str, dict[str, str]] = defaultdict(dict)  # meeting -> node -> release
    for r in _rows(store, "co-attended"):
        if r["meeting"] not in kept:
            continue
        node = fold(short(r["person"]), short(r["represents"]) if r["represents"] else "")
        attendees[r["meeting"]].setdefault(node, release_stem(r["release"]))
        node_meetings[node].setdefault(r["meeting"], "participant")
        if r["represents"]:
            node_meetings[short(r["represents"])].setdefault(r["meeting"], "represented")
    for iri in kept:
        for party in meetings[iri].parties:
            node_meetings[party].setdefault(iri, "party")
            if not person_level:
                attendees[iri].setdefault(party, sorted(meetings[iri].releases)[0] if meetings[iri].releases else "")
    if "co-attended" in f.edges:
        for iri, nodes in attendees.items():
            names = sorted(nodes)
            for i, a in enumerate(names):
                for b in names[i + 1:]:
                    e = edges.add(a, b, "co-attended", iri, nodes[a])
                    e["releases"].add(nodes[b])
    if "represents" in f.edges and person_level:
        for r in _rows(store, "represents"):
            if r["meeting"] in kept:
                e = edges.add(short(r["person"]), short(r["represents"]), "represents", r["meeting"],
                              release_stem(r["release"]))
                if r["position"]:
                    e.setdefault("positions", set()).add(r["position"])
    for r in _rows(store, "chaired"):
        if r["meeting"] not in kept:
            continue
        chair = fold(short(r["person"]), short(r["represents"]) if r["represents"] else "")
        node_meetings[chair][r["meeting"]] = r["role"]
        if "chaired" in f.edges:
            for party in sorted(meetings[r["meeting"]].parties):
                if party != chair:
                    e = edges.add(chair, party, "chaired", r["meeting"], release_stem(r["release"]))
                    e.setdefault("roles", set()).add(r["role"])

    # partnerships: one edge per partner, at the latest level that began by --until
    history: dict[str, dict[str, int | None]] = defaultdict(dict)
    sources: dict[str, set[str]] = defaultdict(set)
    checked: dict[tuple[str, str], int] = {}
    for r in _rows(store, "partnership"):
        p, level, year = short(r["partner"]), r["level"], _year(r["year"])
        if partner and p != partner:
            continue
        if until and year and year > until.year:
            continue
        source = release_stem(r["release"])
        # the reference data (checked) decides the year; a release only fills a gap
        if source == "reference" and year:
            checked[(p, level)] = year
        known = history[p].get(level)
        history[p][level] = year if known is None else (min(known, year) if year else known)
        sources[p].add(source)
    for (p, level), year in checked.items():
        history[p][level] = year
    partnerships: dict[str, list[tuple[str, int | None]]] = {}
    for p, levels in history.items():
        ordered = sorted(levels.items(), key=lambda kv: (kv[1] or 9999, LEVEL_RANK.get(kv[0], 0)))
        partnerships[p] = ordered
        if "partnership" in f.edges:
            latest = max(levels.items(), key=lambda kv: (kv[1] or 0, LEVEL_RANK.get(kv[0], 0)))
            e = edges.add(p, ASEAN, "partnership", level=latest[0], since=latest[1] or "",
                          history="; ".join(f"{lv} {y or '?'}" for lv, y in ordered))
            e["releases"] |= sources[p]

    # coordinator terms overlapping the range
    if "coordinates" in f.edges:
        seen_roles: set[str] = set()
        for r in _rows(store, "coordinates"):
            c, p = short(r["coordinator"]), short(r["partner"])
            if partner and partner not in (c, p):
                continue
            y1, y2 = _year(r["from"]), _year(r["to"])
            if until and y1 and y1 > until.year or since and y2 and y2 < since.year:
                continue
            e = edges.add(c, p, "coordinates", weight=0)
            e["releases"].add(release_stem(r["release"]))
            if r["role"] not in seen_roles:
                seen_roles.add(r["role"])
                e["weight"] += 1
                e.setdefault("terms", set()).add(f"{y1 or '?'}-{y2 or '?'}")

    # pledges at kept meetings (or, with no meeting, by the release's date)
    if "pledged" in f.edges:
        seen: set[str] = set()
        for r in _rows(store, "pledged"):
            if r["commitment"] in seen:
                continue
            stem = release_stem(r["release"])
            if r["meeting"]:
                if r["meeting"] not in kept:
                    continue
            else:
                d = releases.get(stem, Release(stem)).date
                if since and d < since.isoformat() or until and d > until.isoformat() or f.kinds:
                    continue
            by, to = short(r["by"]), short(r["recipient"])
            if partner and partner not in (by, to):
                continue
            seen.add(r["commitment"])
            e = edges.add(by, to, "pledged", release=stem, weight=1)
            totals = e.setdefault("totals", defaultdict(float))
            totals[r["currency"]] += float(r["amount"])
            if r["meeting"]:
                e["meetings"].add(r["meeting"])

    g = _graph(edges, actors, meetings, f)
    if g.number_of_edges() == 0:
        what = "the store" if not (since or until or partner or f.kinds or f.edges != EDGE_TYPES or f.min_weight) \
            else "the filters"
        raise NothingToShow(f"nothing to show: {what} leave no ties (try fewer filters)")
    node_meetings = {n: ms for n, ms in node_meetings.items() if n in g}
    used = {m for ms in node_meetings.values() for m in ms}
    return Network(g, {k: v for k, v in meetings.items() if k in used},
                   {s: rel for s, rel in releases.items() if any(s in meetings[m].releases for m in used)},
                   node_meetings, {p: h for p, h in partnerships.items() if p in g}, f)


def _graph(edges: _Edges, actors: dict[str, dict[str, str]], meetings: dict[str, Meeting], f: Filters
           ) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name="aseankg actor network", level=f.level)
    for (u, v, kind), e in sorted(edges.data.items()):
        if u == v or e["weight"] < max(f.min_weight, 1e-9):
            continue
        for n in (u, v):
            if n not in g:
                a = actors.get(n) or {"type": "Person" if n.startswith("person/") else "Country", "iri": str(ID) + n,
                                      "label_en": "", "label_th": "", "wikidata": ""}
                g.add_node(n, label=a["label_en"] or a["label_th"] or n.split("/")[-1], label_en=a["label_en"],
                           label_th=a["label_th"], type=a["type"], wikidata=a["wikidata"], iri=a["iri"])
        attrs = {"relation": kind, "weight": float(e["weight"]),
                 "meetings": " | ".join(sorted(meetings[m].label if m in meetings else m for m in e["meetings"])),
                 "releases": " | ".join(sorted(e["releases"]))}
        for k in ("level", "since", "history"):
            if k in e:
                attrs[k] = e[k] if k != "since" else str(e[k])
        if "positions" in e:
            attrs["positions"] = " | ".join(sorted(e["positions"]))
        if "roles" in e:
            attrs["roles"] = " | ".join(sorted(e["roles"]))
        if "terms" in e:
            attrs["terms"] = " | ".join(sorted(e["terms"]))
        if "totals" in e:
            attrs["amounts"] = " | ".join(f"{cur} {amt:,.0f}" for cur, amt in sorted(e["totals"].items()))
            for cur, amt in e["totals"].items():
                attrs[f"amount_{cur}"] = float(amt)
        g.add_edge(u, v, key=kind, **attrs)
    if g.number_of_edges():
        add_metrics(g)
    return g


# ------------------------------------------------------------------------------------ metrics


def undirected(g: nx.MultiDiGraph) -> nx.Graph:
    """One undirected edge per pair of actors, weighted by the sum of its typed edges."""
    h = nx.Graph()
    h.add_nodes_from(g.nodes)
    for u, v, w in g.edges(data="weight", default=1.0):
        if h.has_edge(u, v):
            h[u][v]["weight"] += w
        else:
            h.add_edge(u, v, weight=w)
    return h


def add_metrics(g: nx.MultiDiGraph) -> None:
    """Degree (distinct neighbours), weighted degree, betweenness (unweighted, normalised) and a
    Louvain community (numbered by size, largest 0; seeded so runs agree) as node attributes."""
    h = undirected(g)
    betweenness = nx.betweenness_centrality(h, normalized=True)
    communities = sorted(nx.community.louvain_communities(h, weight="weight", seed=7),
                         key=lambda c: (-len(c), min(c)))
    community = {n: i for i, c in enumerate(communities) for n in c}
    for n in g.nodes:
        g.nodes[n]["degree"] = h.degree(n)
        g.nodes[n]["weighted_degree"] = float(h.degree(n, weight="weight"))
        g.nodes[n]["betweenness"] = round(float(betweenness[n]), 6)
        g.nodes[n]["community"] = community[n]


def metrics_text(g: nx.MultiDiGraph, fmt: str = "table") -> str:
    """The metrics as an aligned table or as CSV."""
    from kg.query import Result, as_delimited, as_table

    result = Result(list(METRIC_COLUMNS), metrics_rows(g))
    return as_delimited(result) if fmt == "csv" else as_table(result, max_width=48)


def make_filters(since: str | None = None, until: str | None = None, partner: str | None = None,
                 kinds: list[str] | tuple[str, ...] = (), edges: list[str] | tuple[str, ...] = (),
                 min_weight: float = 0, level: str = "person") -> Filters:
    """Filters from command-line text; raises QueryError (exit 2) on a bad value."""
    f = Filters(since=parse_date(since) if since else None, until=parse_date(until, end=True) if until else None,
                partner=partner or None, kinds=parse_kinds(list(kinds)), edges=parse_edges(list(edges)),
                min_weight=min_weight, level=level)
    if f.since and f.until and f.since > f.until:
        raise QueryError(f"--since {f.since} is after --until {f.until}")
    if min_weight < 0:
        raise QueryError("--min-weight must not be negative")
    return f


METRIC_COLUMNS = ["node", "label", "type", "degree", "weighted_degree", "betweenness", "community"]


def metrics_rows(g: nx.MultiDiGraph) -> list[list[str]]:
    """Rows for the metrics table, the most connected first."""
    nodes = sorted(g.nodes(data=True), key=lambda nd: (-nd[1]["weighted_degree"], -nd[1]["betweenness"], nd[0]))
    return [[n, d["label"], d["type"], str(d["degree"]), f"{d['weighted_degree']:g}", f"{d['betweenness']:.4f}",
             str(d["community"])] for n, d in nodes]


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def summary(net: Network) -> str:
    """A few lines: node and edge counts by type."""
    g = net.graph
    nodes: dict[str, int] = defaultdict(int)
    for _, t in g.nodes(data="type"):
        nodes[t] += 1
    kinds: dict[str, int] = defaultdict(int)
    for _, _, t in g.edges(data="relation"):
        kinds[t] += 1
    lines = [f"{_n(g.number_of_nodes(), 'node')}: " + ", ".join(f"{n} {t}" for t, n in sorted(nodes.items())),
             f"{_n(g.number_of_edges(), 'edge')}: " + ", ".join(f"{n} {t}" for t, n in sorted(kinds.items())),
             f"{_n(len(net.meetings), 'meeting')} from {_n(len(net.releases), 'release')}; level {net.filters.level}"]
    return "\n".join(lines)


__all__ = ["EDGE_TYPES", "EXIT_EMPTY", "Filters", "Network", "NothingToShow", "build", "make_filters",
           "metrics_rows", "metrics_text", "parse_date", "parse_edges", "parse_kinds", "summary"]
