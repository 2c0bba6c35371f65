"""Named SPARQL queries (one ``queries/NAME.rq`` each, with a header saying the question) and
result formatting. Parameters are bound as RDF terms, never pasted into the query text."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox

from kg import resources
from kg.errors import EXIT_TIMEOUT, QueryError
from kg.namespaces import SPARQL_PREFIXES


@dataclass
class NamedQuery:
    name: str
    path: Path
    text: str
    question: str = ""
    parameters: list[str] = field(default_factory=list)
    summarised: str = ""  # the same question answered from the loader's summary (queries/summary/NAME.rq)

    @property
    def sparql(self) -> str:
        """The query with the project's prefixes declared (a query may declare its own as well)."""
        return SPARQL_PREFIXES + self.text

    def sparql_for(self, store) -> str:
        """The query to run on ``store``: the summarised form where the store keeps an up-to-date
        summary (kg/summary.py), else the query itself (older stores, SPARQL endpoints).
        ``ASEANKG_SUMMARY=off`` always runs the query itself."""
        if self.summarised and use_summary(store):
            return SPARQL_PREFIXES + self.summarised
        return self.sparql


def use_summary(store) -> bool:
    """Whether to answer from the store's summary: it holds an up-to-date one, and
    ``ASEANKG_SUMMARY`` is not ``off``."""
    return os.environ.get("ASEANKG_SUMMARY", "on") != "off" and summary_ready(store)


def summary_ready(store) -> bool:
    """Whether ``store`` (a kg.store.Store or a pyoxigraph Store) holds an up-to-date summary."""
    from kg import summary

    ox_store = getattr(store, "ox", store)
    return isinstance(ox_store, ox.Store) and summary.ready(ox_store)


def _header(text: str) -> tuple[str, list[str]]:
    question: list[str] = []
    params: list[str] = []
    section = ""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        if body.lower().startswith("question:"):
            section = "q"
            question.append(body.split(":", 1)[1].strip())
        elif body.lower().startswith("parameters:"):
            section = "p"
            rest = body.split(":", 1)[1].strip()
            if not rest.lower().startswith("none"):
                params += [m.group(1) for m in re.finditer(r"(?:^|,\s*)([A-Za-z_]\w*)(?=\s|$|,|\()", rest)]
        elif body.lower().startswith("example:"):
            section = ""
        elif section == "q" and body:
            question.append(body)
    return " ".join(question), params


