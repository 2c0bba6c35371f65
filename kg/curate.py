"""Curator corrections: a sidecar file ``NAME.curation.json`` next to release ``NAME.txt`` adds
facts the extractor missed and retracts facts it got wrong. Added facts are marked as curated,
with who and when; retractions are recorded in the release's graph.

    {"curator": "A. Analyst", "date": "2026-11-20", "note": "checked against the joint statement",
     "add": {"attendance": [{"meeting": "asean-usa-som/34", "name_en": "Jung Pak",
                             "represents": "United States of America", "role": "participant"}],
             "topics": [{"meeting": "asean-usa-som/34", "topic": "trade"}]},
     "retract": {"topics": [{"meeting": "asean-usa-som/34", "topic": "investment"}]}}

Meetings are named by their key (the end of their IRI, e.g. ``asean-usa-som/34``), actors by
their English label, topics by their English label.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.facts import (
    Commitment,
    CoordinatorRole,
    Evidence,
    Extraction,
    Participation,
    Partnership,
    Person,
    TopicDiscussion,
)
from kg.namespaces import slug
from kg.reference import load_reference

SUFFIX = ".curation.json"
KINDS = ("attendance", "commitments", "partnerships", "coordinators", "topics", "meetings")
NO_EVIDENCE = Evidence("", 0, 0)


@dataclass(frozen=True)
class Curation:
    curator: str
    day: date
    note: str = ""


def sidecar_of(release_path: Path) -> Path:
    return release_path.with_name(release_path.stem + SUFFIX)


def read_sidecar(path: Path) -> tuple[Curation, dict, dict] | None:
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"curation sidecar is not valid JSON ({exc})", path) from None
    if not isinstance(data, dict) or not data.get("curator"):
        raise InputError("curation sidecar needs a 'curator'", path)
    try:
        day = date.fromisoformat(str(data.get("date", "")))
    except ValueError:
        raise InputError("curation sidecar needs a 'date' as YYYY-MM-DD", path) from None
    add, retract = data.get("add", {}) or {}, data.get("retract", {}) or {}
    for part in (add, retract):
        unknown = set(part) - set(KINDS) if isinstance(part, dict) else {"(not an object)"}
        if unknown:
            raise InputError(f"curation sidecar has unknown parts {sorted(unknown)}; known: {', '.join(KINDS)}", path)
    return Curation(str(data["curator"]), day, str(data.get("note", ""))), add, retract


def _actor(label: str, path: Path) -> str:
    ref = load_reference()
    if label in ref.actors:
        return label
    actor = ref.actor_by_label(label)
    if actor is None:
        raise InputError(f"curation sidecar names an unknown actor '{label}'", path)
    return actor.id


def _topic(label: str, path: Path) -> str:
    from kg.recognise import topic_labels

    for topic_id, (en, th) in topic_labels().items():
        if label in (topic_id, en, th):
            return topic_id
    raise InputError(f"curation sidecar names an unknown topic '{label}'", path)


def _meeting(key: str, facts: Extraction, path: Path) -> str:
    key = key.rsplit("/meeting/", 1)[-1]
    if facts.meeting(key) is None:
        known = ", ".join(m.key for m in facts.meetings) or "none"
        raise InputError(f"curation sidecar names meeting '{key}' that the release does not give; it gives: {known}",
                         path)
    return key


def apply_curation(release_path: Path, facts: Extraction) -> Extraction:
    """Facts with the sidecar's retractions removed and its additions in, marked as curated."""
    path = sidecar_of(release_path)
    parsed = read_sidecar(path)
    if parsed is None:
        return facts
    cur, add, retract = parsed
    facts.curation = cur
    ref = load_reference()

    def person_key(name: str) -> str:
        for p in ref.people.values():
            if name in (p.label_en, *p.aliases_en, p.label_th):
                return p.id
        return slug(name)

    for item in retract.get("meetings", []):
        key = _meeting(item["key"], facts, path)
        facts.meetings = [m for m in facts.meetings if m.key != key]
        facts.retractions.append(f"meeting {key}")
        for group in ("participations", "commitments", "topics"):
            setattr(facts, group, [x for x in getattr(facts, group) if x.meeting != key])
    for item in retract.get("attendance", []):
        key, who = _meeting(item["meeting"], facts, path), person_key(item["name_en"])
        facts.participations = [p for p in facts.participations if not (p.meeting == key and p.person == who)]
        facts.retractions.append(f"attendance of {item['name_en']} at {key}")
    for item in retract.get("topics", []):
        key, topic = _meeting(item["meeting"], facts, path), _topic(item["topic"], path)
        facts.topics = [t for t in facts.topics if not (t.meeting == key and t.topic == topic)]
        facts.retractions.append(f"topic {item['topic']} at {key}")
    for item in retract.get("partnerships", []):
        partner = _actor(item["partner"], path)
        facts.partnerships = [p for p in facts.partnerships if not (p.partner == partner and p.level == item["level"])]
        facts.retractions.append(f"partnership {item['partner']} {item['level']}")
    for item in retract.get("coordinators", []):
        c, p = _actor(item["coordinator"], path), _actor(item["partner"], path)
        facts.coordinators = [x for x in facts.coordinators if not (x.coordinator == c and x.partner == p)]
        facts.retractions.append(f"coordinator {item['coordinator']} for {item['partner']}")
    for item in retract.get("commitments", []):
        by = _actor(item["by"], path)
        facts.commitments = [c for c in facts.commitments if not (
            c.by == by and (str(item.get("amount", "")) in ("", c.amount)) and
            (item.get("number") in (None, c.number)))]
        facts.retractions.append(f"commitment by {item['by']}")

    for item in add.get("attendance", []):
        key = _meeting(item["meeting"], facts, path)
        who = person_key(item["name_en"])
        if who in ref.people:
            p = ref.people[who]
            facts.people.setdefault(who, Person(who, p.label_en, p.label_th, True))
        else:
            facts.people.setdefault(who, Person(who, item["name_en"], item.get("name_th", ""), False))
        represents = _actor(item["represents"], path) if item.get("represents") else ""
        facts.participations.append(Participation(key, who, item.get("role", "participant"), item.get("position", ""),
                                                  represents, NO_EVIDENCE, curated=cur))
    for item in add.get("topics", []):
        facts.topics.append(TopicDiscussion(_meeting(item["meeting"], facts, path), _topic(item["topic"], path),
                                            NO_EVIDENCE, curated=cur))
    for item in add.get("partnerships", []):
        since = int(item["since"]) if item.get("since") else None
        facts.partnerships.append(Partnership(_actor(item["partner"], path), item["level"], NO_EVIDENCE, since,
                                              curated=cur))
    for item in add.get("coordinators", []):
        facts.coordinators.append(CoordinatorRole(_actor(item["coordinator"], path), _actor(item["partner"], path),
                                                  NO_EVIDENCE, curated=cur))
    for item in add.get("commitments", []):
        meeting = _meeting(item["meeting"], facts, path) if item.get("meeting") else ""
        kind = "proposal" if item.get("number") else "pledge"
        facts.commitments.append(Commitment(
            kind, meeting, _actor(item["by"], path), NO_EVIDENCE,
            recipient=_actor(item["recipient"], path) if item.get("recipient") else "",
            amount=str(item.get("amount", "")), currency=item.get("currency", ""),
            qualifier=item.get("qualifier", "exact") if kind == "pledge" else "", purpose=item.get("purpose", ""),
            number=item.get("number"), text=item.get("text", ""), curated=cur))
    return facts
