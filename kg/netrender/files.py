"""GraphML, GEXF and node-link JSON. Gephi and Cytoscape want unique edge ids and scalar
attributes; GEXF reserves an edge's ``type`` for directed/undirected, so the edge type is
``relation`` everywhere. Co-attendance is symmetric but stored once, from the smaller node key."""

from __future__ import annotations

import io
import json

import networkx as nx

from kg.network import Network


def _with_edge_ids(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose edge keys are unique ids (``relation:u->v``), as both formats need."""
    out = nx.MultiDiGraph(**{k: v for k, v in g.graph.items() if isinstance(v, str | int | float)})
    out.add_nodes_from(g.nodes(data=True))
    for u, v, k, d in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=f"{k}:{u}->{v}", **d)
    return out


def graphml(net: Network) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(_with_edge_ids(net.graph), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def gexf(net: Network) -> bytes:
    g = _with_edge_ids(net.graph)
    for _, _, k, d in g.edges(keys=True, data=True):
        d["id"] = k  # every edge directed: networkx cannot read mixed graphs back; 'relation' says which
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def network_dict(net: Network) -> dict:
    """Node-link data plus the meetings and releases behind the nodes and the partnership history."""
    data = nx.node_link_data(net.graph, edges="edges")
    data["meetings"] = {iri: {"label_en": m.label_en, "label_th": m.label_th, "kind": m.kind, "date": m.date,
                              "status": m.status, "parties": sorted(m.parties), "releases": sorted(m.releases)}
                        for iri, m in sorted(net.meetings.items())}
    data["releases"] = {s: {"title": r.title, "date": r.date, "url": r.url} for s, r in sorted(net.releases.items())}
    data["node_meetings"] = {n: dict(sorted(ms.items())) for n, ms in sorted(net.node_meetings.items())}
    data["partnerships"] = {p: [[lv, y] for lv, y in h] for p, h in sorted(net.partnerships.items())}
    return data


def node_link_json(net: Network) -> bytes:
    return json.dumps(network_dict(net), ensure_ascii=False, indent=1).encode("utf-8")
