"""PNG and SVG figures with matplotlib: the actor network and the partnership timeline.

Readable first: labels are placed greedily (most connected actors first) at the first free spot
around their node and dropped rather than piled up; colours follow node and edge types with a
legend; Thai text falls back to a Thai-capable font (fonts-thai-tlwg) glyph by glyph.
"""

from __future__ import annotations

import io
import math
import sys
from functools import cache

import matplotlib

matplotlib.use("Agg")  # no display here; must precede pyplot
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from kg.netrender import EDGE_COLOURS, NODE_COLOURS  # noqa: E402
from kg.network import LEVEL_RANK, Network, undirected  # noqa: E402

THAI_FONTS = ("Loma", "Garuda", "Waree", "Norasi", "Kinnari", "Sawasdee", "Tlwg Typo", "Noto Sans Thai",
              "Noto Serif Thai", "Umpush", "Laksaman")
LEVEL_COLOURS = {"SectoralDialoguePartner": "#c6dbef", "DevelopmentPartner": "#fdd0a2", "DialoguePartner": "#6baed6",
                 "StrategicPartnership": "#2171b5", "ComprehensiveStrategicPartnership": "#08306b"}
TYPE_NAMES = {"IntergovernmentalOrganization": "Intergovernmental organisation", "RegionalGrouping": "Grouping",
              "GovernmentAgency": "Government agency"}


