"""A small SHACL Core engine: ontology/shapes.ttl compiled once into Python checks.

pyshacl costs 15-60 ms per release (it builds an rdflib Graph and re-reads the shapes graph every
call), which caps loading near 20-70 releases/s. The shapes use a handful of SHACL Core
components, so they are compiled here into plain functions over a dict index of the release's
triples: under a millisecond a release. pyshacl stays the reference: ``validate_release(...,
engine="pyshacl")`` and tests/test_validate.py check that both agree on valid and broken graphs.
A shape using anything not implemented here makes :func:`compiled_shapes` return None, and
validation falls back to pyshacl, so a new shape is never silently ignored.

The data are N-Triples term strings (:mod:`kg.terms`), not rdflib terms, because hashing and
comparing rdflib terms was most of the time; a literal becomes an rdflib Literal only where its
value matters (datatype and range checks, remembered per term), and a result's nodes only when a
release fails. Two literals that differ only in the case of their language tag are one value
for rdflib and two here; the builder writes lower-case tags only.
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

from kg.terms import language, lexical, node, term
from kg.validate import Report, shapes

Node = str  # an RDF term in N-Triples syntax: "<iri>", "_:label" or a literal (kg.terms)
RdfNode = URIRef | BNode | Literal
TYPE, SUBCLASS = term(RDF.type), term(RDFS.subClassOf)
XSD_STRING, RDFS_LITERAL = str(XSD.string), str(RDFS.Literal)
_PYTHON_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
                 XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}
Path = Node | tuple  # a predicate, ("seq", [paths]) or ("alt", [paths])
RdfPath = URIRef | tuple


class Unsupported(Exception):
    """The shapes use a SHACL feature this engine does not implement."""


Index = dict[Node, dict[Node, dict[Node, None]]]  # subject -> predicate -> objects, in order


class Data:
    """The triples to validate, indexed by subject, with rdf:type and rdfs:subClassOf closed over.

    ``context`` adds subjects already indexed (the reference nodes a release touches, indexed once
    per process): their objects follow the triples' own, as if their triples came after. Nothing
    here changes an index once it is built, so those dicts are shared, not copied."""

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]], context: Index | None = None) -> None:
        spo: Index = {}
        for s, p, o in triples:
            props = spo.get(s)
            if props is None:
                props = spo[s] = {}
            objs = props.get(p)
            if objs is None:
                props[p] = {o: None}
            else:
                objs[o] = None
        for s, extra in (context or {}).items():
            props = spo.get(s)
            if props is None:
                spo[s] = extra
                continue
            for p, more in extra.items():
                objs = props.get(p)
                if objs is None:
                    props[p] = more
                else:
                    objs.update(more)  # a dict of this release's, made above: not shared
        self.spo = spo
        self._supers: dict[Node, set[Node]] = {}
        self._classes: dict[Node, set[Node]] = {}
        instances: dict[Node, set[Node]] = defaultdict(set)
        for s, props in spo.items():
            types = props.get(TYPE)
            if types:
                for t in types:
                    for c in self.supers(t):
                        instances[c].add(s)
        self.instances = instances

    def objects(self, s: Node, p: Node) -> Iterable[Node]:
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

    def classes(self, v: Node) -> set[Node]:
        """Every class ``v`` is an instance of (its types and their superclasses); none for a literal."""
        got = self._classes.get(v)
        if got is None:
            got = set()
            props = self.spo.get(v)
            if v[0] != '"' and props is not None:
                for t in props.get(TYPE, ()):
                    got |= self.supers(t)
            self._classes[v] = got
        return got

    def is_instance(self, v: Node, cls: Node) -> bool:
        return cls in self.classes(v)

    def values(self, focus: Node, path: Path) -> list[Node]:
        if path.__class__ is str:
            props = self.spo.get(focus)
            if props is None:
                return []
            objs = props.get(path)
            return list(objs) if objs else []
        kind, parts = path
        out: dict[Node, None] = {}
        if kind == "alt":
            for part in parts:
                out.update(dict.fromkeys(self.values(focus, part)))
            return list(out)
        current = [focus]
        spo = self.spo
        for part in parts:  # a sequence path
            step: dict[Node, None] = {}
            for n in current:
                if part.__class__ is str:
                    props = spo.get(n)
                    if props is not None and part in props:
                        step.update(props[part])
                else:
                    step.update(dict.fromkeys(self.values(n, part)))
            current = list(step)
        return current


@dataclass
class Result:
    focus: RdfNode
    path: RdfPath | None
    component: str  # e.g. MinCountConstraintComponent
    value: RdfNode | None
    message: str
    shape: RdfNode


# a check takes the data, the focus node and its value nodes and yields (value or None, generic message)
Check = Callable[[Data, Node, list[Node]], list[tuple[Node | None, str]]]
# its test says whether it yields nothing, without making the messages (most nodes conform)
Test = Callable[[Data, Node, Iterable[Node]], bool]


@dataclass
class Shape:
    node: RdfNode
    path: RdfPath | None = None  # as the shapes say it (for the report)
    steps: Path | None = None  # the same path over terms
    targets: list[Node] = field(default_factory=list)
    checks: list[tuple[str, Check, Test]] = field(default_factory=list)
    properties: list[Shape] = field(default_factory=list)
    message: str = ""
    plan: list[tuple[Path | None, list[Test]]] = field(default_factory=list)  # see prepare

    def prepare(self, within: frozenset[int] = frozenset()) -> list[tuple[Path | None, list[Test]]]:
        """What :meth:`conforms` runs, made once the shapes are compiled: this shape's path and tests,
        then its property shapes' (theirs are about the same focus node, so they run in the same loop,
        without a call per property shape)."""
        if id(self) in within:
            raise Unsupported(f"{self.node}: a property shape within itself")
        plan = [(self.steps, [test for _component, _check, test in self.checks])]
        for prop in self.properties:
            plan += prop.prepare(within | {id(self)})
        self.plan = plan
        return plan

    def results(self, data: Data, focus: Node) -> list[Result]:
        values = [focus] if self.steps is None else data.values(focus, self.steps)
        out = []
        for component, check, _test in self.checks:
            for value, generic in check(data, focus, values):
                out.append(Result(node(focus), self.path, component, None if value is None else node(value),
                                  self.message or generic, self.node))
        for prop in self.properties:
            out.extend(prop.results(data, focus))
        return out

    def conforms(self, data: Data, focus: Node) -> bool:
        """``not self.results(...)``, stopping at the first failing check."""
        props = data.spo.get(focus)
        values: Iterable[Node]
        for steps, tests in self.plan:
            if steps is None:
                values = (focus,)
            elif steps.__class__ is str:  # one predicate: its objects as indexed (a dict, not copied)
                values = props.get(steps, ()) if props is not None else ()
            else:
                values = data.values(focus, steps)
            for test in tests:
                if not test(data, focus, values):
                    return False
        return True


def _is_string_value(v: RdfNode) -> bool:
    return isinstance(v, Literal) and isinstance(v.value, str)


def _rdf_datatype_ok(v: RdfNode, dt: URIRef) -> bool:
    """As pyshacl's DatatypeConstraintComponent decides it."""
    if not isinstance(v, Literal):
        return False
    if v.datatype == dt:
        if getattr(v, "ill_typed", None) is True:
            return False
    elif dt == RDFS.Literal:
        return True
    elif not (v.datatype is None and v.language is None and dt == XSD.string) and not (
            dt == RDF.langString and v.language):
        return False
    expected = _PYTHON_TYPES.get(dt)
    return isinstance(v.value, expected) if expected else True


