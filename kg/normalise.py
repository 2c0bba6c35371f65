"""Normalise release text for matching while keeping a map back to the file as read.

Thai digits become ASCII digits, text is NFC, quotes and dashes are unified, zero-width
characters go, runs of spaces collapse. Every normalised character remembers the span of the
raw characters it came from, so evidence can quote the original file exactly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from kg.read import Release

_THAI_DIGITS = {chr(0x0E50 + i): str(i) for i in range(10)}
_DROP = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060", "*"}
_QUOTES = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
           "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "\u2013": "-", "\u2014": "-",
           "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u2015": "-", "\uff08": "(", "\uff09": ")"}
_SPACES = {"\t", "\u00a0", "\u2002", "\u2003", "\u2009", "\u202f", "\u3000", "\u200a", "\u2007", "\u2008"}
_NIKHAHIT = "\u0e4d"
_SARA_AA = "\u0e32"
_SARA_AM = "\u0e33"


@dataclass
class Text:
    """Normalised text with, for each character, the raw span it came from."""

    text: str
    starts: list[int]
    ends: list[int]
    raw: str

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to the raw file: the quote is ``raw[a:b]``."""
        if not self.text:
            return 0, 0
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        return self.starts[start], self.ends[end - 1]

    def quote(self, start: int, end: int) -> tuple[str, int, int]:
        a, b = self.raw_span(start, end)
        return self.raw[a:b], a, b


def _chars(release: Release):
    """(char, raw_start, raw_end) for every body character."""
    for seg in release.segments:
        if seg.offsets is None:
            for i, c in enumerate(seg.text):
                yield c, seg.start + i, seg.start + i + 1
        else:
            for c, (a, b) in zip(seg.text, seg.offsets, strict=True):
                yield c, a, b
        yield "\n", None, None


_ONE_TO_ONE = {**_THAI_DIGITS, **_QUOTES, **dict.fromkeys(_SPACES, " ")}
_MAPPED = re.compile("[" + "".join(map(re.escape, _ONE_TO_ONE)) + "]")


def _one_to_one(body: str) -> str:
    """``body.translate`` with the one-to-one table, faster: str.translate looks up every character,
    and a body has only a few kinds of those that change (no replacement is itself one that changes)."""
    for c in set(_MAPPED.findall(body)):
        body = body.replace(c, _ONE_TO_ONE[c])
    return body
# everything the one-to-one table cannot do: runs of blanks, dropped characters, split sara am,
# combining marks to compose, other white space
_EVENTS = re.compile(r"[ \n]{2,}|\u0e4d\u0e32|^[ \n]")
_DROPPED = re.compile(r"[\r\u200b\u200c\u200d\ufeff\u00ad\u2060*]")
_RARE = re.compile(r"[\u0300-\u036f\x0b\x0c\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u205f]")


def normalise(release: Release) -> Text:
    """Plain text takes a fast path (bulk copies between the few places that change); HTML, whose
    characters each carry their own source span, takes the character-by-character one."""
    if len(release.segments) == 1:
        seg = release.segments[0]
        return _normalise_plain(seg.text, seg.start, release.raw, seg.offsets)
    return normalise_by_character(release)


def _normalise_plain(body: str, base: int, raw: str, offsets: list[tuple[int, int]] | None = None) -> Text:
    text = _one_to_one(body)
    if _RARE.search(text):  # rare characters: the reference implementation on this body
        from kg.read import Segment

        return normalise_by_character(Release(Path(""), raw, "", [Segment(body, base, offsets)]))
    kept = [(0, len(text))]  # the runs of characters kept
    if _DROPPED.search(text):  # Markdown's *, carriage returns, zero-width marks: gone, spans kept
        cuts = [m.start() for m in _DROPPED.finditer(text)]
        kept = [(a + 1, b) for a, b in zip([-1, *cuts], [*cuts, len(text)], strict=True) if b > a + 1]
        text = "".join(text[a:b] for a, b in kept)
    # where each kept character starts and ends in the file, copied a run at a time
    if offsets is None:
        all_first = list(chain.from_iterable(range(base + a, base + b) for a, b in kept))
        all_last = list(chain.from_iterable(range(base + a + 1, base + b + 1) for a, b in kept))
    else:  # HTML: each character's own span in the file (entities are longer than one character)
        all_first = [offsets[i][0] for a, b in kept for i in range(a, b)]
        all_last = [offsets[i][1] for a, b in kept for i in range(a, b)]
    if not _EVENTS.search(text) and not text.endswith((" ", "\n")):
        return Text(text, all_first, all_last, raw)

    def spans(a: int, b: int) -> tuple[list[int], list[int]]:
        return all_first[a:b], all_last[a:b]

    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _EVENTS.finditer(text):
        a, b = m.span()
        if a > pos:
            out.append(text[pos:a])
            first, last = spans(pos, a)
            starts.extend(first)
            ends.extend(last)
        piece = m.group()
        last = out[-1][-1] if out else ""
        if piece == "\u0e4d\u0e32":
            out.append("\u0e33")
            starts.append(spans(a, a + 1)[0][0])
            ends.append(spans(b - 1, b)[1][0])
        elif piece.strip(" \n\r") == "" and piece:
            if "\n" in piece:
                while out and out[-1].endswith(" "):
                    out[-1] = out[-1][:-1]
                    starts.pop()
                    ends.pop()
                    if not out[-1]:
                        out.pop()
                last = out[-1][-1] if out else ""
                if last and last != "\n":
                    nl = a + piece.index("\n")
                    out.append("\n")
                    starts.append(spans(nl, nl + 1)[0][0])
                    ends.append(spans(nl, nl + 1)[1][0])
            elif " " in piece and last and last not in " \n":
                sp = a + piece.index(" ")
                out.append(" ")
                starts.append(spans(sp, sp + 1)[0][0])
                ends.append(spans(sp, sp + 1)[1][0])
        pos = b
    if pos < len(text):
        out.append(text[pos:])
        first, last = spans(pos, len(text))
        starts.extend(first)
        ends.extend(last)
    joined = "".join(out)
    cut = len(joined.rstrip(" \n"))
    return Text(joined[:cut], starts[:cut], ends[:cut], raw)


def normalise_by_character(release: Release) -> Text:
    """The reference implementation: one character at a time."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last_end = 0

    def push(c: str, a: int, b: int) -> None:
        out.append(c)
        starts.append(a)
        ends.append(b)

    def pop() -> None:
        out.pop()
        starts.pop()
        ends.pop()

    for c, a, b in _chars(release):
        if a is None:  # segment break
            a = b = last_end
        last_end = b
        if c in _DROP or c == "\r":
            continue
        c = _THAI_DIGITS.get(c, c)
        c = _QUOTES.get(c, c)
        if c in _SPACES or (c.isspace() and c != "\n"):
            c = " "
        if c == " ":
            if not out or out[-1] in " \n":
                continue
            push(c, a, b)
            continue
        if c == "\n":
            while out and out[-1] == " ":
                pop()
            if not out or out[-1] == "\n":
                continue
            push(c, a, b)
            continue
        if c == _SARA_AA and out and out[-1] == _NIKHAHIT:
            out[-1] = _SARA_AM
            ends[-1] = b
            continue
        if unicodedata.combining(c) and out and not ("\u0e00" <= c <= "\u0e7f"):
            composed = unicodedata.normalize("NFC", out[-1] + c)
            if len(composed) == 1:
                out[-1] = composed
                ends[-1] = b
                continue
        push(c, a, b)
    while out and out[-1] in " \n":
        pop()
    return Text("".join(out), starts, ends, release.raw)