def named_queries() -> dict[str, NamedQuery]:
    out = {}
    for path in sorted(resources.queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        question, params = _header(text)
        summarised = path.parent / "summary" / path.name
        out[path.stem] = NamedQuery(path.stem, path, text, question, params,
                                    summarised.read_text(encoding="utf-8") if summarised.exists() else "")
    return out


def resolve(name_or_file: str) -> NamedQuery:
    """A named query, or a .rq file given by path."""
    queries = named_queries()
    if name_or_file in queries:
        return queries[name_or_file]
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.exists():
        if not path.is_file():
            raise QueryError("no such query file", path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read the query ({exc})", path) from None
        question, params = _header(text)
        return NamedQuery(path.stem, path, text, question, params)
    raise QueryError(f"unknown query '{name_or_file}'; named queries: {', '.join(queries)}")


def parse_params(pairs: list[str], query: NamedQuery) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            raise QueryError(f"parameter '{pair}' is not NAME=VALUE")
        key, value = pair.split("=", 1)
        key = key.strip()
        if query.parameters and key not in query.parameters or not query.parameters and \
                not re.search(rf"\?{re.escape(key)}\b", query.text):
            known = ", ".join(query.parameters) or "none"
            raise QueryError(f"unknown parameter '{key}' for query '{query.name}'; it takes: {known}")
        params[key] = value
    return params


def term_for(value: str) -> ox.NamedNode | ox.Literal:
    """<...> is an IRI; anything else a plain string literal (so quotes and braces stay data)."""
    if value.startswith("<") and value.endswith(">") and " " not in value:
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError:
            pass
    return ox.Literal(value)


@dataclass
class Result:
    """A SELECT result (``variables`` and ``rows`` of RDF terms) or a graph (``triples``). ``note``
    says when the rows are a page of a larger answer, so that nobody takes a page for the whole."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[object | None]] = field(default_factory=list)
    triples: list | None = None
    boolean: bool | None = None
    note: str = ""


@contextmanager
def deadline(seconds: float, name: str) -> Iterator[None]:
    """Stop the process when a query runs past ``seconds``: Oxigraph cannot cancel a query from
    Python, and a runaway query would otherwise hold a core and the store until it ends."""

    def stop() -> None:
        sys.stderr.write(f"aseankg: query '{name}' stopped after {seconds:g} s (--timeout); narrow it "
                         "(LIMIT, more specific patterns) or give a longer --timeout\n")
        sys.stderr.flush()
        os._exit(EXIT_TIMEOUT)

    timer = threading.Timer(seconds, stop)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def bind(sparql: str, params: dict[str, str], probe: bool = False) -> tuple[str, dict]:
    """Bind parameters as RDF terms. A query declares ``VALUES ?name { UNDEF }`` where the value
    belongs; the term, serialised by the RDF library (quotes and braces escaped), replaces UNDEF.
    Oxigraph's own substitution is used for the rest (it binds results, not filters). The page size
    (``limit``) is set by :func:`set_page`; ``probe`` asks for one row more, to tell a cut page."""
    substitutions = {}
    for key, value in params.items():
        if key == LIMIT_PARAM and LIMIT_CLAUSE.search(sparql):
            continue
        terms = {key: term_for(value)}
        if key in RELEASE_PARAMS:
            terms[RELEASE_GRAPH] = _release_graph(value)
        bound = False
        for var, term in terms.items():
            placeholder = re.compile(rf"VALUES\s+\?{re.escape(var)}\s*\{{\s*UNDEF\s*\}}")
            if placeholder.search(sparql):
                sparql = placeholder.sub(lambda _m, v=var, t=term: f"VALUES ?{v} {{ {t} }}", sparql)
                bound = True
        if not bound:
            substitutions[ox.Variable(key)] = terms[key]
    if LIMIT_CLAUSE.search(sparql):
        sparql = set_page(sparql, page_size(sparql, params), probe)
    return sparql, substitutions


# A parameter naming a release by its file name (without extension) also binds ``?release_graph`` to
# that release's graph, named by the loader's own rule, so that a query can start from the graph
# (Oxigraph does not start from a graph computed in the query: it would read every graph first).
RELEASE_PARAMS = ("release", "file")
RELEASE_GRAPH = "release_graph"


def _release_graph(stem: str) -> ox.NamedNode:
    from kg.namespaces import release_iri

    return ox.NamedNode(str(release_iri(stem)))


LIMIT_PARAM = "limit"
# a listing query ends with its default page size ...
LIMIT_CLAUSE = re.compile(r"\bLIMIT\s+(\d+)\s*$")
# ... and may take its rows from a sub-select of candidates, cut without sorting so that Oxigraph can
# stop early; the outer query then sorts only those (``LIMIT N  # candidates``)
CANDIDATES_CLAUSE = re.compile(r"\bLIMIT\s+\d+(?=[ \t]*#[ \t]*candidates\b)")


# a contract query answers in full unless a page is asked for: its header says "# Page: every row ..."
WHOLE_BY_DEFAULT = re.compile(r"^#\s*Page:\s*every row", re.M | re.I)


def page_size(sparql: str, params: dict[str, str]) -> int:
    """The rows asked for: ``limit=M`` (0 for every row) or the query's default: every row for the
    contract queries (what a user loads is what they read back, however many rows), else the page
    the query ends with. Only a whole number is accepted, so the value cannot change what the query
    does."""
    if LIMIT_PARAM not in params:
        if WHOLE_BY_DEFAULT.search(sparql):
            return 0
        m = LIMIT_CLAUSE.search(sparql)
        return int(m.group(1)) if m else 0
    text = params[LIMIT_PARAM].strip()
    if not re.fullmatch(r"[0-9]+", text):
        raise QueryError(f"parameter 'limit' must be a whole number (0 for no limit), not '{params[LIMIT_PARAM]}'")
    return int(text)


def set_page(sparql: str, size: int, probe: bool = False) -> str:
    """Set a listing query's limits for a page of ``size`` rows (0 lifts them).

    Without candidates the query sorts its whole answer and the page is its first rows. With them,
    the candidates are at least the default page: an answer that small is sorted whole, and a page
    of it is its first rows; a larger answer gives a page taken in store order, sorted among itself
    (sorting 100,000 rows to show 1,000 would cost more than the page). ``probe`` fetches one
    candidate more than that, so that :func:`run` can tell which of the two the page is."""
    if size == 0:
        return CANDIDATES_CLAUSE.sub("", LIMIT_CLAUSE.sub("", sparql.rstrip()))
    default = int(LIMIT_CLAUSE.search(sparql).group(1))
    extra = 1 if probe else 0
    if CANDIDATES_CLAUSE.search(sparql):
        budget = max(size, default) + extra
        outer = budget if probe else size
        return LIMIT_CLAUSE.sub(f"LIMIT {outer}", CANDIDATES_CLAUSE.sub(f"LIMIT {budget}", sparql.rstrip()))
    return LIMIT_CLAUSE.sub(f"LIMIT {size + extra}", sparql.rstrip())


def _cut(result: Result, sparql: str, size: int) -> None:
    """Trim a probed page of the query ``sparql`` (as written) to ``size`` rows and say what the page
    is (see :func:`set_page`)."""
    if not size or len(result.rows) <= size:
        return
    fetched = len(result.rows)
    del result.rows[size:]
    budget = max(size, int(LIMIT_CLAUSE.search(sparql).group(1)))
    if CANDIDATES_CLAUSE.search(sparql) and fetched > budget:
        result.note = (f"{size} rows of a larger answer, taken in store order and sorted among themselves (an answer "
                       f"of over {budget} rows is not sorted whole); --param limit=0 for every row, sorted")
    else:
        result.note = f"first {size} rows; --param limit=0 for every row"


def run(store, query: NamedQuery, params: dict[str, str] | None = None) -> Result:
    """Run a query with its parameters bound; a listing query gives a page (see :func:`set_page`)."""
    params = params or {}
    text = query.sparql_for(store)
    paged = LIMIT_PARAM in query.parameters and bool(LIMIT_CLAUSE.search(text))
    sparql, substitutions = bind(text, params, probe=paged)
    size = page_size(text, params) if paged else 0
    try:
        out = store.query(sparql, substitutions)
    except SyntaxError as exc:
        raise QueryError(f"syntax error in query '{query.name}': {_line_col(str(exc), query)}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query '{query.name}' failed: {str(exc).splitlines()[0]}") from None
    if isinstance(out, ox.QuerySolutions):
        # a declared parameter is projected so that Oxigraph can substitute it, but it is input, not
        # output, unless the query names it among its columns (``meeting`` both selects and is shown)
        shown = _columns(query.text)
        columns = [(i, v.value) for i, v in enumerate(out.variables)
                   if v.value not in query.parameters or v.value in shown]
        index = [i for i, _v in columns]  # (by position: a solution reads a column by name several times slower)
        result = Result([v for _i, v in columns], [[row[i] for i in index] for row in out])
        _cut(result, text, size)
        return result
    if isinstance(out, ox.QueryBoolean):
        return Result(boolean=bool(out))
    return Result(triples=list(out))


def _columns(text: str) -> set[str]:
    """The variables the query's (first, outer) SELECT clause names."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    m = re.search(r"\bSELECT\b(.*?)(?:\bWHERE\b|\{)", body, re.S | re.I)
    return set(re.findall(r"[?$](\w+)", m.group(1))) if m else set()


def _line_col(message: str, query: NamedQuery) -> str:
    """Oxigraph reports positions in the prefixed query; shift them back to the user's text."""
    offset = SPARQL_PREFIXES.count("\n")
    m = re.search(r"(\d+):(\d+)", message)
    first = message.splitlines()[0]
    if m:
        line = int(m.group(1)) - offset
        return re.sub(r"\d+:\d+", f"line {line}, column {m.group(2)}", first, count=1)
    return first


def cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal | ox.NamedNode):
        return term.value
    return str(term)


def display_width(text: str) -> int:
    """Columns a terminal gives the text: Thai vowel and tone marks take none, wide characters two."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def as_table(result: Result, max_width: int = 60) -> str:
    rows = [[cell(c) for c in row] for row in result.rows]
    rows = [[c if display_width(c) <= max_width else _clip(c, max_width) for c in row] for row in rows]
    widths = [max([display_width(v)] + [display_width(r[i]) for r in rows]) for i, v in enumerate(result.variables)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(result.variables), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _clip(text: str, width: int) -> str:
    out = ""
    for ch in text:
        if display_width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def as_delimited(result: Result, delimiter: str = ",") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([cell(c).replace("\t", " ") if delimiter == "\t" else cell(c) for c in row])
    return buf.getvalue()


def as_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = []
    for row in result.rows:
        b = {}
        for var, term in zip(result.variables, row, strict=True):
            if term is None:
                continue
            if isinstance(term, ox.NamedNode):
                b[var] = {"type": "uri", "value": term.value}
            elif isinstance(term, ox.BlankNode):
                b[var] = {"type": "bnode", "value": term.value}
            else:
                d = {"type": "literal", "value": term.value}
                if term.language:
                    d["xml:lang"] = term.language
                elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                    d["datatype"] = term.datatype.value
                b[var] = d
        bindings.append(b)
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False,
                      indent=1)


def as_graph(result: Result, fmt: str) -> str:
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in result.triples or [])
    rdf_format = {"turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD, "nt": ox.RdfFormat.N_TRIPLES}[fmt]
    return store.dump(format=rdf_format, from_graph=ox.DefaultGraph()).decode()


def render(result: Result, fmt: str, notes: TextIO | None = None) -> str:
    """The result as text in ``fmt``. A page's note goes to ``notes`` (stderr by default), not into
    the text, so that CSV and JSON stay data while the person at the terminal still learns that the
    answer has more rows."""
    if result.note:
        (notes or sys.stderr).write(f"aseankg: {result.note}\n")
    if result.triples is not None:
        return as_graph(result, fmt if fmt in ("turtle", "jsonld", "nt") else "turtle")
    if result.boolean is not None:
        return as_json(result) if fmt == "json" else ("true" if result.boolean else "false")
    if fmt == "csv":
        return as_delimited(result, ",")
    if fmt == "tsv":
        return as_delimited(result, "\t")
    if fmt == "json":
        return as_json(result)
    return as_table(result)
