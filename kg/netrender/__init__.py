"""Outputs of ``aseankg network``: graph files (GraphML, GEXF, node-link JSON), figures (PNG, SVG,
partnership timeline) and a self-contained interactive HTML page. Each writer takes a
:class:`kg.network.Network` and returns bytes, so the CLI decides where they go."""

from __future__ import annotations

from pathlib import Path

from kg.errors import QueryError
from kg.network import Network

FORMATS = ("html", "graphml", "gexf", "json", "png", "svg")
TIMELINE_FORMATS = ("png", "svg")
SUFFIXES = {".html": "html", ".htm": "html", ".graphml": "graphml", ".gexf": "gexf", ".json": "json",
            ".png": "png", ".svg": "svg"}

# one colour per node type and per edge type, shared by the figures and the page
NODE_COLOURS = {"Country": "#1f77b4", "IntergovernmentalOrganization": "#d62728", "RegionalGrouping": "#9467bd",
                "GovernmentAgency": "#8c564b", "Programme": "#e377c2", "Person": "#2ca02c"}
EDGE_COLOURS = {"co-attended": "#9aa5b1", "chaired": "#ff7f0e", "represents": "#17becf", "partnership": "#bcbd22",
                "coordinates": "#7f3c8d", "pledged": "#e41a1c"}


def choose_format(fmt: str | None, output: Path | None, timeline: bool = False) -> str | None:
    """The format asked for, or the one the output file's suffix names; None: no file wanted."""
    if fmt is None and output is not None:
        fmt = SUFFIXES.get(output.suffix.lower())
        if fmt is None:
            raise QueryError(f"cannot tell the format from '{output.name}'; give --format "
                             f"({', '.join(TIMELINE_FORMATS if timeline else FORMATS)})")
    if timeline:
        fmt = fmt or "png"
        if fmt not in TIMELINE_FORMATS:
            raise QueryError(f"the timeline is a figure: --format png or svg, not {fmt}")
        if output is None and fmt == "png":
            raise QueryError("the timeline as PNG needs --output FILE")
    if fmt == "png" and output is None:
        raise QueryError("PNG is binary: give --output FILE")
    return fmt


def render(net: Network, fmt: str, lang: str = "en") -> bytes:
    """The network in one of FORMATS."""
    if fmt in ("graphml", "gexf", "json"):
        from kg.netrender import files

        return {"graphml": files.graphml, "gexf": files.gexf, "json": files.node_link_json}[fmt](net)
    if fmt in ("png", "svg"):
        from kg.netrender.figures import network_figure

        return network_figure(net, fmt, lang)
    if fmt == "html":
        from kg.netrender.page import page

        return page(net, lang)
    raise ValueError(f"unknown format {fmt}")


def render_timeline(net: Network, fmt: str, lang: str = "en") -> bytes:
    from kg.netrender.figures import timeline_figure

    return timeline_figure(net, fmt, lang)
