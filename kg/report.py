"""Show an extraction to a person (table) or a program (JSON), with evidence for every fact."""

from __future__ import annotations

import json
from dataclasses import asdict

from kg.pipeline import Extracted
from kg.recognise import topic_labels
from kg.reference import load_reference


def _actor(actor_id: str) -> str:
    actor = load_reference().actors.get(actor_id)
    return actor.label_en if actor else actor_id


def extraction_dict(result: Extracted) -> dict:
    x = result.facts
    d = asdict(x)
    d["release_date"] = x.release_date.isoformat() if x.release_date else None
    for m in d["meetings"]:
        m["start"] = m["start"].isoformat() if m["start"] else None
        m["end"] = m["end"].isoformat() if m["end"] else None
    d["file"] = str(result.release.path)
    d["sha256"] = result.release.sha256
    d["timings_ms"] = {k: round(v * 1000, 2) for k, v in result.timings.items()}
    return d


def extraction_json(result: Extracted) -> str:
    return json.dumps(extraction_dict(result), ensure_ascii=False, indent=1)


def extraction_table(result: Extracted) -> str:
    x = result.facts
    people = x.people
    out = [f"release {x.release} ({x.language}, {x.release_date})"]

    def section(title: str, rows: list[tuple[str, object]]) -> None:
        out.append(f"\n{title} ({len(rows)})")
        for text, ev in rows:
            out.append(f"  {text}")
            if ev is not None:
                quote = ev.quote.replace("\n", " ")
                out.append(f"      [{ev.start}:{ev.end}] \"{quote[:110]}{'…' if len(quote) > 110 else ''}\"")

    section("meetings", [(f"{m.label} | {m.kind} | {m.start or '?'}..{m.end or '?'} | {m.mode or '?'} | {m.status}"
                          f" | {m.city or '-'} | key {m.key}", m.evidence) for m in x.meetings])
    section("attendance", [(f"{people[p.person].name_en} ({people[p.person].name_th or '-'}) | {p.role} | "
                            f"{p.position or '-'} | {_actor(p.represents) if p.represents else '-'} @ {p.meeting}",
                            p.evidence) for p in x.participations])
    section("commitments", [(f"{_actor(c.by)} -> {_actor(c.recipient) if c.recipient else '-'} | "
                             + (f"{c.qualifier} {c.amount} {c.currency} | {c.purpose}" if c.kind == "pledge"
                                else f"proposal {c.number}: {c.text[:80]}"), c.evidence) for c in x.commitments])
    section("partnerships", [(f"{_actor(p.partner)} | {p.level} | since {p.since or '-'}", p.evidence)
                             for p in x.partnerships])
    section("coordinators", [(f"{_actor(c.coordinator)} coordinates {_actor(c.partner)}", c.evidence)
                             for c in x.coordinators])
    labels = topic_labels()
    section("topics", [(f"{labels.get(t.topic, (t.topic,))[0]} @ {t.meeting}", t.evidence) for t in x.topics])
    section("recognised but not understood", [(f"{n.what}: {n.text}", n.evidence) for n in x.notes])
    return "\n".join(out)
