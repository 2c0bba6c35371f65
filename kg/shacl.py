"""A small SHACL Core engine: ontology/shapes.ttl compiled once into Python checks.

pyshacl costs 15-60 ms per release (it builds an rdflib Graph and re-reads the shapes graph every
call), which caps loading near 20-70 releases/s. The shapes use a handful of SHACL Core
components, so they are compiled here into plain functions over a dict index of the release's
triples: under a millisecond a release. pyshacl stays the reference: ``validate_release(...,
engine="pyshacl")`` and tests/test_validate.py check that both agree on valid and broken graphs.
A shape using anything not implemented here makes :func:`compiled_shapes` return None, and
validation falls back to pyshacl, so a new shape is never silently ignored.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from kg.validate import Report, shapes

Node = URIRef | BNode | Literal
TYPE, SUBCLASS, LANG_STRING, XSD_STRING, RDFS_LITERAL = RDF.type, RDFS.subClassOf, RDF.langString, XSD.string, RDFS.Literal
_PYTHON_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
                 XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}
Path = URIRef | tuple  # predicate, ("seq", [paths]) or ("alt", [paths])


class Unsupported(Exception):
    """The shapes use a SHACL feature this engine does not implement."""


class Data:
    """The triples to validate, indexed by subject, with rdf:type and rdfs:subClassOf closed over."""

    def __init__(self, triples: Iterable[tuple]) -> None:
        spo: dict[Node, dict[URIRef, dict[Node, None]]] = {}
        for s, p, o in triples:
            props = spo.get(s)
            if props is None:
                props = spo[s] = {}
            objs = props.get(p)
            if objs is None:
                props[p] = {o: None}
            else:
                objs[o] = None
        self.spo = spo
        self._supers: dict[Node, set[Node]] = {}
        instances: dict[Node, set[Node]] = defaultdict(set)
        for s, props in spo.items():
            for t in props.get(TYPE, ()):
                for c in self.supers(t):
                    instances[c].add(s)
        self.instances = instances

    def objects(self, s: Node, p: URIRef) -> Iterable[Node]:
        props = self.spo.get(s)
        if props is None:
            return ()
        return props.get(p, ())

    def supers(self, cls: Node) -> set[Node]:
        """``cls`` and everything it is an rdfs:subClassOf*, in the data graph (as SHACL says)."""
        got = self._supers.get(cls)
        if got is None:
            got, todo = {cls}, [cls]
            while todo:
                for sup in self.objects(todo.pop(), SUBCLASS):
                    if sup not in got:
                        got.add(sup)
                        todo.append(sup)
            self._supers[cls] = got
        return got

    def is_instance(self, node: Node, cls: Node) -> bool:
        if isinstance(node, Literal):
            return False
        return any(cls in self.supers(t) for t in self.objects(node, TYPE))

    def values(self, focus: Node, path: Path) -> list[Node]:
        if isinstance(path, URIRef):
            return list(self.objects(focus, path))
        kind, parts = path
        out: dict[Node, None] = {}
        if kind == "alt":
            for part in parts:
                out.update(dict.fromkeys(self.values(focus, part)))
            return list(out)
        current = [focus]
        for part in parts:  # a sequence path
            step: dict[Node, None] = {}
            for node in current:
                step.update(dict.fromkeys(self.values(node, part)))
            current = list(step)
        return current


@dataclass
class Result:
    focus: Node
    path: Path | None
    component: str  # e.g. MinCountConstraintComponent
    value: Node | None
    message: str
    shape: Node


# a check takes the data, the focus node and its value nodes and yields (value or None, generic message)
Check = Callable[[Data, Node, list[Node]], list[tuple[Node | None, str]]]


@dataclass
class Shape:
    node: Node
    path: Path | None = None
    targets: list[Node] = field(default_factory=list)
    checks: list[tuple[str, Check]] = field(default_factory=list)
    properties: list[Shape] = field(default_factory=list)
    message: str = ""

    def results(self, data: Data, focus: Node) -> list[Result]:
        values = [focus] if self.path is None else data.values(focus, self.path)
        out = []
        for component, check in self.checks:
            for value, generic in check(data, focus, values):
                out.append(Result(focus, self.path, component, value, self.message or generic, self.node))
        for prop in self.properties:
            out.extend(prop.results(data, focus))
        return out

    def conforms(self, data: Data, focus: Node) -> bool:
        return not self.results(data, focus)


def _is_string_value(v: Node) -> bool:
    return isinstance(v, Literal) and isinstance(v.value, str)


def _datatype_ok(v: Node, dt: URIRef) -> bool:
    """As pyshacl's DatatypeConstraintComponent decides it."""
    if not isinstance(v, Literal):
        return False
    if v.datatype == dt:
        if getattr(v, "ill_typed", None) is True:
            return False
    elif dt == RDFS_LITERAL:
        return True
    elif not (v.datatype is None and v.language is None and dt == XSD_STRING) and not (
            dt == LANG_STRING and v.language):
        return False
    expected = _PYTHON_TYPES.get(dt)
    return isinstance(v.value, expected) if expected else True


