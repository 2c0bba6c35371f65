"""RDF terms as N-Triples strings: what the load path builds, validates and stores.

rdflib terms hash and compare in Python (``Identifier.__hash__``, ``Literal.__eq__``), which made
most of the validator's time per release. The load path therefore writes each term once, in the
syntax the store parses (``<iri>``, ``_:label``, ``"lexical"@lang``, ``"lexical"^^<datatype>``):
plain strings hash and compare in C, and the N-Quads body is a join. :func:`term` and :func:`node`
convert to and from rdflib where a literal's value (a date, a decimal) or pyshacl is needed.
"""

from __future__ import annotations

import re

from rdflib import BNode, Literal, URIRef

Term = str  # "<iri>", "_:label" or a literal, as N-Triples writes it
Terms = tuple[Term, Term, Term]

ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_UNESCAPE = {"\\": "\\", '"': '"', "n": "\n", "r": "\r"}
_ESCAPED = re.compile(r"\\(.)", re.S)
_LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"(?:@([^@"]+)|\^\^<([^>]*)>)?', re.S)
_NODES: dict[Term, URIRef | BNode | Literal] = {}


def term(node: URIRef | BNode | Literal) -> Term:
    """An rdflib term in N-Triples syntax (as :func:`kg.build.nt_term` writes it, without refusing an
    IRI the store would: the validator sees a release before the store does)."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, BNode):
        return f"_:{node}"
    return _literal(str(node), node.language, node.datatype)


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _literal(value: str, language: str | None, datatype: str | None) -> Term:
    lexical = value.translate(ESCAPE)
    if language:
        return f'"{lexical}"@{language}'
    if datatype:
        return f'"{lexical}"^^<{datatype}>'
    return f'"{lexical}"'


def ox_term(t) -> Term:
    """A pyoxigraph term as :func:`term` writes the rdflib one (a plain string literal without its
    xsd:string, as rdflib writes it)."""
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return f"<{t.value}>"
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    datatype = t.datatype.value
    return _literal(t.value, t.language, None if datatype == _XSD_STRING else datatype)


def split_literal(t: Term) -> tuple[str, str | None, str | None]:
    """A literal's lexical form (unescaped), language and datatype IRI."""
    m = _LITERAL.fullmatch(t)
    if m is None:
        raise ValueError(f"not a literal: {t[:80]}")
    text, lang, datatype = m.groups()
    if "\\" in text:
        text = _ESCAPED.sub(lambda e: _UNESCAPE.get(e.group(1), e.group(0)), text)
    return text, lang, datatype


def node(t: Term) -> URIRef | BNode | Literal:
    """The rdflib term for ``t`` (equal to the one :func:`term` was given); remembered, because the
    validator asks again for the same dates and numbers."""
    got = _NODES.get(t)
    if got is None:
        if t[0] == "<":
            got = URIRef(t[1:-1])
        elif t[0] == "_":
            got = BNode(t[2:])
        else:
            text, lang, datatype = split_literal(t)
            got = Literal(text, lang=lang, datatype=URIRef(datatype) if datatype else None)
        if len(_NODES) > 50_000:
            _NODES.clear()
        _NODES[t] = got
    return got


def lexical(t: Term) -> str:
    """What ``str()`` gives for the rdflib term: an IRI, a blank node's label or a literal's lexical form."""
    first = t[0]
    if first == "<":
        return t[1:-1]
    if first == "_":
        return t[2:]
    if t[-1] == '"' and "\\" not in t:
        return t[1:-1]
    return split_literal(t)[0]


def language(t: Term) -> str | None:
    """A literal's language tag, or None (a tag has no quote, so the last quote closes the lexical form)."""
    if t[0] != '"' or t[-1] == '"' or t[-1] == ">":
        return None
    return t[t.rfind('"') + 2:]
