"""Sentences and paragraphs of a normalised text: the unit most rules look within."""

from __future__ import annotations

from dataclasses import dataclass

from kg.relate.cues import EN_ABBREV, EN_BOUNDARY, TH_BOUNDARY


@dataclass
class Sentence:
    start: int
    end: int
    para: int


def sentences(text: str, language: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for para_no, para in enumerate(text.split("\n")):
        cuts = [0]
        if language == "th":
            cuts += [m.end() for m in TH_BOUNDARY.finditer(para)]
        for m in EN_BOUNDARY.finditer(para):
            if not EN_ABBREV.search(para[max(0, m.start("gap") - 6):m.start("gap")]):
                cuts.append(m.end())
        cuts = sorted(set(cuts)) + [len(para)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            if para[a:b].strip():
                out.append(Sentence(pos + a, pos + b, para_no))
        pos += len(para) + 1
    return out


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