@cache
def thai_font() -> str | None:
    """The family name of an installed font that has Thai glyphs, or None."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in THAI_FONTS:
        if name in installed:
            return name
    return None


def _fonts(lang: str) -> str:
    """Set a font list with a Thai fallback; returns the label language actually usable."""
    thai = thai_font()
    matplotlib.rcParams["font.family"] = ["DejaVu Sans"] + ([thai] if thai else [])
    matplotlib.rcParams["svg.fonttype"] = "path"  # glyphs as outlines: the SVG needs no fonts to show Thai
    if lang != "en" and not thai:
        print("aseankg: no Thai-capable font found (install fonts-thai-tlwg); labels in English", file=sys.stderr)
        return "en"
    return lang


def _label(d: dict, lang: str) -> str:
    en, th = d.get("label_en", ""), d.get("label_th", "")
    if lang == "th":
        return th or en or d.get("label", "")
    if lang == "both" and en and th:
        return f"{en}\n{th}"
    return en or (th if thai_font() else "") or d.get("label", "")


def _family(text: str) -> list[str]:
    """Thai text measured with the Thai font itself: with a fallback font the extents come out short."""
    thai = thai_font()
    if thai and any("\u0e00" <= ch <= "\u0e7f" for ch in text):
        return [thai, "DejaVu Sans"]
    return ["DejaVu Sans"] + ([thai] if thai else [])


def _save(fig, fmt: str) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=110, bbox_inches="tight", metadata={"Date": None} if fmt == "svg" else None)
    plt.close(fig)
    return buf.getvalue()


def _layout(g: nx.MultiDiGraph) -> dict:
    """Spring layout of the undirected, weighted graph; seeded so the same store gives the same picture."""
    h = undirected(g)
    for _, _, d in h.edges(data=True):
        d["weight"] = 1 + math.log1p(d["weight"])
    k = 2.2 / math.sqrt(max(h.number_of_nodes(), 1))
    return nx.spring_layout(h, k=k, iterations=300, seed=7, weight="weight")


def network_figure(net: Network, fmt: str, lang: str = "en") -> bytes:
    lang = _fonts(lang)
    g = net.graph
    n = g.number_of_nodes()
    pos = _layout(g)
    side = min(26.0, 9.0 + n / 10)
    fig, ax = plt.subplots(figsize=(side * 1.25, side))
    ax.set_axis_off()
    max_wd = max((d["weighted_degree"] for _, d in g.nodes(data=True)), default=1) or 1

    relations = [r for r in EDGE_COLOURS if any(d == r for _, _, d in g.edges(data="relation"))]
    for rel in relations:
        es = [(u, v, d) for u, v, d in g.edges(data=True) if d["relation"] == rel]
        nx.draw_networkx_edges(g, pos, edgelist=[(u, v) for u, v, _ in es], ax=ax, edge_color=EDGE_COLOURS[rel],
                               width=[0.6 + 1.2 * math.log1p(d["weight"]) for _, _, d in es],
                               alpha=0.35 if rel == "co-attended" else 0.7, arrows=False)
    sizes = {v: 60 + 900 * math.sqrt(d["weighted_degree"] / max_wd) for v, d in g.nodes(data=True)}
    types = [t for t in NODE_COLOURS if any(d == t for _, d in g.nodes(data="type"))]
    for t in types:
        nodes = [v for v, d in g.nodes(data="type") if d == t]
        nx.draw_networkx_nodes(g, pos, nodelist=nodes, ax=ax, node_color=NODE_COLOURS[t],
                               node_size=[sizes[v] for v in nodes], edgecolors="white", linewidths=0.8)
    ax.margins(0.06)
    _place_labels(fig, ax, g, pos, sizes, lang)

    handles = [Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=NODE_COLOURS[t],
                      markeredgecolor="white", label=TYPE_NAMES.get(t, t)) for t in types]
    handles += [Line2D([], [], color=EDGE_COLOURS[r], linewidth=2.5, label=r) for r in relations]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=11,
              title="Actors and ties", title_fontsize=12)
    f = net.filters
    parts = [f"level: {f.level}"] + [f"{k}: {v}" for k, v in (("since", f.since), ("until", f.until),
                                                             ("partner", f.partner)) if v]
    if f.kinds:
        parts.append("kind: " + ", ".join(f.kinds))
    ax.set_title(f"ASEAN actor network — {n} actors, {g.number_of_edges()} ties ({'; '.join(parts)})\n"
                 "node size: weighted degree; labels shown where they fit", fontsize=13)
    return _save(fig, fmt)


def _place_labels(fig, ax, g, pos, sizes: dict, lang: str) -> None:
    """Most connected first; try eight spots around the node; drop a label that fits nowhere."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    to_px = ax.transData.transform
    scale = fig.dpi / 72
    obstacles: dict[str, tuple[float, float, float, float]] = {}
    for v in g.nodes:
        x, y = to_px(pos[v])
        r = math.sqrt(sizes[v]) / 2 * scale
        obstacles[v] = (x - r, y - r, x + r, y + r)
    placed: list[tuple[float, float, float, float]] = []
    order = sorted(g.nodes(data=True), key=lambda nd: (-nd[1]["weighted_degree"], nd[0]))
    spots = [(1, 0, "left", "center"), (0, 1, "center", "bottom"), (-1, 0, "right", "center"),
             (0, -1, "center", "top"), (1, 1, "left", "bottom"), (-1, 1, "right", "bottom"),
             (1, -1, "left", "top"), (-1, -1, "right", "top")]

    def clear(box, others) -> bool:
        x0, y0, x1, y1 = box
        return all(x1 < a0 or x0 > a1 or y1 < b0 or y0 > b1 for a0, b0, a1, b1 in others)

    fig_bb = fig.bbox
    for v, d in order:
        text = _label(d, lang)
        if not text:
            continue
        r = math.sqrt(sizes[v]) / 2 + 2
        others = [b for u, b in obstacles.items() if u != v]
        size = 10.5 if d["type"] != "Person" else 9
        for dx, dy, ha, va in spots:
            t = ax.annotate(text, pos[v], xytext=(dx * r, dy * r), textcoords="offset points", ha=ha, va=va,
                            fontsize=size, color="#222222", zorder=5, family=_family(text),
                            fontweight="bold" if d["type"] != "Person" else "normal",
                            bbox={"boxstyle": "round,pad=0.08", "fc": "white", "ec": "none", "alpha": 0.65})
            bb = t.get_window_extent(renderer)
            box = (bb.x0 - 1, bb.y0 - 1, bb.x1 + 1, bb.y1 + 1)
            inside = bb.x0 >= fig_bb.x0 and bb.x1 <= fig_bb.x1 and bb.y0 >= fig_bb.y0 and bb.y1 <= fig_bb.y1
            if inside and clear(box, placed) and clear(box, others):
                placed.append(box)
                break
            t.remove()


def _fyear(iso: str) -> float | None:
    """'2022-05-12' as 2022.36."""
    try:
        y, m, d = (int(p) for p in iso[:10].split("-"))
    except ValueError:
        return None
    return y + (m - 1) / 12 + (d - 1) / 365


