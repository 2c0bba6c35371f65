"""Read a release file: decode it, find its metadata and the body text, keep everything traceable.

A release is ``.txt`` (plain text), ``.md`` (front matter between ``---`` lines, then Markdown) or
``.html``. Offsets everywhere else are into :attr:`Release.raw`, the file as read.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError

SUFFIXES = (".txt", ".md", ".html", ".htm")
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
# runs of letters: detect_language counts the letters in them (a text has far fewer runs than letters)
_THAI = re.compile(r"[\u0E00-\u0E7F]+")
_LATIN = re.compile(r"[A-Za-z]+")


@dataclass
class Segment:
    """A run of body text and where it starts in the raw file (text == raw[start:start+len])
    unless ``offsets`` maps each character (HTML with entities)."""

    text: str
    start: int
    offsets: list[tuple[int, int]] | None = None


@dataclass
class Release:
    path: Path
    raw: str
    sha256: str
    segments: list[Segment]
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def language(self) -> str:
        return self.meta.get("language") or detect_language(" ".join(s.text for s in self.segments))

    @property
    def title(self) -> str:
        if self.meta.get("title"):
            return self.meta["title"]
        first = next((s.text.strip() for s in self.segments if s.text.strip()), "")
        return first.splitlines()[0][:300] if first else self.stem


def detect_language(text: str) -> str:
    thai = sum(map(len, _THAI.findall(text)))
    latin = sum(map(len, _LATIN.findall(text)))
    if thai == 0 and latin == 0:
        return ""
    return "th" if thai >= latin * 0.3 else "en"


def max_bytes() -> int:
    try:
        return int(os.environ.get("ASEANKG_MAX_BYTES", DEFAULT_MAX_BYTES))
    except ValueError:
        return DEFAULT_MAX_BYTES


def decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise InputError("empty file", path)
    if data.startswith(b"%PDF"):
        raise InputError("a PDF file, not a text release", path)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 at byte {exc.start}", path) from None
    else:
        if b"\x00" in data[:4096]:
            raise InputError("binary data, not a text release", path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"not UTF-8 text (invalid byte at offset {exc.start})", path) from None
    controls = len(_CONTROLS.findall(text, 0, 4096))
    if controls > 8:
        raise InputError("binary data, not a text release", path)
    if not text.strip():
        raise InputError("empty file (only whitespace)", path)
    return text


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # control characters other than tab, newlines, form feed


def read_release(path: str | Path, limit: int | None = None) -> Release:
    """Read one release file or raise :class:`InputError` naming the file and the reason."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path)
    if path.is_dir():
        raise InputError("is a folder, not a release file", path)
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(f"unsupported file type '{path.suffix or '(none)'}' (expected .txt, .md or .html)", path)
    limit = max_bytes() if limit is None else limit
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"file too large ({size} bytes; the limit is {limit})", path)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", path) from None
    raw = decode(data, path)
    sidecar = path.with_name(path.stem + ".curation.json")
    # a curator's sidecar is part of what was loaded: changing it reloads the release
    sha = hashlib.sha256(data + (b"\0" + sidecar.read_bytes() if sidecar.is_file() else b"")).hexdigest()
    suffix = path.suffix.lower()
    if suffix == ".md":
        meta, segments = _markdown(raw)
    elif suffix in (".html", ".htm"):
        meta, segments = _html(raw)
    else:
        meta, segments = {}, [Segment(raw, 0)]
    if not any(s.text.strip() for s in segments):
        raise InputError("no text in the release", path)
    release = Release(path, raw, sha, segments, meta)
    unsupported = unsupported_language(release)
    if unsupported:
        raise InputError(f"unsupported language ({unsupported}); releases must be in Thai or English", path)
    return release


_ENGLISH_WORDS = frozenset(["the", "and", "of", "to", "in", "on", "at", "was", "were", "is", "are", "for", "with", "by", "a", "an", "as", "that", "this", "from", "has", "have", "will", "its", "their", "it", "be"])


