"""The interactive page: one HTML file with its script, style and data inlined, so it opens from
disk with no network access (no CDN, no pyvis). The layout runs in the browser (page.js)."""

from __future__ import annotations

import html
import json
from pathlib import Path

from kg.netrender import EDGE_COLOURS, NODE_COLOURS
from kg.netrender.files import network_dict
from kg.network import Network

_HERE = Path(__file__).resolve().parent

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>
{css}
</style>
</head>
<body>
<header>
  <h1>{title}</h1>
  <span id="summary"></span>
  <span class="small">{filters}</span>
</header>
<aside>
  <div>Labels:
    <label><input type="radio" name="lang" value="en"> English</label>
    <label><input type="radio" name="lang" value="th"> ไทย</label>
    <label><input type="radio" name="lang" value="both"> both</label>
  </div>
  <input id="search" type="search" placeholder="Find an actor (English or Thai)">
  <button id="fit" type="button">Fit to view</button>
  <h3>Actors</h3>
  <ul class="legend" id="legend-nodes"></ul>
  <h3>Ties (click to show or hide)</h3>
  <ul class="legend" id="legend-edges"></ul>
  <p class="hint">Drag to pan, wheel to zoom, drag an actor to move it, hover for details.</p>
  <div id="details"></div>
</aside>
<main>
  <svg id="graph" role="img" aria-label="actor network"><g id="viewport"><g id="edges"></g><g id="nodes"></g></g></svg>
  <div id="tip" hidden></div>
</main>
<script type="application/json" id="network-data">{data}</script>
<script>
{js}
</script>
</body>
</html>
"""


def page(net: Network, lang: str = "en") -> bytes:
    data = network_dict(net)
    data["node_colours"] = NODE_COLOURS
    data["edge_colours"] = EDGE_COLOURS
    data["lang"] = lang
    # '</' would end the script element early; JSON allows '\/' for '/'
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    f = net.filters
    parts = [f"level: {f.level}"] + [f"{k}: {v}" for k, v in (("since", f.since), ("until", f.until),
                                                             ("partner", f.partner)) if v]
    if f.kinds:
        parts.append("kind: " + ", ".join(f.kinds))
    if f.min_weight:
        parts.append(f"min weight: {f.min_weight:g}")
    return TEMPLATE.format(title="ASEAN actor network", filters=html.escape(" · ".join(parts)),
                           css=(_HERE / "page.css").read_text(encoding="utf-8"), data=payload,
                           js=(_HERE / "page.js").read_text(encoding="utf-8")).encode("utf-8")
