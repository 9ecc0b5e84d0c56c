"""SHACL shapes compiled to SPARQL, so that Oxigraph checks them at the speed of a query.

pySHACL is the reference validator, but it walks rdflib graphs in Python and costs ~18 ms per
release graph: more than extraction and mapping together, and on its own more than the ingest of
the whole corpus can afford. The SHACL Recommendation defines each core constraint component by
a SPARQL query (§ 4 and § 6 of https://www.w3.org/TR/shacl/, and the DASH definitions of the
core components); this module does what TopBraid's and Jena's SPARQL-based engines do: it turns
the shapes graph into one SELECT query whose solutions are the validation results, and lets the
store run it, per named graph when asked.

Only the components the compiler knows are accepted: a shapes graph that uses any other SHACL
term (qualified shapes, closed shapes, complex paths, …) is refused when it is compiled, so a
constraint is never silently dropped. The test suite checks, on generated and mutated graphs,
that the compiled query and pySHACL agree on conformance; :mod:`sso_kg.validation` still asks
pySHACL for the full report whenever the compiled gate finds a violation.

SPARQL-based constraints (``sh:sparql`` with ``sh:select``) are supported too, for the
corpus-wide checks that only make sense over the union of all release graphs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

# Datatypes whose lexical forms the store can check: a literal that does not cast to its own
# datatype is ill-formed, which SHACL's sh:datatype reports as a violation.
_CHECKED_DATATYPES = {
    XSD.integer,
    XSD.decimal,
    XSD.double,
    XSD.float,
    XSD.boolean,
    XSD.date,
    XSD.dateTime,
    XSD.gYear,
    XSD.string,
}

_NODE_KIND_TESTS = {
    SH.IRI: "isIRI({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNode: "isBlank({v})",
    SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}

# Terms a shape may use that constrain nothing, or that the compiler reads itself.
_DESCRIPTIVE = {
    RDF.type,
    RDFS.comment,
    RDFS.label,
    SH.message,
    SH.severity,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.defaultValue,
    SH.deactivated,
    SH.targetClass,
    SH.targetNode,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
    SH.path,
    SH.property,
    SH.sparql,
    SH.prefixes,
    SH.select,
    SH.declare,
}
_COMPONENTS = {
    SH["class"],
    SH.datatype,
    SH.nodeKind,
    SH.minCount,
    SH.maxCount,
    SH.minLength,
    SH.maxLength,
    SH.pattern,
    SH.flags,
    SH.languageIn,
    SH.uniqueLang,
    SH.lessThan,
    SH.lessThanOrEquals,
    SH.minInclusive,
    SH.maxInclusive,
    SH.minExclusive,
    SH.maxExclusive,
    SH["in"],
    SH.hasValue,
    SH.node,
    SH["or"],
    SH["not"],
    SH["and"],
}
_MAX_COUNT_ARITY = 4


class UnsupportedShapeError(ValueError):
    """The shapes graph uses a SHACL feature the compiler does not implement."""


@dataclass(frozen=True)
class Result:
    """One validation result: the node at fault, the path, the value, and what is wrong."""

    focus: str
    path: str | None
    value: str | None
    message: str
    component: str
    severity: str
    graph: str | None = None

    def line(self) -> str:
        path = f" <{self.path}>" if self.path else ""
        return f"{self.focus}{path}: {self.message}"


@dataclass(frozen=True)
class _Check:
    """A group pattern binding ?this (and maybe ?value) for each violation of one component."""

    pattern: str
    path: str | None
    message: str
    component: str
    severity: str
    value_var: str | None


def _term(node: URIRef | Literal) -> str:
    return node.n3()


def _string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


class ShapesCompiler:
    """Compiles a SHACL shapes graph (the subset above) into one SPARQL SELECT query."""

    def __init__(self, shapes: Graph, *, subclass_closure: bool = True) -> None:
        """``subclass_closure=False`` compiles "instance of C" as ``rdf:type C`` instead of
        ``rdf:type/rdfs:subClassOf* C``: the same answer for data graphs that state no
        rdfs:subClassOf (release graphs never do), and a fifth cheaper."""
        self.shapes = shapes
        self._ids = count()
        self._instance_of = f"<{RDF.type}>/<{RDFS.subClassOf}>*" if subclass_closure else f"<{RDF.type}>"

    def _var(self, stem: str) -> str:
        return f"?{stem}{next(self._ids)}"

    def _list(self, head: BNode | URIRef) -> list:
        return list(Collection(self.shapes, head))

    def _one(self, shape: BNode | URIRef, predicate: URIRef) -> object | None:
        values = list(self.shapes.objects(shape, predicate))
        if len(values) > 1:
            raise UnsupportedShapeError(f"{shape} has {len(values)} values of {predicate.n3()}")
        return values[0] if values else None

    def _check_terms(self, shape: BNode | URIRef) -> None:
        for predicate in set(self.shapes.predicates(shape)):
            if str(predicate).startswith(str(SH)) and predicate not in _DESCRIPTIVE | _COMPONENTS:
                raise UnsupportedShapeError(
                    f"{shape} uses {predicate.n3()}, which the compiler does not know"
                )
        path = self._one(shape, SH.path)
        if path is not None and not isinstance(path, URIRef):
            raise UnsupportedShapeError(f"{shape} has a complex sh:path; only predicate paths are compiled")

    # -- shapes -> checks ------------------------------------------------------------------

    def checks(self, shape: BNode | URIRef, focus: str, depth: int = 0) -> list[_Check]:
        """The checks of ``shape`` for the focus node bound to variable ``focus``."""
        if depth > 8:
            raise UnsupportedShapeError(f"{shape}: shapes nest too deep (recursive shapes are not supported)")
        self._check_terms(shape)
        if self._one(shape, SH.deactivated) == Literal(True):
            return []
        path = self._one(shape, SH.path)
        message = self._one(shape, SH.message)
        severity = self._one(shape, SH.severity) or SH.Violation
        out: list[_Check] = []

        def add(pattern: str, component: URIRef, default: str, value_var: str | None) -> None:
            out.append(
                _Check(
                    pattern,
                    str(path) if path is not None else None,
                    str(message) if message is not None else default,
                    str(component),
                    str(severity),
                    value_var,
                )
            )

        if path is not None:
            p = _term(path)
            value = self._var("v")
            reach = f"{focus} {p} {value} ."
            self._count_checks(shape, focus, p, add)
            self._has_value_check(shape, focus, p, add)
        else:
            value = focus
            reach = ""
        for pattern, component, default in self._value_checks(shape, focus, value, path, depth):
            add(f"{reach} {pattern}", component, default, value)
        for prop in self.shapes.objects(shape, SH.property):
            if path is not None:
                # A property shape's own property shapes apply to its value nodes.
                for check in self.checks(prop, value, depth + 1):
                    out.append(
                        _Check(
                            f"{reach} {check.pattern}",
                            check.path,
                            check.message,
                            check.component,
                            check.severity,
                            check.value_var,
                        )
                    )
            else:
                out.extend(self.checks(prop, focus, depth + 1))
        for sparql in self.shapes.objects(shape, SH.sparql):
            out.append(self._sparql_check(shape, sparql, focus, message, severity))
        return out

    def _count_checks(self, shape, focus: str, p: str, add) -> None:
        min_count = self._one(shape, SH.minCount)
        if min_count is not None and int(min_count) > 0:
            n = int(min_count)
            if n > _MAX_COUNT_ARITY:
                raise UnsupportedShapeError(f"{shape}: sh:minCount above {_MAX_COUNT_ARITY}")
            add(
                f"FILTER NOT EXISTS {{ {self._distinct_values(focus, p, n)} }}",
                SH.MinCountConstraintComponent,
                f"Less than {n} values on {p}",
                None,
            )
        max_count = self._one(shape, SH.maxCount)
        if max_count is not None:
            n = int(max_count)
            if n + 1 > _MAX_COUNT_ARITY:
                raise UnsupportedShapeError(f"{shape}: sh:maxCount above {_MAX_COUNT_ARITY - 1}")
            add(
                f"FILTER EXISTS {{ {self._distinct_values(focus, p, n + 1)} }}",
                SH.MaxCountConstraintComponent,
                f"More than {n} values on {p}",
                None,
            )

    def _has_value_check(self, shape, focus: str, p: str, add) -> None:
        """sh:hasValue on a property shape holds of the focus node, values or none."""
        has_value = self._one(shape, SH.hasValue)
        if has_value is not None:
            add(
                f"FILTER NOT EXISTS {{ {focus} {p} {_term(has_value)} }}",
                SH.HasValueConstraintComponent,
                f"Missing value {has_value.n3()}",
                None,
            )

    def _distinct_values(self, focus: str, p: str, n: int) -> str:
        """A pattern that matches when ``focus`` has at least ``n`` distinct values of ``p``."""
        names = [self._var("c") for _ in range(n)]
        triples = " ".join(f"{focus} {p} {name} ." for name in names)
        distinct = [f"!sameTerm({a}, {b})" for i, a in enumerate(names) for b in names[i + 1 :]]
        return triples + (f" FILTER({' && '.join(distinct)})" if distinct else "")

    def _value_checks(self, shape, focus: str, v: str, path, depth: int) -> Iterator[tuple[str, URIRef, str]]:
        """(pattern, component, default message) for each component on value nodes ``v``."""
        datatype = self._one(shape, SH.datatype)
        if datatype is not None:
            test = f"(!isLiteral({v}) || datatype({v}) != {_term(datatype)})"
            if datatype in _CHECKED_DATATYPES:
                test = f"({test} || !isLiteral(COALESCE({_term(datatype)}({v}), <urn:x-ill-formed>)))"
            yield (
                f"FILTER{test}",
                SH.DatatypeConstraintComponent,
                f"Value is not a literal of datatype {datatype.n3()}",
            )
        node_kind = self._one(shape, SH.nodeKind)
        if node_kind is not None:
            if node_kind not in _NODE_KIND_TESTS:
                raise UnsupportedShapeError(f"{shape}: unknown sh:nodeKind {node_kind}")
            yield (
                f"FILTER(!{_NODE_KIND_TESTS[node_kind].format(v=v)})",
                SH.NodeKindConstraintComponent,
                f"Value is not of node kind {node_kind.n3()}",
            )
        for cls in self.shapes.objects(shape, SH["class"]):
            yield (
                f"FILTER NOT EXISTS {{ {v} {self._instance_of} {_term(cls)} }}",
                SH.ClassConstraintComponent,
                f"Value is not an instance of {cls.n3()}",
            )
        for predicate, op, component, words in (
            (SH.minLength, "<", SH.MinLengthConstraintComponent, "fewer"),
            (SH.maxLength, ">", SH.MaxLengthConstraintComponent, "more"),
        ):
            length = self._one(shape, predicate)
            if length is not None:
                yield (
                    f"FILTER(isBlank({v}) || STRLEN(STR({v})) {op} {int(length)})",
                    component,
                    f"Value has {words} than {int(length)} characters",
                )
        pattern = self._one(shape, SH.pattern)
        if pattern is not None:
            flags = self._one(shape, SH.flags)
            args = _string(str(pattern)) + (f", {_string(str(flags))}" if flags is not None else "")
            yield (
                f"FILTER(isBlank({v}) || !REGEX(STR({v}), {args}))",
                SH.PatternConstraintComponent,
                f"Value does not match {pattern}",
            )
        languages = self._one(shape, SH.languageIn)
        if languages is not None:
            tests = " || ".join(
                f"langMatches(lang({v}), {_string(str(tag))})" for tag in self._list(languages)
            )
            yield (
                f"FILTER(!isLiteral({v}) || !({tests or 'false'}))",
                SH.LanguageInConstraintComponent,
                "Language tag not in the allowed list",
            )
        if self._one(shape, SH.uniqueLang) == Literal(True) and path is not None:
            other = self._var("u")
            yield (
                f'{focus} {_term(path)} {other} . FILTER(!sameTerm({v}, {other}) && lang({v}) != "" '
                f"&& lang({v}) = lang({other}))",
                SH.UniqueLangConstraintComponent,
                "More than one value shares a language tag",
            )
        for predicate, op, component in (
            (SH.lessThan, "<", SH.LessThanConstraintComponent),
            (SH.lessThanOrEquals, "<=", SH.LessThanOrEqualsConstraintComponent),
        ):
            other_path = self._one(shape, predicate)
            if other_path is not None:
                other = self._var("w")
                yield (
                    f"{focus} {_term(other_path)} {other} . FILTER(!COALESCE({v} {op} {other}, false))",
                    component,
                    f"Value is not {op} the value of {other_path.n3()}",
                )
        for predicate, op, component in (
            (SH.minInclusive, ">=", SH.MinInclusiveConstraintComponent),
            (SH.maxInclusive, "<=", SH.MaxInclusiveConstraintComponent),
            (SH.minExclusive, ">", SH.MinExclusiveConstraintComponent),
            (SH.maxExclusive, "<", SH.MaxExclusiveConstraintComponent),
        ):
            bound = self._one(shape, predicate)
            if bound is not None:
                yield (
                    f"FILTER(!COALESCE({v} {op} {_term(bound)}, false))",
                    component,
                    f"Value is not {op} {bound}",
                )
        members = self._one(shape, SH["in"])
        if members is not None:
            tests = " || ".join(f"sameTerm({v}, {_term(m)})" for m in self._list(members))
            yield (
                f"FILTER(!({tests or 'false'}))",
                SH.InConstraintComponent,
                "Value is not in the allowed list",
            )
        has_value = self._one(shape, SH.hasValue)
        if has_value is not None and path is None:
            yield (
                f"FILTER(!sameTerm({v}, {_term(has_value)}))",
                SH.HasValueConstraintComponent,
                "Missing value",
            )
        for node in self.shapes.objects(shape, SH.node):
            yield (
                f"FILTER EXISTS {{ {self._violates(node, v, depth)} }}",
                SH.NodeConstraintComponent,
                f"Value does not conform to shape {node}",
            )
        negated = self._one(shape, SH["not"])
        if negated is not None:
            yield (
                f"FILTER NOT EXISTS {{ {self._violates(negated, v, depth)} }}",
                SH.NotConstraintComponent,
                "Value conforms to a shape it must not",
            )
        either = self._one(shape, SH["or"])
        if either is not None:
            tests = " && ".join(f"EXISTS {{ {self._violates(s, v, depth)} }}" for s in self._list(either))
            yield (
                f"FILTER({tests or 'true'})",
                SH.OrConstraintComponent,
                "Value conforms to none of the shapes of sh:or",
            )
        both = self._one(shape, SH["and"])
        if both is not None:
            tests = " || ".join(f"EXISTS {{ {self._violates(s, v, depth)} }}" for s in self._list(both))
            yield f"FILTER({tests or 'false'})", SH.AndConstraintComponent, "Value fails a shape of sh:and"

    def _violates(self, shape, node: str, depth: int) -> str:
        """A pattern that matches when ``node`` violates ``shape`` (any severity, as SHACL's
        sh:node and sh:or do: conformance there ignores severities)."""
        checks = self.checks(shape, node, depth + 1)
        if not checks:
            return "FILTER(false)"
        return " UNION ".join(f"{{ {c.pattern} }}" for c in checks)

    def _sparql_check(self, shape, constraint, focus: str, message, severity) -> _Check:
        select = self._one(constraint, SH.select)
        if select is None:
            raise UnsupportedShapeError(f"{shape}: sh:sparql without sh:select")
        own_message = self._one(constraint, SH.message) or message
        if "$this" not in str(select):
            raise UnsupportedShapeError(f"{shape}: a SPARQL constraint must use $this")
        body = str(select).replace("$this", "?this")
        # The constraint's own query, joined with the focus node on ?this (pre-binding).
        pattern = f"{{ {body} }} FILTER(sameTerm(?this, {focus}))" if focus != "?this" else f"{{ {body} }}"
        return _Check(
            pattern,
            None,
            str(own_message) if own_message is not None else "SPARQL constraint violated",
            str(SH.SPARQLConstraintComponent),
            str(severity),
            "?value",
        )

    # -- checks -> one query ---------------------------------------------------------------

    def targets(self, shape) -> list[str]:
        patterns = [
            f"?this {self._instance_of} {_term(c)} ." for c in self.shapes.objects(shape, SH.targetClass)
        ]
        patterns += [f"VALUES ?this {{ {_term(n)} }}" for n in self.shapes.objects(shape, SH.targetNode)]
        patterns += [
            f"?this {_term(p)} ?t{next(self._ids)} ." for p in self.shapes.objects(shape, SH.targetSubjectsOf)
        ]
        patterns += [
            f"?t{next(self._ids)} {_term(p)} ?this ." for p in self.shapes.objects(shape, SH.targetObjectsOf)
        ]
        if (shape, RDF.type, RDFS.Class) in self.shapes and (shape, RDF.type, SH.NodeShape) in self.shapes:
            patterns.append(f"?this {self._instance_of} {_term(shape)} .")  # implicit target
        return patterns

    def query(self, per_graph: bool = False) -> str:
        """One SELECT whose solutions are the validation results. With ``per_graph``, every
        named graph is validated on its own and ``?graph`` says which one a result is about.

        Each branch repeats its target pattern: SPARQL evaluates a group bottom-up, so a check
        such as ``FILTER NOT EXISTS { ?this … }`` must sit in the same group that binds ?this.
        """
        branches = []
        for shape in sorted(set(self.shapes.subjects(RDF.type, SH.NodeShape)) | self._targeted(), key=str):
            for target in self.targets(shape):
                for check in self.checks(shape, "?this"):
                    value = (
                        f"BIND({check.value_var} AS ?value)"
                        if check.value_var and check.value_var != "?value"
                        else ""
                    )
                    path = f"<{check.path}>" if check.path else '""'
                    branches.append(
                        f"{{ {target} {check.pattern} {value} "
                        f"BIND({_string(check.message)} AS ?message) "
                        f"BIND(<{check.component}> AS ?component) BIND(<{check.severity}> AS ?severity) "
                        f"BIND({path} AS ?path) }}"
                    )
        body = "\nUNION\n".join(branches) if branches else "FILTER(false)"
        prologue = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in self.prefixes())
        if per_graph:
            body = f"GRAPH ?graph {{ {body} }}"
        projection = ("?graph " if per_graph else "") + "?this ?path ?value ?message ?component ?severity"
        return f"{prologue}SELECT DISTINCT {projection} WHERE {{\n{body}\n}}"

    def prefixes(self) -> list[tuple[str, str]]:
        """The prefixes SPARQL-based constraints declare (sh:declare), for the query prologue."""
        declared = {}
        for declaration in self.shapes.objects(None, SH.declare):
            prefix, namespace = self._one(declaration, SH.prefix), self._one(declaration, SH.namespace)
            if prefix is None or namespace is None:
                raise UnsupportedShapeError(f"{declaration}: sh:declare needs sh:prefix and sh:namespace")
            if declared.get(str(prefix), str(namespace)) != str(namespace):
                raise UnsupportedShapeError(f"prefix {prefix} is declared twice, differently")
            declared[str(prefix)] = str(namespace)
        return sorted(declared.items())

    def _targeted(self) -> set:
        found = set()
        for predicate in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
            found.update(self.shapes.subjects(predicate, None))
        return found
