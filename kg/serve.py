"""``aseankg serve``: the SPARQL 1.1 Protocol at ``/sparql`` and a small query page at ``/``.

Read-only by construction: every query runs in a forked child that opens the store read-only, so
an update can never reach the store (updates are answered 403 before that anyway), a load can run
while the server does, and a query that runs past the timeout is stopped by killing its child
rather than left burning a core. Standard library only (http.server), no new dependencies.
"""

from __future__ import annotations

import json
import os
import select
import signal
import threading
import time
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.namespaces import PREFIXES, SPARQL_PREFIXES

MAX_BODY = 1 << 20  # a query longer than 1 MiB is not a query a person wrote

SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "nt", "text/plain": "nt", "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml", "application/n-quads": "nq",
}
FORMAT_PARAM = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                "ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json",
                "rdfxml": "application/rdf+xml"}
RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
               "rdfxml": ox.RdfFormat.RDF_XML, "nq": ox.RdfFormat.N_QUADS}
MIME = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
        "tsv": "text/tab-separated-values", "turtle": "text/turtle", "nt": "application/n-triples",
        "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml", "nq": "application/n-quads"}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass
class Limits:
    timeout: float = 30.0  # seconds a query may run
    max_rows: int = 10_000  # rows (or triples) one answer may hold
    workers: int = 4  # queries evaluated at once


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes


def _text(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode())


# ------------------------------------------------------------------ content negotiation


