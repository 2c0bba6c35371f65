"""Property-based: extraction never raises on arbitrary text (other than a clean rejection), and
every evidence span lies inside the text with its quote equal to the text at that span."""

from __future__ import annotations

import hashlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import AseanKGError
from kg.pipeline import extract_release
from kg.read import Release, Segment

# pieces of real releases, so that the text reaches the recognisers and relation rules
FRAGMENTS = [
    "เมื่อวันที่ ๖ พฤษภาคม ๒๕๖๔ ", "นายธานี ทองภักดี ปลัดกระทรวงการต่างประเทศ ", "การประชุมสุดยอดอาเซียน-ญี่ปุ่น ครั้งที่ ๒๖ ",
    "ผ่านระบบการประชุมทางไกล ", "เป็นประธานร่วม ", "จำนวน ๑๐๐ ล้านดอลลาร์สหรัฐ ", "๓๑ กุมภาพันธ์ ", "(๑) ", "ณ กรุงจาการ์ตา ",
    "The 26th ASEAN-Japan Summit was held in Jakarta on 6 September 2023. ", "co-chaired by ", "Joko Widodo, ",
    "President of Indonesia", "Country Coordinator for ASEAN-India ", "US$100 million ", "A$1.5 billion for ",
    "Strategic Partnership in 2012", "via videoconference ", "Dr. ", "11-12 ", "2566 ", "\n\n", " ", ",", "–",
    "\u200b", "&amp;", "<p>", "\r\n", "ไทยเสนอ ๓ ประการ ได้แก่ ", "Thailand proposed ", "climate change",
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join),
)


def release_of(text: str) -> Release:
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Release(Path("prop.txt"), text, sha, [Segment(text, 0)], {})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_never_raises_and_spans_hold(text: str) -> None:
    try:
        out = extract_release(release_of(text))
    except AseanKGError:
        return  # a clean rejection (no date, no meeting...) is fine
    for ev in out.facts.evidence_spans():
        assert 0 <= ev.start <= ev.end <= len(text), ev
        assert text[ev.start:ev.end] == ev.quote, ev