_DATATYPE_OK: dict[tuple[Node, str], bool] = {}


def _datatype_ok(v: Node, dt: str) -> bool:
    """:func:`_rdf_datatype_ok` on a term: a plain literal's value is its string; other literals are
    decided once by rdflib and remembered (the same dates and offsets come back every release)."""
    if v[0] != '"':
        return False
    if v[-1] == '"':
        return dt in (XSD_STRING, RDFS_LITERAL)
    key = (v, dt)
    got = _DATATYPE_OK.get(key)
    if got is None:
        got = _rdf_datatype_ok(node(v), URIRef(dt))
        if len(_DATATYPE_OK) > 50_000:
            _DATATYPE_OK.clear()
        _DATATYPE_OK[key] = got
    return got


_COMPARED: dict[tuple[Node, Node], int | None] = {}


def _compare(v: Node, bound: Literal, bound_term: Node) -> int | None:
    """-1/0/1 as pyshacl compares literals for the range constraints, None when incomparable
    (remembered per value and bound)."""
    if v[0] != '"':
        return None
    key = (v, bound_term)
    if key in _COMPARED:
        return _COMPARED[key]
    from pyshacl.rdfutil.compare import compare_literal

    literal = node(v)
    got: int | None = None
    if _is_string_value(literal) == _is_string_value(bound):
        try:
            got = compare_literal(literal, bound)
        except (TypeError, NotImplementedError):
            got = None
    if len(_COMPARED) > 50_000:
        _COMPARED.clear()
    _COMPARED[key] = got
    return got