def accepted(accept: str | None) -> list[tuple[str, float]]:
    """The media types of an Accept header, best first (ties keep the client's order)."""
    out = []
    for i, part in enumerate((accept or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if fields[0]:
            out.append((fields[0].lower(), q, i))
    out.sort(key=lambda t: (-t[1], t[2]))
    return [(m, q) for m, q, _ in out if q > 0]


def negotiate(accept: str | None, kind: str) -> str | None:
    """The format key for a result ``kind`` (select | ask | graph), or None when nothing fits (406)."""
    table = GRAPH_TYPES if kind == "graph" else SELECT_TYPES
    default = "turtle" if kind == "graph" else "json"
    for media, _q in accepted(accept):
        if media in table and (kind != "ask" or table[media] in ("json", "xml")):
            return table[media]
        if media in ("*/*", "application/*", "text/*") or (kind == "graph" and media == "text/html"):
            return default
    return None


# ------------------------------------------------------------------ serialising


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        d = {"type": "literal", "value": term.value}
        if term.language:
            d["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            d["datatype"] = term.datatype.value
        return d
    return {"type": "triple", "value": str(term)}


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f'<literal xml:lang="{escape(term.language)}">{escape(term.value)}</literal>'
    if term.datatype.value != XSD_STRING:
        return f'<literal datatype="{escape(term.datatype.value)}">{escape(term.value)}</literal>'
    return f"<literal>{escape(term.value)}</literal>"


def _csv_cell(term) -> str:
    if term is None:
        return ""
    value = term.value if isinstance(term, ox.NamedNode | ox.Literal) else f"_:{term.value}"
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def serialise_select(variables: list[str], rows: list[list], fmt: str) -> bytes:
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode()
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>" + "".join(f'<variable name="{escape(v)}"/>' for v in variables) + "</head>", "<results>"]
        for row in rows:
            out.append("<result>" + "".join(f'<binding name="{escape(v)}">{_xml_term(t)}</binding>'
                                            for v, t in zip(variables, row, strict=True) if t is not None)
                       + "</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out).encode()
    if fmt == "csv":
        lines = [",".join(variables)] + [",".join(_csv_cell(t) for t in row) for row in rows]
        return ("\r\n".join(lines) + "\r\n").encode()
    # tsv: terms in Turtle/N-Triples syntax, as SPARQL 1.1 TSV says
    lines = ["\t".join("?" + v for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def serialise_ask(value: bool, fmt: str) -> bytes:
    if fmt == "xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()
    return json.dumps({"head": {}, "boolean": value}).encode()


def serialise_graph(triples: list, fmt: str) -> bytes:
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()} if fmt in ("turtle", "rdfxml") else None
    if fmt == "nq":
        triples = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
    return ox.serialize(triples, format=RDF_FORMATS[fmt], prefixes=prefixes) if prefixes else \
        ox.serialize(triples, format=RDF_FORMATS[fmt])


# ------------------------------------------------------------------ evaluating (in a child process)


@dataclass
class Request:
    sparql: str
    accept: str | None = None
    substitutions: dict | None = None
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None
    summarised: tuple[str, dict] | None = None  # a named query's form answered from the loader's summary


def evaluate(store: ox.Store, req: Request, max_rows: int) -> Answer:
    """Run one query and serialise the answer as the client asked (this is what the child does)."""
    if req.summarised is not None:
        from kg.query import use_summary

        if use_summary(store):
            req = Request(req.summarised[0], req.accept, req.summarised[1] or None)
    kwargs: dict = {"substitutions": req.substitutions or None,
                    "prefixes": {p: str(ns) for p, ns in PREFIXES.items()}}  # akg: etc. need no PREFIX line
    if req.default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in req.default_graphs]
    else:
        kwargs["use_default_graph_as_union"] = True
    if req.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in req.named_graphs]
    try:
        result = store.query(req.sparql, **kwargs)
    except SyntaxError as exc:
        return _text(400, f"syntax error: {exc}")
    except (ValueError, OSError) as exc:
        return _text(400, f"query failed: {exc}")
    too_many = _text(413, f"the answer has more than {max_rows} rows, the server's limit; add LIMIT and OFFSET")
    if isinstance(result, ox.QueryBoolean):
        fmt = negotiate(req.accept, "ask")
        if fmt is None:
            return _text(406, "an ASK answer comes as application/sparql-results+json or +xml")
        return Answer(200, MIME[fmt], serialise_ask(bool(result), fmt))
    kind = "select" if isinstance(result, ox.QuerySolutions) else "graph"
    fmt = negotiate(req.accept, kind)
    if fmt is None:
        offered = ", ".join(sorted(set(GRAPH_TYPES if kind == "graph" else SELECT_TYPES)))
        return _text(406, f"cannot answer as {req.accept}; offered: {offered}")
    items = []
    try:
        for item in result:
            items.append(item)
            if len(items) > max_rows:
                return too_many
    except (ValueError, OSError) as exc:
        return _text(400, f"query failed: {exc}")
    if kind == "graph":
        return Answer(200, MIME[fmt] + ("; charset=utf-8" if fmt in ("turtle", "nt") else ""),
                      serialise_graph(items, fmt))
    variables = [v.value for v in result.variables]
    rows = [[sol[v] for v in variables] for sol in items]
    ctype = MIME[fmt] + ("; charset=utf-8" if fmt in ("csv", "tsv") else "")
    return Answer(200, ctype, serialise_select(variables, rows, fmt))


class Executor:
    """Runs each query in a forked child with a deadline; the child opens the store read-only."""

    def __init__(self, path: Path | None, limits: Limits, memory_store: ox.Store | None = None) -> None:
        self.path = path
        self.limits = limits
        self.memory_store = memory_store
        self.slots = threading.BoundedSemaphore(limits.workers)

    def _child(self, req: Request) -> Answer:
        store = self.memory_store if self.memory_store is not None else ox.Store.read_only(str(self.path))
        return evaluate(store, req, self.limits.max_rows)

    def run(self, req: Request) -> Answer:
        with self.slots:
            return self._fork(req)

    def _fork(self, req: Request) -> Answer:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: answer, write, leave without running any of the parent's cleanup
            code = 0
            try:
                os.close(read_fd)
                try:
                    ans = self._child(req)
                except Exception as exc:  # noqa: BLE001 - any failure becomes a 500 answer
                    ans = _text(500, f"query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
                head = json.dumps({"status": ans.status, "type": ans.content_type}).encode() + b"\n"
                data = head + ans.body
                view = memoryview(data)
                while view:
                    view = view[os.write(write_fd, view):]
            except BaseException:  # noqa: BLE001
                code = 1
            finally:
                os._exit(code)
        os.close(write_fd)
        deadline = time.monotonic() + self.limits.timeout
        chunks: list[bytes] = []
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    os.kill(pid, signal.SIGKILL)
                    return _text(503, f"the query was stopped after {self.limits.timeout:g} s, the server's "
                                      "timeout; narrow it (LIMIT, more specific patterns)")
                ready, _, _ = select.select([read_fd], [], [], min(left, 0.5))
                if ready:
                    chunk = os.read(read_fd, 1 << 16)
                    if not chunk:
                        break
                    chunks.append(chunk)
        finally:
            os.close(read_fd)
            os.waitpid(pid, 0)
        data = b"".join(chunks)
        head, _, body = data.partition(b"\n")
        try:
            meta = json.loads(head)
        except ValueError:
            return _text(500, "the query process ended without an answer")
        return Answer(meta["status"], meta["type"], body)


# ------------------------------------------------------------------ HTTP


def is_update(text: str) -> bool:
    """A rough test for SPARQL Update text sent where a query belongs (it is refused either way)."""
    import re

    body = re.sub(r"#[^\n]*", " ", text)
    body = re.sub(r"(?is)^\s*((PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", body)
    return bool(re.match(r"(?i)(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", body))


class Handler(BaseHTTPRequestHandler):
    server_version = "aseankg"
    protocol_version = "HTTP/1.1"
    executor: Executor
    quiet: bool = True

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        if not self.quiet:
            super().log_message(format, *args)

    def send(self, ans: Answer, head_only: bool = False) -> None:
        self.send_response(ans.status)
        self.send_header("Content-Type", ans.content_type)
        self.send_header("Content-Length", str(len(ans.body)))
        self.send_header("Vary", "Accept")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if not head_only:
            self.wfile.write(ans.body)

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        self.send(self.route(url.path, params, None))

    def do_HEAD(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        self.send(self.route(url.path, parse_qs(url.query, keep_blank_values=True), None), head_only=True)

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self.send(_text(413, f"a request body must be under {MAX_BODY} bytes"))
            self.close_connection = True
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            self.send(_text(403, "this endpoint is read-only: updates are refused"))
            return
        if ctype == "application/sparql-query":
            params.setdefault("query", []).append(body)
        elif ctype in ("application/x-www-form-urlencoded", ""):
            for k, v in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        else:
            self.send(_text(415, f"unsupported Content-Type {ctype}; use application/sparql-query or a form"))
            return
        self.send(self.route(url.path, params, body))

    def route(self, path: str, params: dict[str, list[str]], body: str | None) -> Answer:
        if path in ("/", "/index.html"):
            return Answer(200, "text/html; charset=utf-8", page().encode())
        if path == "/sparql":
            return self.sparql(params, body)
        if path == "/queries":
            return Answer(200, "application/json", json.dumps(named_list(), ensure_ascii=False).encode())
        if path.startswith("/queries/"):
            return self.named(path.removeprefix("/queries/"), params)
        if path == "/context.jsonld":
            from kg.export import json_ld_context

            return Answer(200, "application/ld+json", json.dumps(json_ld_context(), indent=1).encode())
        return _text(404, f"no page {path}; the SPARQL endpoint is /sparql, the query page /")

    def accept(self, params: dict[str, list[str]]) -> str | None:
        fmt = (params.get("format") or params.get("output") or [""])[0].lower()
        return FORMAT_PARAM.get(fmt) or fmt if "/" in fmt or fmt in FORMAT_PARAM else self.headers.get("Accept")

    def sparql(self, params: dict[str, list[str]], body: str | None) -> Answer:
        if "update" in params:
            return _text(403, "this endpoint is read-only: updates are refused")
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            return _text(400, "give exactly one 'query' (GET ?query=..., or POST a form or application/sparql-query)")
        if is_update(queries[0]):
            return _text(403, "this endpoint is read-only: updates are refused")
        return self.executor.run(Request(queries[0], self.accept(params), None,
                                         params.get("default-graph-uri"), params.get("named-graph-uri")))

    def named(self, name: str, params: dict[str, list[str]]) -> Answer:
        from kg.query import bind, named_queries, parse_params

        queries = named_queries()
        if name not in queries:
            return _text(404, f"unknown query '{name}'; named queries: {', '.join(queries)}")
        nq = queries[name]
        pairs = [f"{k}={v[0]}" for k, v in params.items() if k not in ("format", "output") and v and v[0] != ""]
        try:
            bound = parse_params(pairs, nq)
            sparql, subs = bind(nq.sparql, bound)
            summarised = bind(SPARQL_PREFIXES + nq.summarised, bound) if nq.summarised else None
        except QueryError as err:
            return _text(400, str(err))
        return self.executor.run(Request(sparql, self.accept(params), subs, summarised=summarised))


def named_list() -> list[dict]:
    from kg.query import named_queries

    return [{"name": q.name, "question": q.question, "parameters": q.parameters, "text": q.text}
            for q in named_queries().values()]


class _Server(ThreadingHTTPServer):
    # many clients connecting at once queue in the kernel instead of being refused (the default is 5)
    request_queue_size = 128


def make_server(host: str, port: int, path: Path | None, limits: Limits | None = None,
                memory_store: ox.Store | None = None, quiet: bool = True) -> ThreadingHTTPServer:
    """A server ready to ``serve_forever()``; ``port=0`` picks a free port (see ``server_address``)."""
    executor = Executor(path, limits or Limits(), memory_store)
    handler = type("BoundHandler", (Handler,), {"executor": executor, "quiet": quiet})
    server = _Server((host, port), handler)
    server.daemon_threads = True
    return server


def check_store(path: Path) -> None:
    """Serve only a store that exists, with its ontology and reference data up to date."""
    from kg.store import Store

    if not path.is_dir():
        raise StoreError("no store here; load releases first (aseankg load PATH)", path)
    store = Store(path)
    store.ensure_base()
    store.close()
    ox.Store.read_only(str(path))  # fails now, not at the first query, if the folder is not a store


def serve(host: str, port: int, path: Path, limits: Limits, echo=print, quiet: bool = False) -> None:
    check_store(path)
    try:
        server = make_server(host, port, path, limits, quiet=quiet)
    except OSError as exc:
        raise StoreError(f"cannot listen on {host}:{port} ({exc.strerror})") from None
    h, p = server.server_address[:2]
    echo(f"aseankg: serving {path} at http://{h}:{p}/ (SPARQL endpoint http://{h}:{p}/sparql); Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


# ------------------------------------------------------------------ the page


def page() -> str:
    """One self-contained page: no CDN, no external script, style or font."""
    return PAGE.replace("__PREFIXES__", json.dumps(SPARQL_PREFIXES))


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>aseankg SPARQL</title>
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em;margin:0 0 .6em}
textarea{width:100%;height:14em;font:13px/1.35 monospace;box-sizing:border-box}
#bar{margin:.5em 0;display:flex;gap:.6em;align-items:center;flex-wrap:wrap}
#params label{margin-right:.8em}
table{border-collapse:collapse;margin-top:.6em;font-size:13px}
td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
th{background:#eef}
#status{color:#555}
#status.error{color:#b00}
#question{color:#444;font-style:italic}
pre{background:#f6f6f6;padding:.6em;overflow:auto}
</style></head>
<body>
<h1>aseankg &mdash; ASEAN external relations knowledge graph</h1>
<div id="bar">
 <label>Named query <select id="named"><option value="">(write your own)</option></select></label>
 <span id="params"></span>
</div>
<div id="question"></div>
<textarea id="query" spellcheck="false">SELECT ?meeting ?label WHERE {
  ?meeting a akg:Meeting ; rdfs:label ?label .
} ORDER BY ?label LIMIT 20</textarea>
<div id="bar2"><button id="run">Run</button> <span id="status"></span></div>
<div id="results"></div>
<script>
const PREFIXES = __PREFIXES__;
let named = {};
const $ = (id) => document.getElementById(id);
function setStatus(text, error) { $("status").textContent = text; $("status").className = error ? "error" : ""; }
function hasPrefix(q, p) { return new RegExp("PREFIX\\\\s+" + p + ":", "i").test(q); }
function withPrefixes(q) {
  return PREFIXES.split("\\n").filter(l => l && !hasPrefix(q, l.split(/\\s+/)[1].slice(0, -1))).join("\\n") + "\\n" + q;
}
function renderTable(data) {
  const vars = data.head.vars, rows = data.results.bindings;
  const table = document.createElement("table");
  const head = table.insertRow();
  for (const v of vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
  for (const b of rows) {
    const tr = table.insertRow();
    for (const v of vars) { tr.insertCell().textContent = b[v] ? b[v].value : ""; }
  }
  $("results").replaceChildren(table);
  return rows.length;
}
async function run() {
  const sel = $("named").value;
  const text = $("query").value;
  let url, opts;
  const accept = "application/sparql-results+json, text/turtle;q=0.9";
  if (sel && named[sel] && text === named[sel].text) {
    const qs = new URLSearchParams();
    for (const input of $("params").querySelectorAll("input")) { if (input.value) qs.set(input.name, input.value); }
    url = "/queries/" + encodeURIComponent(sel) + "?" + qs;
    opts = {headers: {Accept: accept}};
  } else {
    url = "/sparql";
    opts = {method: "POST", headers: {Accept: accept, "Content-Type": "application/sparql-query"}, body: withPrefixes(text)};
  }
  setStatus("running…");
  const t0 = performance.now();
  try {
    const resp = await fetch(url, opts);
    const type = resp.headers.get("Content-Type") || "";
    const ms = Math.round(performance.now() - t0);
    if (!resp.ok) { setStatus("error " + resp.status + ": " + (await resp.text()), true); $("results").replaceChildren(); return; }
    if (type.includes("json")) {
      const data = await resp.json();
      if ("boolean" in data) { $("results").textContent = String(data.boolean); setStatus("done in " + ms + " ms"); return; }
      const n = renderTable(data);
      setStatus(n + " row" + (n === 1 ? "" : "s") + " in " + ms + " ms");
    } else {
      const pre = document.createElement("pre"); pre.textContent = await resp.text();
      $("results").replaceChildren(pre); setStatus("graph in " + ms + " ms");
    }
  } catch (e) { setStatus("error: " + e, true); }
}
function choose() {
  const q = named[$("named").value];
  $("params").replaceChildren();
  $("question").textContent = q ? q.question : "";
  if (!q) return;
  $("query").value = q.text;
  for (const p of q.parameters) {
    const label = document.createElement("label"); label.textContent = p + " ";
    const input = document.createElement("input"); input.name = p; input.id = "param-" + p;
    label.appendChild(input); $("params").appendChild(label);
  }
}
async function init() {
  try {
    const list = await (await fetch("/queries")).json();
    for (const q of list) {
      named[q.name] = q;
      const o = document.createElement("option"); o.value = q.name; o.textContent = q.name; $("named").appendChild(o);
    }
  } catch (e) { setStatus("cannot list the named queries: " + e, true); }
}
$("named").addEventListener("change", choose);
$("run").addEventListener("click", run);
$("query").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
init();
</script>
</body></html>
"""
