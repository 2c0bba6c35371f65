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

    @property
    def sparql(self) -> str:
        """The query with the project's prefixes declared (a query may declare its own as well)."""
        return SPARQL_PREFIXES + self.text


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
        out[path.stem] = NamedQuery(path.stem, path, text, question, params)
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
    """A SELECT result (``variables`` and ``rows`` of RDF terms) or a graph (``triples``)."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[object | None]] = field(default_factory=list)
    triples: list | None = None
    boolean: bool | None = None


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


def bind(sparql: str, params: dict[str, str]) -> tuple[str, dict]:
    """Bind parameters as RDF terms. A query declares ``VALUES ?name { UNDEF }`` where the value
    belongs; the term, serialised by the RDF library (quotes and braces escaped), replaces UNDEF.
    Oxigraph's own substitution is used for the rest (it binds results, not filters)."""
    substitutions = {}
    for key, value in params.items():
        if key == LIMIT_PARAM and LIMIT_CLAUSE.search(sparql):
            sparql = _set_limit(sparql, value)
            continue
        term = term_for(value)
        placeholder = re.compile(rf"VALUES\s+\?{re.escape(key)}\s*\{{\s*UNDEF\s*\}}")
        if placeholder.search(sparql):
            sparql = placeholder.sub(lambda _m, k=key, t=term: f"VALUES ?{k} {{ {t} }}", sparql)
        else:
            substitutions[ox.Variable(key)] = term
    return sparql, substitutions


LIMIT_PARAM = "limit"
LIMIT_CLAUSE = re.compile(r"\bLIMIT\s+\d+\s*$")


def _set_limit(sparql: str, value: str) -> str:
    """A listing query ends with a default ``LIMIT N``; ``limit=M`` changes it and ``limit=0`` lifts
    it. Only a whole number is accepted, so the value cannot change what the query does."""
    text = value.strip()
    if not re.fullmatch(r"[0-9]+", text):
        raise QueryError(f"parameter 'limit' must be a whole number (0 for no limit), not '{value}'")
    return LIMIT_CLAUSE.sub(f"LIMIT {int(text)}" if int(text) else "", sparql.rstrip())


def run(store, query: NamedQuery, params: dict[str, str] | None = None) -> Result:
    sparql, substitutions = bind(query.sparql, params or {})
    try:
        out = store.query(sparql, substitutions)
    except SyntaxError as exc:
        raise QueryError(f"syntax error in query '{query.name}': {_line_col(str(exc), query)}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query '{query.name}' failed: {str(exc).splitlines()[0]}") from None
    if isinstance(out, ox.QuerySolutions):
        # a declared parameter is projected so that Oxigraph can substitute it, but it is input, not output
        variables = [v.value for v in out.variables if v.value not in query.parameters]
        return Result(variables, [[row[v] for v in variables] for row in out])
    if isinstance(out, ox.QueryBoolean):
        return Result(boolean=bool(out))
    return Result(triples=list(out))


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


def render(result: Result, fmt: str) -> str:
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