def timeline_figure(net: Network, fmt: str, lang: str = "en") -> bytes:
    """Partners against years: a bar per level from the year it began, a diamond at each level change,
    a dot per meeting with the partner (filled: held; hollow: planned)."""
    lang = _fonts(lang)
    g = net.graph
    meetings_by_partner: dict[str, list] = {}
    for m in net.meetings.values():
        for p in m.parties:
            if p != "actor/asean" and _fyear(m.date):
                meetings_by_partner.setdefault(p, []).append(m)
    partners = set(net.partnerships) | set(meetings_by_partner)
    if not partners:
        from kg.network import NothingToShow

        raise NothingToShow("nothing to show: no partnerships or meetings with partners in the graph")

    def first(p: str) -> float:
        years = [y for _, y in net.partnerships.get(p, []) if y]
        dates = [_fyear(m.date) for m in meetings_by_partner.get(p, [])]
        return min(years + dates) if years or dates else 9999

    rows = sorted(partners, key=lambda p: (first(p), _plain(g, p)))
    f = net.filters
    all_years = [y for p in rows for _, y in net.partnerships.get(p, []) if y]
    all_years += [_fyear(m.date) for p in rows for m in meetings_by_partner.get(p, [])]
    x0 = f.since.year if f.since else math.floor(min(all_years)) - 1
    x1 = (f.until.year + 1) if f.until else math.floor(max(all_years)) + 2

    fig, ax = plt.subplots(figsize=(14, 1.6 + 0.42 * len(rows)))
    for i, p in enumerate(rows):
        y = len(rows) - 1 - i
        levels = [(lv, yr) for lv, yr in net.partnerships.get(p, []) if yr]
        for j, (lv, yr) in enumerate(levels):
            end = levels[j + 1][1] if j + 1 < len(levels) else x1
            start = max(yr, x0)
            if end > start:
                ax.broken_barh([(start, end - start)], (y - 0.3, 0.6), facecolors=LEVEL_COLOURS.get(lv, "#cccccc"),
                               edgecolor="none", zorder=1)
            if x0 <= yr <= x1:
                ax.plot([yr], [y], marker="D", markersize=7, color="black", markerfacecolor="white", zorder=3)
        for m in meetings_by_partner.get(p, []):
            xm = _fyear(m.date)
            if xm is not None and x0 <= xm <= x1:
                held = m.status != "planned"
                ax.plot([xm], [y], marker="o", markersize=6.5, color="#e6550d",
                        markerfacecolor="#e6550d" if held else "white", markeredgewidth=1.5, zorder=4)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([_row_label(g, p, net, lang) for p in reversed(rows)], fontsize=10)
    ax.set_xlim(x0, x1)
    ax.set_ylim(-0.8, len(rows) - 0.2)
    ax.grid(axis="x", color="#dddddd", zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    present = {lv for p in rows for lv, _ in net.partnerships.get(p, [])}
    handles = [Patch(facecolor=LEVEL_COLOURS[lv], label=_split_camel(lv))
               for lv in sorted(LEVEL_COLOURS, key=lambda lv: LEVEL_RANK[lv]) if lv in present]
    handles += [Line2D([], [], marker="D", linestyle="", color="black", markerfacecolor="white", label="level begins"),
                Line2D([], [], marker="o", linestyle="", color="#e6550d", label="meeting held"),
                Line2D([], [], marker="o", linestyle="", color="#e6550d", markerfacecolor="white",
                       markeredgewidth=1.5, label="meeting planned")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=10)
    ax.set_title("ASEAN's partnerships: level by year, with the meetings in the knowledge graph", fontsize=13)
    ax.set_xlabel("year")
    return _save(fig, fmt)


def _plain(g, p: str) -> str:
    return g.nodes[p]["label"] if p in g else p


def _row_label(g, p: str, net: Network, lang: str) -> str:
    d = g.nodes[p] if p in g else {"label": p.split("/")[-1], "label_en": "", "label_th": ""}
    text = _label(d, lang).replace("\n", "  ")
    return text


def _split_camel(text: str) -> str:
    out = ""
    for ch in text:
        out += (" " + ch) if ch.isupper() and out else ch
    return out
