"""Score the extractor against gold files: load each release into a scratch store, read it back
through the named queries (as a user would) and print precision, recall and F1 per category.

Usage: python -m kg.score tests/data/dev [tests/data/heldout ...] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.pipeline import load_file
from kg.query import cell, named_queries, run
from kg.read import SUFFIXES
from kg.store import Store

CATEGORIES = ("meetings", "attendance", "chairs", "commitments", "proposals", "partnerships", "coordinators", "topics")
FIELDS = ("start", "end", "mode", "status", "city", "ordinal")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


_HONORIFIC = re.compile(r"^(?:h\.?e\.?|mr|ms|mrs|dr|his|her|excellency|majesty|prof|dato'?|datuk|seri|tan|sri)\s+")


def person_key(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).casefold()
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = re.sub(r"[^\w\s]", " ", name)
    while _HONORIFIC.match(name.strip() + " "):
        name = _HONORIFIC.sub("", name.strip() + " ")
    return " ".join(name.split())


@cache
def _names_of() -> dict[str, set[str]]:
    """Every English name the reference knows for a person, by the person's label (a gold file may
    write "Subrahmanyam Jaishankar" for the reference's "S. Jaishankar")."""
    from kg.reference import load_reference

    return {person_key(p.label_en): {person_key(n) for n in (p.label_en, *p.aliases_en)}
            for p in load_reference().people.values()}


def same_person(a: str, b: str) -> bool:
    if person_key(a) in _names_of().get(person_key(b), ()):
        return True
    ta, tb = set(person_key(a).split()), set(person_key(b).split())
    if not ta or not tb:
        return False
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return small <= big and (len(small) >= 2 or len(big) == 1)


def same_thai_name(a: str | None, b: str | None) -> bool:
    """A person outside the reference data, named in Thai script: the extractor keeps the Thai name and
    romanises it by machine, so the gold's English spelling can only be compared through the Thai."""
    return bool(a and b) and "".join(a.split()) == "".join(b.split())


def _stem(value: str) -> str:
    return value.rsplit("/", 1)[-1]


def _release_rows(store: Store, name: str, release: str) -> list[dict[str, str]]:
    result = run(store, named_queries()[name])
    rows = []
    for row in result.rows:
        d = {v: cell(c) for v, c in zip(result.variables, row, strict=True)}
        releases = [r.strip() for r in d.get("release", "").split("|")]
        if release in releases:
            rows.append(d)
    return rows


def _match(gold: list, pred: list, same, closeness=None) -> tuple[Tally, list[tuple[int, int]]]:
    """One-to-one matching of gold and predicted rows, the closest pairs first."""
    t = Tally()
    candidates = sorted(((-(closeness(g, p) if closeness else 0), gi, pi) for gi, g in enumerate(gold)
                         for pi, p in enumerate(pred) if same(g, p)))
    used_g: set[int] = set()
    used: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used:
            continue
        used_g.add(gi)
        used.add(pi)
        pairs.append((gi, pi))
    t.tp = len(pairs)
    for gi, g in enumerate(gold):
        if gi not in used_g:
            t.fn += 1
            t.misses.append(json.dumps(g, ensure_ascii=False))
    for pi, p in enumerate(pred):
        if pi not in used:
            t.fp += 1
            t.extras.append(json.dumps(p, ensure_ascii=False))
    return t, pairs