_KINDS = {SH.IRI: "<", SH.BlankNode: "_", SH.Literal: '"', SH.BlankNodeOrIRI: "_<", SH.BlankNodeOrLiteral: '_"',
          SH.IRIOrLiteral: '<"'}


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
        self.cache: dict[RdfNode, Shape] = {}

    def shapes(self) -> list[Shape]:
        nodes = set(self.g.subjects(RDF.type, SH.NodeShape)) | set(self.g.subjects(SH.targetClass, None))
        if set(self.g.subjects(RDF.type, SH.PropertyShape)) - set(self.g.objects(None, SH.property)):
            raise Unsupported("a top-level property shape")
        shapes = [self.shape(n) for n in sorted(nodes, key=str)]
        for shape in self.cache.values():
            shape.prepare()
        return shapes

    def shape(self, n: RdfNode) -> Shape:
        if n in self.cache:
            return self.cache[n]
        unknown = {p for p in self.g.predicates(n, None)} - self.KNOWN
        if unknown:
            raise Unsupported(f"{n}: {', '.join(sorted(str(u) for u in unknown))}")
        path_node = self.g.value(n, SH.path)
        path = self.path(path_node) if path_node is not None else None
        shape = Shape(n, path, _steps(path))
        self.cache[n] = shape
        shape.targets = [term(c) for c in self.g.objects(n, SH.targetClass)]
        if list(self.g.objects(n, SH.targetNode)):
            raise Unsupported("sh:targetNode")
        message = self.g.value(n, SH.message)
        shape.message = str(message) if message is not None else ""
        for p, o in sorted(self.g.predicate_objects(n), key=lambda po: (str(po[0]), str(po[1]))):
            check = self.check(n, p, o)
            if check:
                shape.checks.append(check)
        shape.properties = [self.shape(p) for p in self.g.objects(n, SH.property)]
        return shape

    def path(self, n: RdfNode) -> RdfPath:
        if isinstance(n, URIRef):
            return n
        alt = self.g.value(n, SH.alternativePath)
        if alt is not None:
            return ("alt", [self.path(m) for m in Collection(self.g, alt)])
        if self.g.value(n, RDF.first) is not None:
            return ("seq", [self.path(m) for m in Collection(self.g, n)])
        raise Unsupported(f"path {n}")

    def check(self, shape: RdfNode, p: URIRef, o: RdfNode) -> tuple[str, Check, Test] | None:
        made = self._check(shape, p, o)
        if made is None:
            return None
        component, check, *test = made
        return component, check, test[0] if test else (lambda d, f, vs: not check(d, f, vs))

    def _check(self, shape: RdfNode, p: URIRef, o: RdfNode) -> tuple | None:
        """(component, check) or (component, check, test) for one constraint of ``shape``; a test
        must answer exactly ``not check(...)``."""
        g = self.g
        if p == SH.minCount:
            n = int(o)
            return ("MinCountConstraintComponent", lambda d, f, vs: [] if len(vs) >= n else [
                (None, f"Less than {n} values")], lambda d, f, vs: len(vs) >= n)
        if p == SH.maxCount:
            n = int(o)
            return ("MaxCountConstraintComponent", lambda d, f, vs: [] if len(vs) <= n else [
                (None, f"More than {n} values")], lambda d, f, vs: len(vs) <= n)
        if p == SH["class"]:
            cls, message = term(o), f"Value does not have class {o.n3()}"

            def has_class(d: Data, f: Node, vs: Iterable[Node]) -> bool:
                for v in vs:  # noqa: SIM110 - all() and a generator cost more, on the hot path
                    if cls not in d.classes(v):
                        return False
                return True

            return "ClassConstraintComponent", lambda d, f, vs: [
                (v, message) for v in vs if not d.is_instance(v, cls)], has_class
        if p == SH.datatype:
            dt, message = str(o), f"Value is not Literal with datatype {o.n3()}"

            def typed(d: Data, f: Node, vs: Iterable[Node]) -> bool:
                for v in vs:  # noqa: SIM110 - as above
                    if not _datatype_ok(v, dt):
                        return False
                return True

            return "DatatypeConstraintComponent", lambda d, f, vs: [
                (v, message) for v in vs if not _datatype_ok(v, dt)], typed
        if p == SH.pattern:
            flags = g.value(shape, SH.flags)
            rx = re.compile(str(o), re.I if flags is not None and "i" in str(flags) else 0)
            message = f"Value does not match pattern '{o}'"

            def matches(d: Data, f: Node, vs: Iterable[Node]) -> bool:
                return not any(v[0] == "_" or not rx.search(lexical(v)) for v in vs)

            return "PatternConstraintComponent", lambda d, f, vs: [
                (v, message) for v in vs if v[0] == "_" or not rx.search(lexical(v))], matches
        if p in (SH.minLength, SH.maxLength):
            n, low = int(o), p == SH.minLength
            message = f"String length not {'>=' if low else '<='} {n}"

            def too_short_or_long(v: Node) -> bool:
                return v[0] == "_" or (len(lexical(v)) < n if low else len(lexical(v)) > n)

            return (("MinLengthConstraintComponent" if low else "MaxLengthConstraintComponent"),
                    lambda d, f, vs: [(v, message) for v in vs if too_short_or_long(v)],
                    lambda d, f, vs: not any(too_short_or_long(v) for v in vs))
        if p == SH["in"]:
            allowed = frozenset(term(x) for x in Collection(g, o))
            return ("InConstraintComponent", lambda d, f, vs: [(v, "Value not in list") for v in vs if v not in allowed],
                    lambda d, f, vs: allowed.issuperset(vs))
        if p == SH.languageIn:
            langs = {str(x).lower() for x in Collection(g, o)}
            message = f"String language is not in {sorted(langs)}"

            def other_language(v: Node) -> bool:
                lang = language(v)
                lang = lang.lower() if lang else ""
                return not lang or (lang not in langs and lang.split("-")[0] not in langs)

            return ("LanguageInConstraintComponent", lambda d, f, vs: [(v, message) for v in vs if other_language(v)],
                    lambda d, f, vs: not any(other_language(v) for v in vs))
        if p == SH.uniqueLang:
            if not o.toPython():
                return None

            def unique(d: Data, f: Node, vs: Iterable[Node]) -> list[tuple[Node | None, str]]:
                seen: dict[str, int] = defaultdict(int)
                for v in vs:
                    lang = language(v)
                    if lang:
                        seen[lang.lower()] += 1
                return [(None, f"More than one String shares language {lang}") for lang, n in seen.items() if n > 1]

            def unique_test(d: Data, f: Node, vs: Iterable[Node]) -> bool:
                seen: set[str] = set()
                for v in vs:
                    lang = language(v)
                    if lang:
                        lang = lang.lower()
                        if lang in seen:
                            return False
                        seen.add(lang)
                return True

            return "UniqueLangConstraintComponent", unique, unique_test
        if p == SH.nodeKind:
            kinds, message = _KINDS[o], f"Value is not of node kind {o.n3()}"
            return ("NodeKindConstraintComponent", lambda d, f, vs: [(v, message) for v in vs if v[0] not in kinds],
                    lambda d, f, vs: not any(v[0] not in kinds for v in vs))
        if p == SH.lessThanOrEquals:
            other, message = term(o), f"Value is not <= {o.n3()}"

            def ltoe(d: Data, f: Node, vs: Iterable[Node]) -> list[tuple[Node | None, str]]:
                bad = []
                for v in vs:
                    for w in d.objects(f, other):
                        if v[0] == "_" or w[0] == "_":  # pyshacl errors out: not comparable
                            bad.append((v, "a blank node cannot be compared"))
                            continue
                        a, b = _comparable(v), _comparable(w)
                        if isinstance(a, str) != isinstance(b, str) or not a <= b:
                            bad.append((v, message))
                return bad

            return "LessThanOrEqualsConstraintComponent", ltoe
        ranges = {SH.minInclusive: ("MinInclusive", lambda c: c >= 0), SH.minExclusive: ("MinExclusive", lambda c: c > 0),
                  SH.maxInclusive: ("MaxInclusive", lambda c: c <= 0), SH.maxExclusive: ("MaxExclusive", lambda c: c < 0)}
        if p in ranges:
            name, ok = ranges[p]
            message, bound = f"Value fails {name} {o}", term(o)

            def out_of_range(v: Node) -> bool:
                c = _compare(v, o, bound)
                return c is None or not ok(c)

            return (f"{name}ConstraintComponent", lambda d, f, vs: [(v, message) for v in vs if out_of_range(v)],
                    lambda d, f, vs: not any(out_of_range(v) for v in vs))
        if p == SH.qualifiedValueShape:
            inner = self.shape(o)
            low, high = g.value(shape, SH.qualifiedMinCount), g.value(shape, SH.qualifiedMaxCount)
            if g.value(shape, SH.qualifiedValueShapesDisjoint) is not None:
                raise Unsupported("sh:qualifiedValueShapesDisjoint")

            def qualified(d: Data, f: Node, vs: Iterable[Node]) -> list[tuple[Node | None, str]]:
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
            message = f"Node does not conform to sh:{label}"

            is_or, is_and = p == SH["or"], p == SH["and"]  # (decided here: comparing rdflib terms costs, per node)

            def fails(d: Data, v: Node) -> bool:
                if is_or:  # the same answers as want(), without trying every member
                    return not any(m.conforms(d, v) for m in members)
                if is_and:
                    return not all(m.conforms(d, v) for m in members)
                return not want(sum(1 for m in members if m.conforms(d, v)))

            return (f"{label.capitalize()}ConstraintComponent", lambda d, f, vs: [(v, message) for v in vs if fails(d, v)],
                    lambda d, f, vs: not any(fails(d, v) for v in vs))
        if p == SH["not"]:
            inner = self.shape(o)
            message = f"Node conforms to {o.n3()}, which it must not"
            return ("NotConstraintComponent", lambda d, f, vs: [(v, message) for v in vs if inner.conforms(d, v)],
                    lambda d, f, vs: not any(inner.conforms(d, v) for v in vs))
        if p == SH.node:
            inner = self.shape(o)
            message = f"Value does not conform to shape {o.n3()}"
            return ("NodeConstraintComponent", lambda d, f, vs: [(v, message) for v in vs if not inner.conforms(d, v)],
                    lambda d, f, vs: all(inner.conforms(d, v) for v in vs))
        if p == SH.hasValue:
            value, message = term(o), f"Node is missing the value {o.n3()}"
            return ("HasValueConstraintComponent", lambda d, f, vs: [] if value in vs else [(None, message)],
                    lambda d, f, vs: value in vs)
        return None  # a target, a path, a nested property, a message or a comment


