"""Binding query parameters as RDF terms (SEP-0007 substitution, done on the query's tokens).

pyoxigraph 0.5's ``substitutions`` binds only a projected variable and joins it with the
answers, and a remote server takes no substitutions at all: a FILTER or a subquery that uses the
parameter would never see the value. Here each token
of a bound variable is replaced by the term itself, serialised by pyoxigraph (so quotes,
backslashes, braces and newlines are escaped and the value is always exactly one literal or IRI
token); strings, IRIs and comments in the query are never touched. The same text then runs on
the embedded store and on any remote SPARQL server.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

_TOKENS = re.compile(r'''
    (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<comment>\#[^\n]*)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
''', re.VERBOSE | re.DOTALL)
_BOUND_OPEN = re.compile(r"(?i)\bBOUND\s*\(\s*$")
_CLOSE = re.compile(r"\s*\)")
_SELECT_CLAUSE = re.compile(r"(?is)\bSELECT\b(?:(?!\bWHERE\b)[^{])*$")
_ORDER_GROUP = re.compile(r"(?is)\b(?:ORDER|GROUP)\s+BY\b[^{}]*$")
_AS = re.compile(r"(?i)\bAS\s*$")


def term_text(term) -> str:
    """The term in SPARQL syntax, escaped by pyoxigraph."""
    return str(term)


def bind_terms(sparql: str, substitutions: dict | None) -> str:
    """The query with every token of a bound variable replaced by its term."""
    if not substitutions:
        return sparql
    terms = {(v.value if isinstance(v, ox.Variable) else str(v).lstrip("?$")): term_text(t)
             for v, t in substitutions.items()}
    out: list[str] = []
    pos = 0
    skip_close = False
    for m in _TOKENS.finditer(sparql):
        between = sparql[pos:m.start()]
        if skip_close:
            close = _CLOSE.match(between)
            if close:
                between = between[close.end():]
            skip_close = False
        out.append(between)
        pos = m.end()
        token = m.group(0)
        name = token[1:] if m.group("var") else None
        if name not in terms:
            out.append(token)
            continue
        so_far = "".join(out)
        if _BOUND_OPEN.search(so_far):  # BOUND(?x) with ?x bound is true
            out = [_BOUND_OPEN.sub("", so_far), "true"]
            skip_close = True
        elif _AS.search(so_far):
            out.append(token)  # (expr AS ?x): left for the parser to refuse, as SEP-0007 says
        elif _SELECT_CLAUSE.search(so_far) and _depth(_SELECT_CLAUSE.search(so_far).group(0)) == 0:
            out.append(f"({terms[name]} AS {token})")  # projected: keep the column, with the value
        elif _ORDER_GROUP.search(so_far):
            out.append(f"({terms[name]})")
        else:
            out.append(terms[name])
    rest = sparql[pos:]
    if skip_close:
        close = _CLOSE.match(rest)
        rest = rest[close.end():] if close else rest
    out.append(rest)
    return "".join(out)


def _depth(text: str) -> int:
    """How many parentheses are open at the end of ``text`` (strings already stripped by the lexer)."""
    depth = 0
    plain = _TOKENS.sub(" ", text)
    for ch in plain:
        depth += ch == "("
        depth -= ch == ")"
    return depth