def _compare(v: Node, bound: Literal) -> int | None:
    """-1/0/1 as pyshacl compares literals for the range constraints, None when incomparable."""
    from pyshacl.rdfutil.compare import compare_literal

    if not isinstance(v, Literal) or _is_string_value(v) != _is_string_value(bound):
        return None
    try:
        return compare_literal(v, bound)
    except (TypeError, NotImplementedError):
        return None


class Compiler:
    """Turns the shapes graph into :class:`Shape` objects; raises :class:`Unsupported` on anything unknown."""

    KNOWN = {SH.targetClass, SH.property, SH.path, SH.minCount, SH.maxCount, SH["class"], SH.datatype, SH.pattern,
             SH.flags, SH.minLength, SH.maxLength, SH["in"], SH.languageIn, SH.uniqueLang, SH.nodeKind,
             SH.lessThanOrEquals, SH.minInclusive, SH.minExclusive, SH.maxInclusive, SH.maxExclusive,
             SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.xone, SH["or"], SH["and"],
             SH["not"], SH.node, SH.hasValue, SH.message, SH.name, SH.description, RDF.type, RDFS.comment,
             RDFS.label, SH.targetNode}

    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self.cache: dict[Node, Shape] = {}

    def shapes(self) -> list[Shape]:
        nodes = set(self.g.subjects(RDF.type, SH.NodeShape)) | set(self.g.subjects(SH.targetClass, None))
        if set(self.g.subjects(RDF.type, SH.PropertyShape)) - set(self.g.objects(None, SH.property)):
            raise Unsupported("a top-level property shape")
        return [self.shape(n) for n in sorted(nodes, key=str)]

    def shape(self, node: Node) -> Shape:
        if node in self.cache:
            return self.cache[node]
        unknown = {p for p in self.g.predicates(node, None)} - self.KNOWN
        if unknown:
            raise Unsupported(f"{node}: {', '.join(sorted(str(u) for u in unknown))}")
        path_node = self.g.value(node, SH.path)
        shape = Shape(node, self.path(path_node) if path_node is not None else None)
        self.cache[node] = shape
        shape.targets = list(self.g.objects(node, SH.targetClass))
        if list(self.g.objects(node, SH.targetNode)):
            raise Unsupported("sh:targetNode")
        message = self.g.value(node, SH.message)
        shape.message = str(message) if message is not None else ""
        for p, o in sorted(self.g.predicate_objects(node), key=lambda po: (str(po[0]), str(po[1]))):
            check = self.check(node, p, o)
            if check:
                shape.checks.append(check)
        shape.properties = [self.shape(p) for p in self.g.objects(node, SH.property)]
        return shape

    def path(self, node: Node) -> Path:
        if isinstance(node, URIRef):
            return node
        alt = self.g.value(node, SH.alternativePath)
        if alt is not None:
            return ("alt", [self.path(n) for n in Collection(self.g, alt)])
        if self.g.value(node, RDF.first) is not None:
            return ("seq", [self.path(n) for n in Collection(self.g, node)])
        raise Unsupported(f"path {node}")

    def check(self, shape: Node, p: URIRef, o: Node) -> tuple[str, Check] | None:
        g = self.g
        if p == SH.minCount:
            n = int(o)
            return "MinCountConstraintComponent", lambda d, f, vs: [] if len(vs) >= n else [
                (None, f"Less than {n} values")]
        if p == SH.maxCount:
            n = int(o)
            return "MaxCountConstraintComponent", lambda d, f, vs: [] if len(vs) <= n else [
                (None, f"More than {n} values")]
        if p == SH["class"]:
            return "ClassConstraintComponent", lambda d, f, vs: [
                (v, f"Value does not have class {o.n3()}") for v in vs if not d.is_instance(v, o)]
        if p == SH.datatype:
            return "DatatypeConstraintComponent", lambda d, f, vs: [
                (v, f"Value is not Literal with datatype {o.n3()}") for v in vs if not _datatype_ok(v, o)]
        if p == SH.pattern:
            flags = g.value(shape, SH.flags)
            rx = re.compile(str(o), re.I if flags is not None and "i" in str(flags) else 0)
            return "PatternConstraintComponent", lambda d, f, vs: [
                (v, f"Value does not match pattern '{o}'") for v in vs if isinstance(v, BNode) or not rx.search(str(v))]
        if p in (SH.minLength, SH.maxLength):
            n, low = int(o), p == SH.minLength
            return ("MinLengthConstraintComponent" if low else "MaxLengthConstraintComponent"), lambda d, f, vs: [
                (v, f"String length not {'>=' if low else '<='} {n}") for v in vs
                if isinstance(v, BNode) or (len(str(v)) < n if low else len(str(v)) > n)]
        if p == SH["in"]:
            allowed = frozenset(Collection(g, o))
            return "InConstraintComponent", lambda d, f, vs: [
                (v, "Value not in list") for v in vs if v not in allowed]
        if p == SH.languageIn:
            langs = {str(x).lower() for x in Collection(g, o)}

            def lang_in(d: Data, f: Node, vs: list[Node]) -> list[tuple[Node | None, str]]:
                bad = []
                for v in vs:
                    lang = v.language.lower() if isinstance(v, Literal) and v.language else ""
                    if not lang or (lang not in langs and lang.split("-")[0] not in langs):
                        bad.append((v, f"String language is not in {sorted(langs)}"))
                return bad

            return "LanguageInConstraintComponent", lang_in
        if p == SH.uniqueLang:
            if not o.toPython():
                return None

            def unique(d: Data, f: Node, vs: list[Node]) -> list[tuple[Node | None, str]]:
                seen: dict[str, int] = defaultdict(int)
                for v in vs:
                    if isinstance(v, Literal) and v.language:
                        seen[v.language.lower()] += 1
                return [(None, f"More than one String shares language {lang}") for lang, n in seen.items() if n > 1]

            return "UniqueLangConstraintComponent", unique
        if p == SH.nodeKind:
            kinds = {SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,),
                     SH.BlankNodeOrIRI: (BNode, URIRef), SH.BlankNodeOrLiteral: (BNode, Literal),
                     SH.IRIOrLiteral: (URIRef, Literal)}[o]
            return "NodeKindConstraintComponent", lambda d, f, vs: [
                (v, f"Value is not of node kind {o.n3()}") for v in vs if not isinstance(v, kinds)]
        if p == SH.lessThanOrEquals:
            other = o

            def ltoe(d: Data, f: Node, vs: list[Node]) -> list[tuple[Node | None, str]]:
                bad = []
                for v in vs:
                    for w in d.objects(f, other):
                        if isinstance(v, BNode) or isinstance(w, BNode):  # pyshacl errors out: not comparable
                            bad.append((v, "a blank node cannot be compared"))
                            continue
                        a = str(v) if isinstance(v, URIRef) else v.value if _is_string_value(v) else v
                        b = str(w) if isinstance(w, URIRef) else w.value if _is_string_value(w) else w
                        if isinstance(a, str) != isinstance(b, str) or not a <= b:
                            bad.append((v, f"Value is not <= {other.n3()}"))
                return bad

            return "LessThanOrEqualsConstraintComponent", ltoe
        ranges = {SH.minInclusive: ("MinInclusive", lambda c: c >= 0), SH.minExclusive: ("MinExclusive", lambda c: c > 0),
                  SH.maxInclusive: ("MaxInclusive", lambda c: c <= 0), SH.maxExclusive: ("MaxExclusive", lambda c: c < 0)}
        if p in ranges:
            name, ok = ranges[p]

            def in_range(d: Data, f: Node, vs: list[Node]) -> list[tuple[Node | None, str]]:
                bad = []
                for v in vs:
                    c = _compare(v, o)
                    if c is None or not ok(c):
                        bad.append((v, f"Value fails {name} {o}"))
                return bad

            return f"{name}ConstraintComponent", in_range
        if p == SH.qualifiedValueShape:
            inner = self.shape(o)
            low, high = g.value(shape, SH.qualifiedMinCount), g.value(shape, SH.qualifiedMaxCount)
            if g.value(shape, SH.qualifiedValueShapesDisjoint) is not None:
                raise Unsupported("sh:qualifiedValueShapesDisjoint")

            def qualified(d: Data, f: Node, vs: list[Node]) -> list[tuple[Node | None, str]]:
                n = sum(1 for v in vs if inner.conforms(d, v))
                if low is not None and n < int(low):
                    return [(None, f"Focus node does not conform to shape {o.n3()} at least {low} times")]
                if high is not None and n > int(high):
                    return [(None, f"Focus node conforms to shape {o.n3()} more than {high} times")]
                return []

            component = "QualifiedMinCountConstraintComponent" if low is not None else "QualifiedMaxCountConstraintComponent"
            return component, qualified
        if p in (SH.xone, SH["or"], SH["and"]):
            members = [self.shape(m) for m in Collection(g, o)]
            want = {SH.xone: lambda n: n == 1, SH["or"]: lambda n: n >= 1, SH["and"]: lambda n: n == len(members)}[p]
            label = str(p).rsplit("#", 1)[1]
            return f"{label.capitalize()}ConstraintComponent", lambda d, f, vs: [
                (v, f"Node does not conform to sh:{label}") for v in vs
                if not want(sum(1 for m in members if m.conforms(d, v)))]
        if p == SH["not"]:
            inner = self.shape(o)
            return "NotConstraintComponent", lambda d, f, vs: [
                (v, f"Node conforms to {o.n3()}, which it must not") for v in vs if inner.conforms(d, v)]
        if p == SH.node:
            inner = self.shape(o)
            return "NodeConstraintComponent", lambda d, f, vs: [
                (v, f"Value does not conform to shape {o.n3()}") for v in vs if not inner.conforms(d, v)]
        if p == SH.hasValue:
            return "HasValueConstraintComponent", lambda d, f, vs: [] if o in vs else [
                (None, f"Node is missing the value {o.n3()}")]
        return None  # a target, a path, a nested property, a message or a comment