def _steps(path: RdfPath | None) -> Path | None:
    """A path of the shapes graph over terms."""
    if path is None:
        return None
    if isinstance(path, URIRef):
        return term(path)
    return (path[0], [_steps(part) for part in path[1]])


def _comparable(v: Node) -> object:
    """What sh:lessThanOrEquals compares: an IRI's string, a string literal's value, else the Literal."""
    if v[0] == "<":
        return v[1:-1]
    literal = node(v)
    return literal.value if _is_string_value(literal) else literal


@dataclass
class CompiledShapes:
    shapes: list[Shape]

    def results(self, triples: Iterable[tuple]) -> list[Result]:
        """The violations in rdflib ``triples``."""
        return self.results_terms([(term(s), term(p), term(o)) for s, p, o in triples])

    def results_terms(self, triples: Iterable[tuple[Node, Node, Node]], context: Index | None = None) -> list[Result]:
        """The violations in triples of N-Triples terms (:mod:`kg.terms`), with ``context`` (see :class:`Data`)."""
        data = Data(triples, context)
        instances = data.instances
        out = []
        for shape in self.shapes:
            targets = shape.targets
            nodes = instances.get(targets[0], ()) if len(targets) == 1 else \
                set().union(*(instances.get(cls, ()) for cls in targets))
            for f in nodes:
                if not shape.conforms(data, f):
                    break
            else:
                continue  # every focus node conforms (most releases): no need to sort them for the report
            focus: dict[Node, None] = {}
            for cls in targets:
                focus.update(dict.fromkeys(sorted(instances.get(cls, ()), key=lexical)))
            for f in focus:
                if not shape.conforms(data, f):
                    out.extend(shape.results(data, f))
        return out

    def validate(self, triples: Iterable[tuple]) -> Report:
        results = self.results(triples)
        return Report(not results, report_text(results), len(results))

    def validate_terms(self, triples: Iterable[tuple[Node, Node, Node]], context: Index | None = None) -> Report:
        results = self.results_terms(triples, context)
        return Report(not results, report_text(results), len(results))


def _show(node: RdfNode | tuple | None) -> str:
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
