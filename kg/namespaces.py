"""IRIs: one base, readable slugs, and the vocabularies the ontology reuses."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

BASE = "https://w3id.org/aseankg/"
AKG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
RELEASE = Namespace(BASE + "release/")
GRAPH = Namespace(BASE + "graph/")
TOPIC = Namespace(BASE + "topic/")
LEVEL = Namespace(BASE + "level/")
ROLE = Namespace(BASE + "role/")
STATUS = Namespace(BASE + "status/")
SOURCE = Namespace(BASE + "source/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")

ONTOLOGY_GRAPH = GRAPH["ontology"]
REFERENCE_GRAPH = GRAPH["reference"]
CURATION_GRAPH_PREFIX = GRAPH["curation/"]

PREFIXES: dict[str, Namespace] = {
    "akg": AKG, "id": ID, "release": RELEASE, "topic": TOPIC, "level": LEVEL, "role": ROLE,
    "status": STATUS, "schema": SCHEMA, "org": ORG, "oa": OA, "prov": PROV, "skos": SKOS,
    "time": TIME, "dct": DCTERMS, "owl": OWL, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "wd": WD,
    "src": SOURCE,
}

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

MODES = {
    "online": SCHEMA.OnlineEventAttendanceMode,
    "in-person": SCHEMA.OfflineEventAttendanceMode,
    "hybrid": SCHEMA.MixedEventAttendanceMode,
}


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """A readable, IRI-safe slug: ASCII letters and digits joined by hyphens."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text or "x"


def release_iri(stem: str):
    """The release node, which is also the name of the release's graph."""
    return RELEASE[slug_keep_case(stem)]


def slug_keep_case(text: str) -> str:
    """File stems keep their case and underscores so that the IRI ends with the file name."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-") or "release"