def unsupported_language(release: Release) -> str:
    """Why a release is in neither Thai nor English ("" when it is in one of them): a declared
    language other than th/en, no Thai or Latin letters at all, or Latin text with hardly any
    English function words (French, Indonesian, Vietnamese...)."""
    declared = release.meta.get("language", "").strip().lower()[:2]
    if declared and declared not in ("th", "en"):
        return f"declared as '{release.meta['language']}'"
    text = " ".join(s.text for s in release.segments)
    if _THAI.search(text):
        return ""
    if not _LATIN.search(text):
        return "no Thai or English text"
    words = re.findall(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+", text.lower())
    if len(words) >= 12 and sum(w in _ENGLISH_WORDS for w in words) < 0.04 * len(words):
        return "not Thai or English text"
    return ""


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def _markdown(raw: str) -> tuple[dict[str, str], list[Segment]]:
    meta: dict[str, str] = {}
    start = 0
    m = _FRONT.match(raw)
    if m:
        for line in m.group(1).splitlines():
            if ":" in line:
                key, value = line.split(":", 1)
                meta[key.strip().lower()] = value.strip().strip("\"'")
        start = m.end()
    return meta, [Segment(raw[start:], start)]


class _TextCollector(HTMLParser):
    """Collects text runs with their source offsets; skips script, style and head noise."""

    SKIP = {"script", "style", "noscript", "template", "nav", "footer"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header",
             "title", "td", "blockquote"}

    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0]
        for m in re.finditer("\n", raw):
            self.line_starts.append(m.end())
        self.skip = 0
        self.in_title = False
        self.title = ""
        self.meta: dict[str, str] = {}
        self.chars: list[str] = []
        self.offsets: list[tuple[int, int]] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag in self.SKIP:
            self.skip += 1
        if tag == "html" and a.get("lang"):
            self.meta["language"] = a["lang"].split("-")[0].lower()
        if tag == "meta":
            name = (a.get("name") or a.get("property") or "").lower()
            for key in ("date", "publisher", "language", "url", "author"):
                if name in (key, f"dc.{key}", f"article:{key}", f"og:{key}", "dcterms." + key) and a.get("content"):
                    self.meta[key] = a["content"].strip()
            if name in ("article:published_time", "dc.date.issued") and a.get("content"):
                self.meta["date"] = a["content"].strip()[:10]
        if tag == "link" and a.get("rel") == "canonical" and a.get("href"):
            self.meta["url"] = a["href"]
        if tag == "title":
            self.in_title = True
        if tag in self.BLOCK:
            self._newline()

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag == "title":
            self.in_title = False
        if tag in self.BLOCK:
            self._newline()

    def _newline(self):
        if self.chars and self.chars[-1] != "\n":
            self.chars.append("\n")
            self.offsets.append((self._pos(), self._pos()))

    def _emit(self, text: str, at: int, source_len: int | None) -> None:
        """``source_len`` is None for literal text, else the length of the entity in the file."""
        if self.in_title:
            self.title += text
            return
        if self.skip:
            return
        for i, c in enumerate(text):
            self.chars.append(c)
            self.offsets.append((at + i, at + i + 1) if source_len is None else (at, at + source_len))

    def handle_data(self, data):
        self._emit(data, self._pos(), None)

    def handle_entityref(self, name):
        self._emit(html.unescape(f"&{name};"), self._pos(), len(name) + 2)

    def handle_charref(self, name):
        self._emit(html.unescape(f"&#{name};"), self._pos(), len(name) + 3)


def _html(raw: str) -> tuple[dict[str, str], list[Segment]]:
    parser = _TextCollector(raw)
    parser.feed(raw)
    parser.close()
    meta = dict(parser.meta)
    if parser.title.strip():
        meta.setdefault("title", html.unescape(parser.title.strip()))
    text = "".join(parser.chars)
    return meta, [Segment(text, 0, parser.offsets)]