@dataclass
class CompiledShapes:
    shapes: list[Shape]

    def results(self, triples: Iterable[tuple]) -> list[Result]:
        data = Data(triples)
        out = []
        for shape in self.shapes:
            focus: dict[Node, None] = {}
            for cls in shape.targets:
                focus.update(dict.fromkeys(sorted(data.instances.get(cls, ()), key=str)))
            for f in focus:
                out.extend(shape.results(data, f))
        return out

    def validate(self, triples: Iterable[tuple]) -> Report:
        results = self.results(triples)
        return Report(not results, report_text(results), len(results))


def _show(node: Node | tuple | None) -> str:
    if node is None:
        return ""
    if isinstance(node, tuple):
        sep = " / " if node[0] == "seq" else " | "
        return "( " + sep.join(_show(n) for n in node[1]) + " )"
    from kg.namespaces import PREFIXES

    if isinstance(node, URIRef):
        for prefix, ns in PREFIXES.items():
            if node.startswith(str(ns)) and re.fullmatch(r"[\w.-]*", node[len(str(ns)):]):
                return f"{prefix}:{node[len(str(ns)):]}"
    return node.n3()


def report_text(results: list[Result]) -> str:
    """Laid out like pyshacl's text report, so :meth:`Report.summary` reads both."""
    lines = ["Validation Report", f"Conforms: {not results}"]
    if results:
        lines.append(f"Results ({len(results)}):")
    for r in results:
        lines += [f"Constraint Violation in {r.component} (http://www.w3.org/ns/shacl#{r.component}):",
                  "\tSeverity: sh:Violation", f"\tSource Shape: {_show(r.shape)}", f"\tFocus Node: {_show(r.focus)}"]
        if r.value is not None:
            lines.append(f"\tValue Node: {_show(r.value)}")
        if r.path is not None:
            lines.append(f"\tResult Path: {_show(r.path)}")
        lines.append(f"\tMessage: {r.message}")
    return "\n".join(lines) + "\n"


@cache
def compiled_shapes() -> CompiledShapes | None:
    """The compiled shapes, or None when they need a feature only pyshacl has."""
    try:
        return CompiledShapes(Compiler(shapes()).shapes())
    except Unsupported:
        return None
