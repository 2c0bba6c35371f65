/* aseankg network page: a small force layout on SVG, pan and zoom, hover details, click for the
   meetings and releases behind an actor, edge-type toggles, English/Thai labels. No libraries:
   the page must work with no network access. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("graph");
  var viewport = document.getElementById("viewport");
  var edgeLayer = document.getElementById("edges");
  var nodeLayer = document.getElementById("nodes");
  var tip = document.getElementById("tip");
  var details = document.getElementById("details");
  var lang = data.lang || "en";
  var view = { x: 0, y: 0, k: 1 };
  var selected = null;

  var nodes = data.nodes.map(function (d, i) { return { id: d.id, d: d, i: i, x: 0, y: 0, links: [] }; });
  var byId = {};
  nodes.forEach(function (n) { byId[n.id] = n; });
  var maxWd = Math.max.apply(null, nodes.map(function (n) { return n.d.weighted_degree || 1; }).concat([1]));
  nodes.forEach(function (n) { n.r = 5 + 13 * Math.sqrt((n.d.weighted_degree || 0) / maxWd); });
  var links = data.edges.map(function (e) {
    var l = { s: byId[e.source], t: byId[e.target], rel: e.relation, w: e.weight || 1, d: e };
    l.s.links.push(l); l.t.links.push(l);
    return l;
  });
  var hidden = {};

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function html(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function label(d) {
    var en = d.label_en || "", th = d.label_th || "";
    if (lang === "th") return th || en || d.label || d.id;
    if (lang === "both" && en && th) return en + " · " + th;
    return en || th || d.label || d.id;
  }
  function meetingLabel(m) {
    if (lang === "th" && m.label_th) return m.label_th;
    if (lang === "both" && m.label_th) return (m.label_en || "") + " · " + m.label_th;
    return m.label_en || m.label_th;
  }

  /* ---------------------------------------------------------------- layout (Fruchterman-Reingold) */
  function layout() {
    var n = nodes.length, area = 1000 * 1000, k = Math.sqrt(area / Math.max(n, 1)) * 0.55;
    var golden = Math.PI * (3 - Math.sqrt(5));
    nodes.forEach(function (p, i) {  /* deterministic start: a sunflower spiral, hubs in the middle */
      var r = 30 * Math.sqrt(i + 0.5);
      p.x = r * Math.cos(i * golden); p.y = r * Math.sin(i * golden);
    });
    nodes.slice().sort(function (a, b) { return (b.d.weighted_degree || 0) - (a.d.weighted_degree || 0); })
      .forEach(function (p, i) { var r = 30 * Math.sqrt(i + 0.5); p.x = r * Math.cos(i * golden); p.y = r * Math.sin(i * golden); });
    var iters = n > 800 ? 120 : n > 300 ? 250 : 400, temp = 120;
    for (var it = 0; it < iters; it++) {
      var dx = new Float64Array(n), dy = new Float64Array(n);
      for (var a = 0; a < n; a++) {
        var pa = nodes[a];
        for (var b = a + 1; b < n; b++) {
          var pb = nodes[b], vx = pa.x - pb.x, vy = pa.y - pb.y, d2 = vx * vx + vy * vy + 0.01;
          var f = k * k / d2;
          dx[a] += vx * f; dy[a] += vy * f; dx[b] -= vx * f; dy[b] -= vy * f;
        }
      }
      links.forEach(function (l) {
        var vx = l.s.x - l.t.x, vy = l.s.y - l.t.y, d = Math.sqrt(vx * vx + vy * vy) + 0.01;
        var f = d / k * (1 + Math.log(1 + l.w)) * 0.5;
        dx[l.s.i] -= vx * f; dy[l.s.i] -= vy * f; dx[l.t.i] += vx * f; dy[l.t.i] += vy * f;
      });
      for (var c = 0; c < n; c++) {
        var p = nodes[c];
        dx[c] -= p.x * 0.02; dy[c] -= p.y * 0.02;  /* gravity keeps loose parts in view */
        var len = Math.sqrt(dx[c] * dx[c] + dy[c] * dy[c]) + 0.01, step = Math.min(len, temp);
        p.x += dx[c] / len * step; p.y += dy[c] / len * step;
      }
      temp = Math.max(2, temp * 0.985);
    }
  }

  /* ---------------------------------------------------------------- drawing */
  function draw() {
    links.forEach(function (l) {
      l.el = el("line", { "class": "edge", "data-rel": l.rel, stroke: data.edge_colours[l.rel] || "#999",
        "stroke-width": (0.8 + Math.log(1 + l.w)).toFixed(2) }, edgeLayer);
      var t = el("title", {}, l.el);
      t.textContent = l.rel + ": " + label(l.s.d) + " → " + label(l.t.d) + " (weight " + l.w + ")" +
        (l.d.level ? "\n" + l.d.level + " since " + l.d.since : "") + (l.d.amounts ? "\n" + l.d.amounts : "") +
        (l.d.terms ? "\nterms " + l.d.terms : "") + (l.d.meetings ? "\n" + l.d.meetings : "");
    });
    var rank = nodes.slice().sort(function (a, b) { return (b.d.weighted_degree || 0) - (a.d.weighted_degree || 0); });
    rank.forEach(function (n, i) { n.rank = i; });
    nodes.forEach(function (n) {
      n.g = el("g", { "class": "node", "data-id": n.id, "data-type": n.d.type }, nodeLayer);
      n.circle = el("circle", { r: n.r.toFixed(1), fill: data.node_colours[n.d.type] || "#777" }, n.g);
      n.text = el("text", { x: (n.r + 3).toFixed(1), y: "4", "class": "label" }, n.g);
      n.g.addEventListener("mouseenter", function (ev) { showTip(n, ev); });
      n.g.addEventListener("mousemove", moveTip);
      n.g.addEventListener("mouseleave", function () { tip.hidden = true; });
      n.g.addEventListener("mousedown", function (ev) { startNodeDrag(n, ev); });
    });
    relabel();
    place();
  }
  function place() {
    nodes.forEach(function (n) { n.g.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")"); });
    links.forEach(placeLink);
  }
  function placeLink(l) {
    l.el.setAttribute("x1", l.s.x.toFixed(1)); l.el.setAttribute("y1", l.s.y.toFixed(1));
    l.el.setAttribute("x2", l.t.x.toFixed(1)); l.el.setAttribute("y2", l.t.y.toFixed(1));
  }
  function relabel() {
    nodes.forEach(function (n) { n.text.textContent = label(n.d); });
    labelVisibility();
  }
  function labelVisibility() {
    /* labels in screen space, most connected first (the selected actor and its neighbours before
       them); a label that would overlap one already shown is hidden until you zoom in */
    var placed = [], near = selected ? neighbours(selected) : {};
    var s = 1 / view.k, rs = 1 / Math.sqrt(view.k);
    nodeLayer.style.setProperty("--s", s.toFixed(4));
    var order = nodes.slice().sort(function (a, b) {
      var pa = a === selected ? -2 : near[a.id] ? -1 : 0, pb = b === selected ? -2 : near[b.id] ? -1 : 0;
      return pa - pb || a.rank - b.rank;
    });
    var discs = nodes.map(function (n) {
      var r = n.r * rs * view.k, sx = n.x * view.k + view.x, sy = n.y * view.k + view.y;
      return [sx - r, sy - r, sx + r, sy + r, n];
    });
    order.forEach(function (n) {
      var r = n.r * rs * view.k;
      n.circle.setAttribute("r", (n.r * rs).toFixed(2));
      var sx = n.x * view.k + view.x, sy = n.y * view.k + view.y;
      var w = textWidth(n.text.textContent, n.d.type === "Person" ? "10px" : "bold 11px");
      var apart = function (box) {
        return function (b) { return box[2] < b[0] || box[0] > b[2] || box[3] < b[1] || box[1] > b[3]; };
      };
      /* right, left, above, below: the first spot clear of shown labels and of other actors */
      var spots = [[r + 3, 4, "start", [sx + r + 2, sy - 8, sx + r + 4 + w, sy + 8]],
                   [-r - 3, 4, "end", [sx - r - 4 - w, sy - 8, sx - r - 2, sy + 8]],
                   [0, -r - 4, "middle", [sx - w / 2 - 1, sy - r - 18, sx + w / 2 + 1, sy - r - 2]],
                   [0, r + 13, "middle", [sx - w / 2 - 1, sy + r + 2, sx + w / 2 + 1, sy + r + 18]]];
      var spot = null;
      if (!selected || n === selected || near[n.id]) {
        spot = spots.find(function (sp) {
          var ok = apart(sp[3]);
          return placed.every(ok) && discs.every(function (b) { return b[4] === n || ok(b); });
        }) || null;
        if (!spot && (n.rank < 5 || n === selected)) {  /* a hub's or the selected actor's label may cross an actor, never another label */
          spot = spots.find(function (sp) { return placed.every(apart(sp[3])); }) || null;
        }
      }
      var show = !!spot;
      if (show) {
        placed.push(spot[3]);
        n.text.setAttribute("x", (spot[0] * s).toFixed(2));
        n.text.setAttribute("y", (spot[1] * s).toFixed(2));
        n.text.setAttribute("text-anchor", spot[2]);
      }
      n.text.style.display = show ? "" : "none";
    });
  }
  var widthCache = {}, measure = null;
  function textWidth(text, size) {
    var key = size + "|" + text;
    if (widthCache[key] === undefined) {
      if (!measure) measure = document.createElement("canvas").getContext("2d");
      measure.font = size + " " + getComputedStyle(document.body).fontFamily;
      widthCache[key] = measure.measureText(text).width;
    }
    return widthCache[key];
  }
  function neighbours(n) {
    var out = {};
    n.links.forEach(function (l) { if (!hidden[l.rel]) { out[l.s.id] = true; out[l.t.id] = true; } });
    return out;
  }

  /* ---------------------------------------------------------------- pan, zoom, drag */
  function applyView() {
    viewport.setAttribute("transform", "translate(" + view.x.toFixed(1) + "," + view.y.toFixed(1) + ") scale(" + view.k.toFixed(4) + ")");
    labelVisibility();
  }
  function fit() {
    var box = svg.getBoundingClientRect();
    if (!nodes.length || !box.width) return;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    nodes.forEach(function (n) { x0 = Math.min(x0, n.x - n.r); y0 = Math.min(y0, n.y - n.r); x1 = Math.max(x1, n.x + n.r); y1 = Math.max(y1, n.y + n.r); });
    /* room for labels on either side */
    var k = Math.min(Math.max(box.width - 300, 100) / (x1 - x0 + 1), Math.max(box.height - 60, 100) / (y1 - y0 + 1), 3);
    view.k = k; view.x = box.width / 2 - k * (x0 + x1) / 2; view.y = box.height / 2 - k * (y0 + y1) / 2;
    applyView();
  }
  function toGraph(ev) {
    var box = svg.getBoundingClientRect();
    return { x: (ev.clientX - box.left - view.x) / view.k, y: (ev.clientY - box.top - view.y) / view.k };
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var box = svg.getBoundingClientRect(), px = ev.clientX - box.left, py = ev.clientY - box.top;
    var f = Math.exp(-ev.deltaY * 0.0015), k = Math.min(20, Math.max(0.05, view.k * f));
    view.x = px - (px - view.x) * k / view.k; view.y = py - (py - view.y) * k / view.k; view.k = k;
    applyView();
  }, { passive: false });
  var drag = null;
  svg.addEventListener("mousedown", function (ev) {
    if (drag) return;
    drag = { pan: true, x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false };
  });
  function startNodeDrag(n, ev) {
    ev.stopPropagation();
    drag = { node: n, x: ev.clientX, y: ev.clientY, moved: false };
  }
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    if (Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 3) drag.moved = true;
    if (drag.pan) { view.x = drag.vx + ev.clientX - drag.x; view.y = drag.vy + ev.clientY - drag.y; applyView(); }
    else if (drag.moved) {
      var p = toGraph(ev); drag.node.x = p.x; drag.node.y = p.y;
      drag.node.g.setAttribute("transform", "translate(" + p.x.toFixed(1) + "," + p.y.toFixed(1) + ")");
      drag.node.links.forEach(placeLink);
    }
  });
  window.addEventListener("mouseup", function () {
    if (drag && !drag.moved) { if (drag.node) select(drag.node); else select(null); }
    drag = null;
  });

  /* ---------------------------------------------------------------- hover and details */
  function fmt(x) { return typeof x === "number" ? (Math.round(x * 10000) / 10000).toString() : x; }
  function showTip(n, ev) {
    tip.textContent = "";
    tip.appendChild(html("strong", n.d.label_en || n.d.label));
    if (n.d.label_th) tip.appendChild(html("div", n.d.label_th, "th"));
    tip.appendChild(html("div", n.d.type + (n.d.wikidata ? " · " + n.d.wikidata : "")));
    tip.appendChild(html("div", "degree " + n.d.degree + " · weighted " + fmt(n.d.weighted_degree) +
      " · betweenness " + fmt(n.d.betweenness) + " · community " + n.d.community));
    var ms = Object.keys(data.node_meetings[n.id] || {}).length;
    tip.appendChild(html("div", ms + " meeting" + (ms === 1 ? "" : "s") + " — click for details", "hint"));
    tip.hidden = false;
    moveTip(ev);
  }
  function moveTip(ev) { tip.style.left = (ev.clientX + 14) + "px"; tip.style.top = (ev.clientY + 10) + "px"; }

  function select(n) {
    selected = n;
    var near = n ? neighbours(n) : null;
    nodes.forEach(function (m) { m.g.classList.toggle("dim", !!n && !near[m.id] && m !== n); m.g.classList.toggle("selected", m === n); });
    links.forEach(function (l) { l.el.classList.toggle("dim", !!n && l.s !== n && l.t !== n); });
    labelVisibility();
    showDetails(n);
  }
  function showDetails(n) {
    details.textContent = "";
    if (!n) { details.appendChild(html("p", "Click an actor to list its meetings and the releases behind them.", "hint")); return; }
    var d = n.d;
    details.appendChild(html("h2", d.label_en || d.label));
    if (d.label_th) details.appendChild(html("div", d.label_th, "th big"));
    details.appendChild(html("div", d.type + (d.wikidata ? " · Wikidata " + d.wikidata : "")));
    details.appendChild(html("div", "degree " + d.degree + " · weighted degree " + fmt(d.weighted_degree) +
      " · betweenness " + fmt(d.betweenness) + " · community " + d.community, "small"));
    var ties = html("ul", undefined, "ties");
    n.links.filter(function (l) { return !hidden[l.rel]; }).forEach(function (l) {
      var other = l.s === n ? l.t : l.s;
      var extra = l.d.level ? " — " + l.d.level + (l.d.since ? " since " + l.d.since : "") : l.d.amounts ? " — " + l.d.amounts :
        l.d.terms ? " — " + l.d.terms : " ×" + l.w;
      var li = html("li", l.rel + " " + (l.s === n ? "→ " : "← ") + label(other.d) + extra);
      li.style.borderLeftColor = data.edge_colours[l.rel];
      ties.appendChild(li);
    });
    details.appendChild(html("h3", "Ties (" + ties.childNodes.length + ")"));
    details.appendChild(ties);
    var ms = data.node_meetings[n.id] || {};
    var ids = Object.keys(ms).sort(function (a, b) { return (data.meetings[a] || {}).date < (data.meetings[b] || {}).date ? -1 : 1; });
    details.appendChild(html("h3", "Meetings (" + ids.length + ")"));
    var list = html("ol", undefined, "meetings");
    ids.forEach(function (id) {
      var m = data.meetings[id]; if (!m) return;
      var li = html("li", undefined, "meeting");
      li.appendChild(html("div", meetingLabel(m), "mlabel"));
      li.appendChild(html("div", [m.date, m.kind, m.status, "as " + ms[id]].filter(Boolean).join(" · "), "small"));
      var rl = html("ul", undefined, "releases");
      m.releases.forEach(function (stem) {
        var r = data.releases[stem] || {};
        var item = html("li");
        if (r.url) { var a = html("a", stem); a.href = r.url; a.target = "_blank"; a.rel = "noopener"; item.appendChild(a); }
        else item.appendChild(html("span", stem, "stem"));
        if (r.date) item.appendChild(html("span", " (" + r.date + ")"));
        if (r.title) item.appendChild(html("div", r.title, "rtitle"));
        rl.appendChild(item);
      });
      li.appendChild(rl);
      list.appendChild(li);
    });
    details.appendChild(list);
  }

  /* ---------------------------------------------------------------- legend and controls */
  function legend() {
    var types = document.getElementById("legend-nodes"), rels = document.getElementById("legend-edges");
    var count = {};
    nodes.forEach(function (n) { count[n.d.type] = (count[n.d.type] || 0) + 1; });
    Object.keys(data.node_colours).filter(function (t) { return count[t]; }).forEach(function (t) {
      var li = html("li"), dot = html("span", "", "dot");
      dot.style.background = data.node_colours[t];
      li.appendChild(dot); li.appendChild(document.createTextNode(" " + t + " (" + count[t] + ")"));
      types.appendChild(li);
    });
    var rc = {};
    links.forEach(function (l) { rc[l.rel] = (rc[l.rel] || 0) + 1; });
    Object.keys(data.edge_colours).filter(function (r) { return rc[r]; }).forEach(function (r) {
      var li = html("li"), box = html("input"), sw = html("span", "", "swatch"), lab = html("label");
      box.type = "checkbox"; box.checked = true; box.id = "toggle-" + r; box.dataset.rel = r;
      sw.style.background = data.edge_colours[r];
      lab.htmlFor = box.id; lab.appendChild(sw); lab.appendChild(document.createTextNode(" " + r + " (" + rc[r] + ")"));
      box.addEventListener("change", function () {
        hidden[r] = !box.checked;
        links.forEach(function (l) { if (l.rel === r) l.el.style.display = box.checked ? "" : "none"; });
        if (selected) select(selected);
      });
      li.appendChild(box); li.appendChild(lab); rels.appendChild(li);
    });
    document.querySelectorAll("input[name=lang]").forEach(function (r) {
      r.checked = r.value === lang;
      r.addEventListener("change", function () { lang = r.value; relabel(); if (selected) showDetails(selected); });
    });
    document.getElementById("fit").addEventListener("click", fit);
    document.getElementById("search").addEventListener("input", function (ev) {
      var q = ev.target.value.trim().toLowerCase();
      nodes.forEach(function (n) {
        var hit = q && ((n.d.label_en || "").toLowerCase().indexOf(q) >= 0 || (n.d.label_th || "").indexOf(q) >= 0);
        n.g.classList.toggle("hit", !!hit);
      });
    });
    document.getElementById("summary").textContent = nodes.length + " actors · " + links.length + " ties · " +
      Object.keys(data.meetings).length + " meetings · " + Object.keys(data.releases).length + " releases";
  }

  layout();
  draw();
  legend();
  showDetails(null);
  fit();
  window.addEventListener("resize", fit);
  window.aseankgNetwork = { nodes: nodes.length, edges: links.length, select: function (id) { select(byId[id] || null); } };
  document.body.setAttribute("data-ready", "true");
})();