def score_release(store: Store, release_path: Path, gold: dict) -> tuple[dict[str, Tally], dict[str, list[bool]]]:
    outcome = load_file(release_path, store)
    stem = release_path.stem
    tallies: dict[str, Tally] = {}
    fields: dict[str, list[bool]] = defaultdict(list)
    if outcome.exit_code:
        for cat in CATEGORIES:
            n = len(gold.get(cat, []))
            tallies[cat] = Tally(fn=n, misses=[f"load failed: {outcome.message}"] if n else [])
        return tallies, fields
    meetings = _release_rows(store, "meetings", stem)
    gm = gold.get("meetings", [])

    def same_meeting(g: dict, p: dict) -> bool:
        parties = {x.strip() for x in p["parties"].split("|") if x.strip()}
        if g["kind"] != p["kind"] or set(g["parties"]) != parties:
            return False
        if g.get("ordinal") and p["ordinal"] and str(g["ordinal"]) != p["ordinal"]:
            return False
        return not (g.get("start") and p["start"] and g["start"] != p["start"] and not g.get("ordinal"))

    def closeness(g: dict, p: dict) -> int:
        return sum(2 if f in ("ordinal", "start") else 1 for f in FIELDS if str(g.get(f) or "") == (p.get(f) or ""))

    t, pairs = _match(gm, meetings, same_meeting, closeness)
    tallies["meetings"] = t
    meeting_map = {gm[gi]["id"]: meetings[pi]["meeting"] for gi, pi in pairs}
    for gi, pi in pairs:
        g, p = gm[gi], meetings[pi]
        for f in FIELDS:
            ok = str(g.get(f) or "") == (p.get(f) or "")
            fields[f].append(ok)
            if not ok:
                t.misses.append(f"field {f} of {g['id']}: gold {g.get(f)!r}, got {p.get(f)!r}")

    def m_ok(g: dict, p: dict) -> bool:
        return meeting_map.get(g.get("meeting")) == p.get("meeting")

    attendance = _release_rows(store, "attendance", stem)
    tallies["attendance"], pairs = _match(
        gold.get("attendance", []), attendance,
        lambda g, p: m_ok(g, p) and (same_person(g["name_en"], p["name_en"]) or
                                     same_thai_name(g.get("name_th"), p.get("name_th"))))
    for gi, pi in pairs:
        g, p = gold["attendance"][gi], attendance[pi]
        fields["represents"].append(g.get("represents", "") == p["represents"])
    chairs = _release_rows(store, "chairs", stem)
    thai = {a["name_en"]: a.get("name_th") for a in gold.get("attendance", [])}  # (a gold chair has no Thai name)
    tallies["chairs"], _ = _match(gold.get("chairs", []), chairs,
                                  lambda g, p: m_ok(g, p) and (same_person(g["name_en"], p["name_en"]) or
                                                               same_thai_name(thai.get(g["name_en"]), p.get("name_th"))))
    commitments = _release_rows(store, "commitments", stem)
    pledges = [c for c in commitments if c["amount"]]
    proposals = [c for c in commitments if not c["amount"]]

    def same_pledge(g: dict, p: dict) -> bool:
        return (g["by"] == p["by"] and _num(g["amount"]) == _num(p["amount"]) and g["currency"] == p["currency"]
                and g.get("qualifier", "exact") == p["qualifier"])

    tallies["commitments"], pairs = _match(gold.get("commitments", []), pledges, same_pledge)
    for gi, pi in pairs:
        fields["recipient"].append(gold["commitments"][gi].get("recipient", "") == pledges[pi]["recipient"])
    tallies["proposals"], _ = _match(
        gold.get("proposals", []), proposals,
        lambda g, p: g["by"] == p["by"] and p["commitment"].endswith(f"/{g['number']}") and m_ok(g, p))
    partnerships = _release_rows(store, "partnerships", stem)
    tallies["partnerships"], _ = _match(
        gold.get("partnerships", []), partnerships,
        lambda g, p: g["partner"] == p["partner"] and g["level"] == p["level"] and str(g.get("since") or "") == p["since"])
    coordinators = _release_rows(store, "coordinators", stem)
    tallies["coordinators"], _ = _match(
        gold.get("coordinators", []), coordinators,
        lambda g, p: g["coordinator"] == p["coordinator"] and g["partner"] == p["partner"])
    topics = _release_rows(store, "topics", stem)
    tallies["topics"], _ = _match(gold.get("topics", []), topics,
                                  lambda g, p: m_ok(g, p) and g["topic"].casefold() == p["topic"].casefold())
    return tallies, fields


def _num(value: str) -> str:
    try:
        from decimal import Decimal

        return format(Decimal(str(value)).normalize(), "f")
    except Exception:
        return str(value)


def releases_with_gold(folder: Path) -> list[tuple[Path, dict]]:
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        release = next((folder / f"{stem}{s}" for s in SUFFIXES if (folder / f"{stem}{s}").exists()), None)
        if release:
            out.append((release, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def score(folders: list[Path], verbose: bool = False, out=sys.stdout) -> dict[str, Tally]:
    store = Store(None)
    store.ensure_base()
    totals = {c: Tally() for c in CATEGORIES}
    fields: dict[str, list[bool]] = defaultdict(list)
    for folder in folders:
        for release, gold in releases_with_gold(folder):
            tallies, f = score_release(store, release, gold)
            for cat, t in tallies.items():
                totals[cat].add(t)
                if verbose and (t.misses or t.extras):
                    for m in t.misses:
                        print(f"  {release.name} {cat} MISSED {m}", file=out)
                    for e in t.extras:
                        print(f"  {release.name} {cat} EXTRA  {e}", file=out)
            for k, v in f.items():
                fields[k].extend(v)
    print(f"{'category':<14}{'gold':>6}{'found':>7}{'P':>7}{'R':>7}{'F1':>7}", file=out)
    all_t = Tally()
    for cat, t in totals.items():
        all_t.add(t)
        print(f"{cat:<14}{t.tp + t.fn:>6}{t.tp + t.fp:>7}{t.precision:>7.2f}{t.recall:>7.2f}{t.f1:>7.2f}", file=out)
    print(f"{'all':<14}{all_t.tp + all_t.fn:>6}{all_t.tp + all_t.fp:>7}{all_t.precision:>7.2f}{all_t.recall:>7.2f}"
          f"{all_t.f1:>7.2f}", file=out)
    if fields:
        print("field accuracy on matched rows: " + ", ".join(
            f"{k} {sum(v) / len(v):.2f} ({len(v)})" for k, v in fields.items() if v), file=out)
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    score(args.folders, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
