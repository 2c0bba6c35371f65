"""Relate mentions into facts: which meeting a sentence is about, who attended it in what role and
for whom, what was pledged or proposed, which partnerships, coordinators and topics were named.

The rules look at sentence structure and cue words in both languages (lists below), never at one
release's wording. Each fact keeps the evidence span it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from kg.errors import ExtractionError
from kg.facts import (
    Commitment,
    CoordinatorRole,
    Evidence,
    Extraction,
    Meeting,
    Note,
    Participation,
    Partnership,
    Person,
    TopicDiscussion,
)
from kg.namespaces import slug
from kg.normalise import Text
from kg.read import Release
from kg.recognise import (
    HON_EN,
    HON_TH,
    DateValue,
    MeetingName,
    Mention,
    Mentions,
    Money,
    PersonName,
    find_meeting_names,
    finditer_in,
    near,
    topic_labels,
)
from kg.reference import Reference, load_reference


def _lower_literals(pattern: str) -> str:
    """The pattern for casefolded text: letters lowercased, escapes (\\S, \\B, \\D) kept as they are."""
    out, escaped = [], False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return "".join(out)


class Cue:
    """A case-insensitive cue searched, where it can be, as a case-sensitive pattern on the casefolded
    text: re.IGNORECASE makes every alternative slow to scan for, and these run on every sentence."""

    def __init__(self, pattern: str) -> None:
        self.ci = re.compile(pattern, re.I)
        self.folded = re.compile(_lower_literals(pattern))

    def search(self, text: str, pos: int = 0, endpos: int | None = None, folded: str | None = None):
        end = len(text) if endpos is None else endpos
        return self.folded.search(folded, pos, end) if folded is not None else self.ci.search(text, pos, end)


# ---------------------------------------------------------------- cue words (both languages)

PLANNED = Cue(r"จะจัดขึ้น|เตรียมการสำหรับการประชุม|in preparation for the|ahead of the|จะมีขึ้น|คาดว่าจะ|มีกำหนด|กำหนดจัด|จะเข้าร่วม|จะเดินทาง|ที่จะถึงนี้|จะเป็นเจ้าภาพ|จะเป็นประธาน|"
                     r"ที่จะมีขึ้น|ซึ่งจะ|ครั้งต่อไป|will be held|will take place|will host|will attend|will co-chair|"
                     r"will chair|will participate|will lead|is scheduled|are scheduled|scheduled to|upcoming|"
                     r"forthcoming|to be held|is expected to|will be convened|will convene|next year|plans to hold|"
                     r"planned for|set to (?:take place|be held)|to be hosted|will be hosted|will be co-chaired|will be chaired")
# a meeting named as the occasion of another: "on the sidelines of the 33rd ASEAN Summit"
OCCASION = re.compile(r"(?:sidelines of|in conjunction with|on the margins of|margins of|back-to-back with|day of|"
                      r"during|ahead of|on the occasion of|(?:with)?in the framework of|as part of|"
                      r"ควบคู่กับ(?:การ)?|ในห้วง|ในช่วง|ในระหว่าง|ในโอกาส|ในกรอบ|ส่วนหนึ่งของ)\s*(?:the\s+)?$", re.I)
RECALL = Cue(r"เมื่อปี|เมื่อเดือน|ตั้งแต่|ครบรอบ|ที่ผ่านมา|ก่อนหน้า|ผลการประชุม|ผลลัพธ์|ต่อยอด|ตามที่|ที่ได้มีขึ้น|"
                    r"recall|since|anniversary|last year|outcomes? of|building on|follow(?:ing|ed)? up on|"
                    r"was elevated|were elevated|was established|were established|launched in|adopted at|"
                    r"agreed at|in \d{4}")
ONLINE = Cue(r"ผ่านระบบการประชุมทางไกล|การประชุมทางไกล|ทางวีดิทัศน์|ระบบวีดิทัศน์|ผ่านระบบออนไลน์|รูปแบบออนไลน์|"
                    r"(?<!หลอกลวง)ทางออนไลน์|video ?conference|video link|virtual(?:ly)?|"
                    r"online(?! scam| fraud| gambling| platform| content| safety| harm)|teleconference|by video")
HYBRID = Cue(r"ทั้งรูปแบบ(?:พบหน้า|การประชุมแบบพบหน้า)|รูปแบบผสม|แบบผสม|ไฮบริด|hybrid|in-person and virtual|"
                    r"in person and virtually|physically and virtually")
IN_PERSON = Cue(r"รูปแบบพบหน้า|แบบพบหน้า|in person|in-person|face-to-face")
AT_PLACE = re.compile(r"(?:ณ|ที่|in|at|held in|hosted in|took place in|(?:visit|trip|travelled|traveled) to)\s*(?:the\s+)?(?:กรุง|นคร|นครหลวง|เมือง|จังหวัด|เกาะ)?"
                      r"\s*$",
                      re.I)
CO_CHAIR = re.compile(r"เป็นประธานร่วม|ร่วมเป็นประธาน|ประธานร่วม|co-chair(?:ed|s|ing)?|co-chairs?|co-hosted", re.I)
CHAIR = re.compile(r"เป็นประธาน(?!ร่วม|าธิบดี)|ทำหน้าที่ประธาน|ในฐานะประธาน(?!ร่วม|าธิบดี)|chaired|chairs |chair of|"
                   r"presided|under the chairmanship|as chair\b|as the chair|in (?:his|her) capacity as (?:the )?chair", re.I)
# "Chair of the Initiative for ASEAN Integration (IAI) Task Force", "ประธานคณะทำงาน...": a body's chair
CHAIR_OF_BODY = re.compile(r"(?:\s*of)?\s*(?:the\s+)?(?:(?!Meeting|Summit|Conference|Dialogue|Forum|Session|SOM|"
                           r"PMC|[Mm]eeting|[.;,])[^.;,]){0,70}?\b(?:Task Force|Working Group|Council|Board|Commission|"
                           r"Fund|Centre|Center|Network|Expert Group)\b|\s*(?:คณะทำงาน|คณะกรรมการ(?!ความร่วมมือร่วม)|กองทุน|ศูนย์)")
HOST = re.compile(r"เป็นเจ้าภาพ|hosted|hosts |as host", re.I)
ATTEND = re.compile(r"เข้าร่วม|ร่วมการประชุม|นำคณะ|เป็นหัวหน้าคณะ|หัวหน้าคณะผู้แทน|กล่าว|หารือ|ได้พบ|พบหารือ|แถลง|ผู้แทน|ประธาน|"
                    r"เจ้าภาพ|เป็นผู้แทน|ร่วมกับ|ต้อนรับ|ได้เสนอ|เสนอ|ย้ำ|attend|participat|join|led |lead|chair|deliver|"
                    r"remark|met |meet|represent|head|spoke|speak|said|stated|welcom|host|took part|opened|"
                    r"underscored|highlighted|noted|proposed|emphasi[sz]ed|reaffirmed|expressed|announced|pledged|"
                    r"was accompanied|accompanied", re.I)
NOT_PRESENT = re.compile(r"(?:รัฐบาล|ภายใต้การนำของ|สมัย|administration of|government of|the late|Al-Marhum|ibni|bin|binti)"
                         r"\s*(?:Sultan\s+)?$", re.I)
HONORIFIC_BEFORE = re.compile(rf"(?:{HON_TH}|{HON_EN}|ท่าน|คุณ)\s?$")
TITLED = re.compile(r"(?:นาย|นาง|ดร\.|พล|สมเด็จ|เจ้าชาย|ดาโต|ตันศรี|ศาสตราจารย์|H\.E\.|Dr|Mr|Ms|Mrs|General|Samdech|Sultan|Dato|Tan Sri)")
TOOK_PART = re.compile(r"เข้าร่วม|ร่วมการประชุม|attend|took part|take part|participat|joined|will join", re.I)
REPORTED_PAST = re.compile(r"ได้(?:เข้าร่วม|เป็นประธาน|ร่วม|จัด|พบ|หารือ|เดินทาง)|จัดขึ้นเมื่อ|\b(?:was held|were held|took place|attended|"
                           r"met|joined|co-chaired|chaired|convened|participated)\b")
SHORT_POST_AFTER = re.compile(r"ฯ|\s?(?:ได้(?:เข้าร่วม|เป็นประธาน|นำคณะ|ร่วม)|เข้าร่วม|เป็นประธาน|นำคณะ)")
# a weekday with no date: "met in Brussels on Wednesday", "เมื่อวันพุธที่ผ่านมา"
WEEKDAY = re.compile(r"\bon (?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s*(?:the\s+)?\d)(?!,?\s+[A-Z][a-z]+ \d)|"
                     r"เมื่อวัน(?P<th>จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)(?!\s*ที่\s*\d)")
WEEKDAYS = {d: n for n, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
WEEKDAYS.update({d: n for n, d in enumerate(["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"])})
PREPARING = re.compile(r"ahead of the|in preparation for the|เตรียมการสำหรับการประชุม", re.I)
MET = re.compile(r"\b(?:met|was held|were held|took place|convened)\b|จัดขึ้น|ได้จัด|ได้ประชุม|ได้พบหารือ")
HELD = re.compile(r"was held|were held|took place|convened|จัดขึ้น|ได้จัด", re.I)
NOT_PRESENT_AFTER = re.compile(r"^(?:'s)?\s*(?:administration|government|era)", re.I)
PLEDGE = re.compile(r"ให้ความช่วยเหลือ|ช่วยเหลือ|สนับสนุน|มอบ|บริจาค|จัดสรร|ประกาศ|ให้เงิน|ให้ทุน|อุดหนุน|สมทบ|เพิ่มเงิน|"
                    r"extend|loan|pledg|commit|provid|will invest|is investing|mobili[sz]|"
                    r"contribut|announc|allocat|donat|grant|fund|support|earmark|assistance|disburs|offer", re.I)
BACKGROUND_DAYS = 14
# where a clause opens: the subject of the verb comes after the last of these
CLAUSE = re.compile(r"[.;]\s|\n|,\s(?:and|while|but|which)\s|\swhich\s|ซึ่ง|\sและ|\sโดย|ทั้งนี้|(?<=ประกาศ)ว่า|"
                    r"(?<=กล่าว)ว่า|(?<=ระบุ)ว่า|(?<=แจ้ง)ว่า|"
                    # "von der Leyen announced that the EU ... will mobilise": the reported clause's subject
                    r"\b(?:announced|said|stated|noted|confirmed|declared|added|affirmed) that\s")
ITEMISED = re.compile(r"includ|ประกอบด้วย|ได้แก่|แบ่งเป็น|comprising|consist", re.I)
RECIPIENT_CUE = re.compile(r"(?:แก่|ให้แก่|ให้กับ|กับ|ต่อ|สำหรับ|to|for|towards|into)\s*(?:the\s+)?$", re.I)
PROPOSE = re.compile(r"เสนอ|ผลักดัน|ข้อเสนอ|ริเริ่ม|proposed|propose|put forward|suggested|called for|recommended|"
                     r"outlined|set out|laid out|put forth|presented|identified|proposals?|offered|priorit", re.I)
UPGRADE = re.compile(r"ยกระดับ|สถาปนา|จัดตั้ง|ก่อตั้ง|ได้รับสถานะ|เป็นคู่เจรจา|elevat|upgrad|establish|became|conferred|"
                     r"launched|granted|was accorded|since|ตั้งแต่|เมื่อปี", re.I)
COORDINATOR_ANCHOR = re.compile(r"ผู้ประสานงาน|oordinator")  # in every COORDINATOR match
HANDOVER = re.compile(r"hand(?:ed|s|ing)? over (?:that role |the role |the baton |the position )?to(?: the)?\s*|"
                      r"pass(?:ed|es|ing)? (?:that role |the role |the baton )?(?:on )?to(?: the)?\s*|"
                      r"ส่งมอบ(?:ตำแหน่ง|บทบาท|หน้าที่)?\S{0,40}?(?:ให้แก่|ให้กับ|แก่)\s*", re.I)
COORDINATOR = re.compile(r"(?:ในฐานะ)?(?:ประเทศ)?ผู้ประสานงาน(?:ความสัมพันธ์)?|[Cc]ountry [Cc]oordinator|[Cc]oordinator|"
                         r"ประเทศผู้ประสานงาน")
LEVELS = [
    (re.compile(r"หุ้นส่วน(?:ทาง|เชิง)?ยุทธศาสตร์\s?(?:ที่|แบบ|อย่าง)?(?:ครอบคลุม|รอบด้าน)|"
                r"Comprehensive Strategic Partnership|comprehensive strategic partners\b|CSP\b", re.I),
     "ComprehensiveStrategicPartnership"),
    (re.compile(r"หุ้นส่วน(?:ทาง|เชิง)?ยุทธศาสตร์(?!\s?(?:ที่|แบบ|อย่าง)?(?:ครอบคลุม|รอบด้าน))|"
                r"(?<!Comprehensive )Strategic Partnership|(?<!comprehensive )strategic partners\b", re.I),
     "StrategicPartnership"),
    (re.compile(r"คู่เจรจาเฉพาะด้าน|Sectoral Dialogue Partner", re.I), "SectoralDialoguePartner"),
    (re.compile(r"(?:สถานะ(?:การเป็น)?|เป็น|ประเทศ)หุ้นส่วนเพื่อการพัฒนา|Development Partner(?:ship)?", re.I),
     "DevelopmentPartner"),
    (re.compile(r"(?:สถานะ(?:การเป็น)?(?:ประเทศ)?|เป็น(?:ประเทศ)?|ความสัมพันธ์(?:ในฐานะ)?)คู่เจรจา(?!เฉพาะด้าน)(?:อย่าง)?(?:เต็มรูปแบบ)?|"
                r"(?<!Sectoral )Dialogue Partner(?:ship)?(?: status)?|"
                # "dialogue relations between the EU and ASEAN date back to 1977": the level, with its year
                r"dialogue relations(?=(?:(?!partner)[^.;]){0,60}?(?:date back to|dating back to|since|established in|began in|"
                r"launched in|(?:were|was) established|started in)\s*(?:in\s+)?(?:\d{1,2}\s+\w+\s+)?(?:19|20)\d\d)|"
                # "since the establishment of (ASEAN-ROK) dialogue relations in 1989"
                r"(?:establishment|start|beginning|inception|launch) of (?:[\w-]+ ){0,3}dialogue relations"
                r"(?=,?\s+(?:in|since)\s+(?:\w+\s+)?(?:19|20)\d\d)",
                re.I), "DialoguePartner"),
]
LEVEL_ANCHOR = re.compile(r"partner|หุ้นส่วน|คู่เจรจา|CSP|dialogue relations", re.I)  # a word every level's name has
# a relative clause saying when a level was reached, between the level and the year
ESTABLISHED_IN = re.compile(r"(?:\b(?:that|which|to which|when)\b|ซึ่ง|ที่)[^.;]{0,70}?(?:established|raised|elevated|upgraded|"
                            r"launched|reached|agreed|announced|จัดตั้ง|สถาปนา|ยกระดับ|ประกาศ|ก่อตั้ง)", re.I)
# a month and year right after a meeting's name ("... ในเดือนกรกฎาคม ๒๕๖๗", "... in October 2024")
MONTH_YEAR = re.compile(r"\s*(?:,\s*)?(?:ใน|in |on |during |of )?(?:เดือน)?\s?(?P<month>[ก-ฮะ-์.]+|[A-Z][a-z]+\.?)\s?"
                        r"(?:พ\.ศ\.\s?|ค\.ศ\.\s?)?(?P<year>[12][0-9]{3})(?![0-9])")
WITH_PARTNERS = re.compile(r"คู่เจรจา|[Dd]ialogue [Pp]artners|PMC")
GENERIC_SERIES = "-meeting"  # a name that says neither kind nor track ("การประชุมอาเซียน-ญี่ปุ่น")
DOLLARS = {"USD", "AUD", "NZD", "CAD", "SGD", "BND", "HKD", "TWD"}  # currencies written "$" at home
MIDDLE_TITLES = {"Haji", "Hajah", "Hj", "Hj.", "bin", "binti", "Bin", "Binti"}
FIRST_PERSON = re.compile(r"\bI (?:have |had )?(?:today |also )?(?P<verb>co-chaired|chaired|attended|joined|hosted|led|"
                          r"took part|participated|met (?:Southeast Asian|ASEAN|regional|Indo-Pacific|fellow) leaders)")
ROLE_RANK = {"participant": 0, "host": 1, "chair": 2, "co-chair": 2}
PRONOUN = re.compile(r"\b(?:He|She|he|she)\b|^\s*ท่าน")
# a forum named as a body its members belong to
FRAMEWORK = re.compile(r"(?:ที่เข้าร่วม|ประเทศสมาชิก(?:ของ)?|สมาชิก(?:ของ)?|participating in|participants in|"
                       r"members? of|member states of|countries of)\s*(?:the\s+)?$", re.I)
TODAY = re.compile(r"\btoday\b|วันนี้", re.I)
ALSO_NAMED = re.compile(r"(?:\b(?:which|that) (?:is|was) also|\balso known as|\balso called|\botherwise known as|"
                        r"ซึ่ง(?:ถือ)?เป็น(?:การประชุม)?(?:ครั้งเดียวกับ)?)\s*(?:the\s+)?$")
DOES_MEETING = re.compile(r"\b(?:convened|opened|attended|joined|co-chaired|chaired|hosted|held)\s+(?:the\s+)?$|"
                          r"(?:ได้)?(?:เข้าร่วม|เป็นประธาน|เป็นประธานร่วม|เป็นเจ้าภาพจัด)\s*$")
SAME_DAY = re.compile(r"\b(?:[Ll]ater (?:in|that) (?:the )?day|[Oo]n the same day|[Tt]he same day|[Ee]arlier (?:in|that) "
                      r"(?:the )?day)\b|ในวันเดียวกัน|วันเดียวกันนี้")
RELATIVE_DAY = re.compile(r"\b(?:yesterday|today|tomorrow|this morning|this afternoon|this evening|tonight)(?:'s|’s)?\b|"
                          r"เมื่อวานนี้|เมื่อวาน|วันนี้|พรุ่งนี้|เช้านี้", re.I)
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1, "this morning": 0, "this afternoon": 0, "this evening": 0,
                 "tonight": 0, "เมื่อวานนี้": -1, "เมื่อวาน": -1, "วันนี้": 0, "พรุ่งนี้": 1, "เช้านี้": 0}
# a sentence about several meetings at once
ALL_MEETINGS = re.compile(r"\b(?:both|all(?: (?:two|three|four|five|[2-9]))?|each of the(?: (?:two|three|four|[2-9]))?)"
                          r" (?:meetings|summits|sessions|of the meetings|of the summits)\b|\b(?:were|was) all "
                          r"(?:co-)?chaired|\bboth chaired|การประชุม(?:ทั้ง|ทุก)|ทั้ง\s?(?:สอง|สาม|สี่|ห้า|[2-9])\s?"
                          r"(?:การประชุม|ครั้ง|รายการ)|ทุกการประชุม|(?:รวม\s?)?[2-9]\s?การประชุม|"
                          r"\b(?:two|three|four|five|[2-9]) (?:meetings|sessions|summits)\b", re.I)
COUNT_WORDS = {"both": 2, "two": 2, "สอง": 2, "2": 2, "three": 3, "สาม": 3, "3": 3,
               "four": 4, "สี่": 4, "4": 4, "five": 5, "ห้า": 5, "5": 5}  # (relate reads text with Western digits)
# the numbering or Markdown marks before a heading
HEADING_MARK = re.compile(r"^\s*(?:#+\s*|\d{1,2}[.)]\s*|\(?[a-zก-ฮ]\)\s*|\*\*)|\*\*\s*$")
# a year that dates something else: an anniversary, when dialogue began
NOT_SINCE = re.compile(r"(?:ครบรอบ|anniversary|ในปีแห่ง)\D{0,25}$", re.I)
# ... and items that open a line ("1. early conclusion of ..."), taken only after a colon (see proposals)
LINE_ITEM = r"|(?m:^[ \t]*(\d{1,2})\.[ \t]+)"
LIST_ANCHOR = re.compile(r"[()]|\d|(?i:irst|econd|hird|ourth|ifth|ixth)|ประการ")  # in every list marker
LIST_TH = re.compile(r"\((\d{1,2})\)|(?<![\d.])(\d{1,2})\)(?=\s?\S)|ประการ(?:ที่)?(แรก|หนึ่ง|สอง|สาม|สี่|ห้า|หก|\d)" + LINE_ITEM)
LIST_EN = re.compile(r"\((\d{1,2}|[ivx]{1,4}|[a-h])\)|(?<![\w.])(\d{1,2})\)|(?<![A-Za-z])(?:(First|Second|Third|Fourth|Fifth|"
                     r"Sixth)(?:ly)?,)|(?<=[;,:] )(?:and )?(first|second|third|fourth|fifth|sixth)(?:ly)?," + LINE_ITEM, re.I)
THAI_ORD = {"แรก": 1, "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}
EN_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
THAI_CLAUSE = re.compile(r"โดย|ซึ่ง|ขณะที่|ทั้งนี้|เข้าร่วม|นอกจากนี้|[,;]|\bwhile\b|\bwhereas\b")
TH_BOUNDARY = re.compile(r"\s(?=ทั้งนี้|นอกจากนี้|อนึ่ง|ในการนี้|ในโอกาสนี้|ที่ประชุม|ต่อมา|จากนั้น|ขณะเดียวกัน|"
                         r"ในช่วง|สำหรับ|โดยที่ประชุม|ส่วน|อีกทั้ง|รวมทั้ง(?=ที่ประชุม)|ทั้งสองฝ่าย|ไทย|ฝ่าย)")
EN_BOUNDARY = re.compile(r"(?<=[.!?])[\"')]?\s+(?=[A-Z\"(])")
EN_ABBREV = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|No|Jr|Sr|Prof|Gen|Sen|Rep|Hon|Amb|Lt|Col|Capt|H\.E|U\.S|U\.K|e\.g|i\.e|"
                       r"Co|Inc|Ltd|vs|approx)\.|\b[A-Z]\.)$")
KIND_LABELS = {"summit": "Summit", "fmm": "Foreign Ministers' Meeting", "som": "Senior Officials' Meeting",
               "jcc": "Joint Cooperation Committee", "jscc": "Joint Sectoral Cooperation Committee",
               "aem": "Economic Ministers' Consultations", "defence": "Defence Ministers' Meeting",
               "committee": "Committee Meeting", "meeting": "Meeting", "business": "Business Summit",
               "businessforum": "Business Forum", "businesscouncil": "Business Council", "youth": "Youth Summit",
               "youthforum": "Youth Forum"}


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
            if not EN_ABBREV.search(para[max(0, m.start() - 6):m.start()]):
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


class Relater:
    """One release's mentions turned into facts."""

    def __init__(self, release: Release, text: Text, mentions: Mentions, release_date: date) -> None:
        self.release = release
        self.t = text
        self.text = text.text
        self.m = mentions
        self.ref: Reference = load_reference()
        self.language = release.language
        self.release_date = release_date
        self.sents = sentences(self.text, self.language)
        self.names = find_meeting_names(self.text, mentions.items)
        self.x = Extraction(release.stem, self.language, release_date)
        self.sentence_meeting: dict[int, str] = {}
        self.umbrella_sents: set[int] = set()  # sentences naming a series whose sessions are reported
        self._mode_cache: dict[int, tuple[str, str]] = {}
        self.publisher_country = self._publisher_country()
        self.mekong = self.ref.mekong_countries()
        folded = self.text.casefold()
        self.folded: str | None = folded if len(folded) == len(self.text) else None  # for Cue.search

    # -------------------------------------------------------- helpers

    def ev(self, start: int, end: int) -> Evidence:
        quote, a, b = self.t.quote(start, end)
        return Evidence(quote, a, b)

    def sent_of(self, pos: int) -> int:
        for i, s in enumerate(self.sents):
            if s.start <= pos < s.end:
                return i
        return len(self.sents) - 1

    def sentence_at(self, pos: int) -> Sentence:
        return self.sents[self.sent_of(pos)]

    def _cue(self, cue: Cue, s: Sentence) -> bool:
        return cue.search(self.text, s.start, s.end, self.folded) is not None

    def _recalls(self, s: Sentence, meeting: Meeting) -> bool:
        """The sentence looks back; an anniversary is no look back for the meeting that celebrates it
        ("การประชุมสุดยอดอาเซียน-รัสเซีย สมัยพิเศษ เพื่อฉลองครบรอบ ๒๐ ปี ... ระหว่างวันที่ ๑๙ - ๒๐ พ.ค.")."""
        cues = [c.group() for c in RECALL.folded.finditer(self.folded, s.start, s.end)]
        if meeting.qualifier in ("Commemorative", "Special"):
            cues = [c for c in cues if c not in ("ครบรอบ", "anniversary")]
        return bool(cues)

    def in_sent(self, i: int, *kinds: str) -> list[Mention]:
        s = self.sents[i]
        return self.m.within(s.start, s.end, *kinds)

    def _publisher_country(self) -> str:
        pub = (self.release.meta.get("publisher") or "").lower()
        for actor in self.ref.actors.values():
            if actor.type == "Country" and actor.label_en.lower() in pub:
                return actor.id
        if "thai" in pub or "กระทรวงการต่างประเทศ" in pub or (not pub and self.language == "th"):
            return "thailand"
        return ""

    def country_of(self, actor_id: str) -> str:
        actor = self.ref.actors.get(actor_id)
        if actor and actor.type == "GovernmentAgency" and actor.parent:
            return actor.parent
        return actor_id

    # -------------------------------------------------------- meetings

    def meetings(self) -> None:
        groups: list[tuple[Meeting, list[Mention]]] = []
        previous: tuple[Mention, list[Mention]] | None = None
        glossed: dict[str, list[Mention]] = {}
        for nm in self.names:
            v: MeetingName = nm.value
            if v.anaphoric:
                continue
            # "การประชุมสุดยอดสมัยพิเศษอาเซียน-สหภาพยุโรป ... (ASEAN-EU Commemorative Summit)": a gloss
            # in brackets names the meeting just named
            also = ALSO_NAMED.search(self.text[max(0, nm.start - 40):nm.start])
            if previous and (also or "(" in self.text[max(0, nm.start - 2):nm.start + 1] and
                             0 <= nm.start - previous[0].end < 80 and
                             self.sent_of(nm.start) == self.sent_of(previous[0].start)):
                # "(AMM Retreat)" right after a name, or "The Summit, which is also the 19th ASEAN-India
                # Summit": another name of the meeting just named
                previous[1].append(nm)
                glossed[self._series_key(v)] = previous[1]  # "(AMM Retreat)": later "the AMM Retreat" too
                owner = next(m for m, ms in groups if ms is previous[1])
                if v.ordinal and not owner.ordinal:
                    owner.ordinal = v.ordinal
                continue
            series = self._series_key(v)
            match = None
            for meeting, mentions in groups:
                if glossed.get(series) is mentions and (v.ordinal is None or meeting.ordinal in (None, v.ordinal)):
                    match = (meeting, mentions)
                    break
                if meeting.series == series and (v.ordinal is None or meeting.ordinal in (None, v.ordinal)):
                    match = (meeting, mentions)
                    break
                # "การประชุมอาเซียน-ญี่ปุ่น (ASEAN-Japan Forum) ครั้งที่ ๓๙", then "การประชุมอาเซียน-ญี่ปุ่น ครั้งที่ ๓๙"
                if v.ordinal and meeting.ordinal == v.ordinal and sorted(meeting.parties) == sorted(v.parties) and \
                        GENERIC_SERIES in (meeting.series[-8:], series[-8:]) and not v.qualifier:
                    if meeting.series.endswith(GENERIC_SERIES):
                        meeting.series, meeting.kind = series, v.kind
                    match = (meeting, mentions)
                    break
            if match:
                match[1].append(nm)
                previous = (nm, match[1])
                if v.ordinal and not match[0].ordinal:
                    match[0].ordinal = v.ordinal
                continue
            meeting = Meeting(key="", series=series, kind=v.kind, parties=list(v.parties), label="",
                              name_as_written=nm.text, evidence=self.ev(nm.start, nm.end), ordinal=v.ordinal,
                              mechanism=v.mechanism, qualifier=v.qualifier, language=self.language)
            groups.append((meeting, [nm]))
            previous = (nm, groups[-1][1])
        # "การประชุมสุดยอดอาเซียน-เกาหลี" after "...สมัยพิเศษเพื่อรำลึก...": the same meeting, named short
        # "การประชุมสุดยอดสมัยพิเศษอาเซียน-สหภาพยุโรป" and "...สมัยพิเศษ...เพื่อรำลึกครบรอบ ๔๕ ปี": special and
        # commemorative are one meeting, the commemorative name the more telling
        merged = []
        for meeting, mentions in groups:
            # (not the partner's regular meeting "to be held in Vientiane in July" after a special one)
            ahead = any(self._planned_near(nm) for nm in mentions)
            twin = next((m for m, ms in merged if m.kind == meeting.kind and sorted(m.parties) == sorted(meeting.parties)
                         and ahead <= any(self._planned_near(nm) for nm in ms)
                         and ((m.qualifier and not meeting.qualifier and not meeting.ordinal) or
                              ({m.qualifier, meeting.qualifier} == {"Special", "Commemorative"}
                               and (m.ordinal is None or meeting.ordinal in (None, m.ordinal))))), None)
            if twin is not None:
                next(ms for m, ms in merged if m is twin).extend(mentions)
                if meeting.qualifier == "Commemorative":
                    twin.qualifier, twin.series = meeting.qualifier, meeting.series
                continue
            merged.append((meeting, mentions))
        groups = merged
        umbrella = None
        sessions = [m for m, _ in groups if len(m.parties) > 1 and m.kind == "MinisterialMeeting"]
        if groups and len(sessions) >= 2:
            # the first meeting named, or one named as ASEAN's with its dialogue partners ("การประชุมระดับ
            # รัฐมนตรีระหว่างอาเซียนกับประเทศคู่เจรจา ๓ การประชุม", "PMC+1 sessions with Dialogue Partners")
            heads = [g for n, g in enumerate(groups) if n == 0 or any(WITH_PARTNERS.search(nm.text) for nm in g[1])]
            head, head_mentions = next((g for g in heads if len(g[0].parties) <= 1 and g[0].kind == "MinisterialMeeting"
                                        and g[0].mechanism in ("pmc", "")), groups[0])
            if len(head.parties) <= 1 and head.kind == "MinisterialMeeting" and (head.mechanism in ("pmc", "")):
                umbrella = (head, head_mentions)
                groups = [g for g in groups if g[0] is not head]
                self._place_in_time(head, head_mentions, True)
                for nm in head_mentions:
                    self.umbrella_sents.add(self.sent_of(nm.start))
                    self.x.notes.append(Note("series of sessions, reported one by one", nm.text,
                                             self.ev(nm.start, nm.end)))
        first = True
        focus = ""
        main_status = ""
        # "on the sidelines of the 43rd ASEAN Summit": the occasion is not what the release reports
        occasions = [g for g in groups if all(self._occasion(nm) for nm in g[1])]
        if occasions and len(occasions) < len(groups):
            groups = [g for g in groups if g not in occasions] + occasions
        lead_sents: set[int] = set()
        background: list[tuple[Meeting, list[Mention]]] = []
        for meeting, mentions in groups:
            keep = first or any(self._anchored(nm) for nm in mentions) or (meeting, mentions) in occasions
            if not keep:
                for nm in mentions:
                    self.x.notes.append(Note("meeting mentioned in passing", nm.text, self.ev(nm.start, nm.end)))
                background.append((meeting, mentions))
                continue
            primary = first and umbrella is None
            first = False
            self._place_in_time(meeting, mentions, primary)
            if umbrella and not meeting.start and meeting.status == "held":
                meeting.start, meeting.end = umbrella[0].start, umbrella[0].end
            if not primary and meeting.end and (self.release_date - meeting.end).days > BACKGROUND_DAYS and \
                    not any(self._reported_held(nm) for nm in mentions):
                # a meeting weeks before the release is background ("adopted at the Summit in June")
                for nm in mentions:
                    self.x.notes.append(Note("earlier meeting mentioned as background", nm.text,
                                             self.ev(nm.start, nm.end)))
                background.append((meeting, mentions))
                continue
            if primary:
                main_status = meeting.status
            elif not meeting.status_said and main_status:
                meeting.status = main_status
                # "The 26th ASEAN-China Summit, the 24th ASEAN-ROK Summit and the ASEAN-Canada Summit
                # were all chaired by ...": named with the main meeting, held when it was
                lead = self.x.meetings[0] if self.x.meetings else None
                if lead and lead.start and main_status == "held" and not umbrella and any(
                        not self._occasion(nm) and self.sent_of(nm.start) in lead_sents for nm in mentions):
                    meeting.start, meeting.end = lead.start, lead.end
            meeting.key = self._key(meeting)
            meeting.label = self._label(meeting)
            if self.x.meeting(meeting.key):
                continue
            self.x.meetings.append(meeting)
            if len(self.x.meetings) == 1:
                lead_sents = {self.sent_of(nm.start) for nm in mentions}
            for nm in mentions:
                if self._framework(nm):
                    continue
                if not self._occasion(nm) or meeting is self.x.meetings[0]:
                    self.sentence_meeting.setdefault(self.sent_of(nm.start), meeting.key)
        # sentences that name no meeting are about the focus: the release's main meeting, or the one a
        # paragraph or sentence opens with ("The ASEAN-Canada Summit ..."); a meeting named in passing
        # mid-sentence does not take the focus
        keys = {m.key: m for m in self.x.meetings}
        primary = self.x.meetings[0].key if self.x.meetings else ""
        headings = self._headings()
        para = -1
        section = primary
        for i, sent in enumerate(self.sents):
            if sent.para != para:
                # a heading ("๒. การประชุมรัฐมนตรีต่างประเทศอาเซียน-ออสเตรเลีย", "## 26th ASEAN-China Summit")
                # makes its meeting the focus of the paragraphs under it
                if headings.get(i) in keys:
                    section = headings[i]
                para, focus = sent.para, section
            opens_with_anaphor = any(n.value.anaphoric and sent.start <= n.start < sent.start + 15 for n in self.names)
            if opens_with_anaphor and focus and i in self.sentence_meeting:
                # "The Summit took place on the final day of the 47th ASEAN Summit": about the focus
                self.sentence_meeting[i] = focus
                continue
            if i in self.sentence_meeting:
                key = self.sentence_meeting[i]
                opening = [n for n in self.names if not n.value.anaphoric and sent.start <= n.start < sent.start + 60
                           and self._series_key(n.value) == keys[key].series]
                if opening and (keys[key].status == "held" or self.in_sent(i, "person")):
                    focus = key
                continue
            if focus:
                self.sentence_meeting[i] = focus
        if self.x.meetings:
            primary = self.x.meetings[0]
            for i in range(len(self.sents)):
                self.sentence_meeting.setdefault(i, primary.key)
            self._modes_and_places(umbrella[1] if umbrella else [])
            self._past_meetings(background)

    def _past_meetings(self, background: list[tuple[Meeting, list[Mention]]]) -> None:
        """Meetings the release names only in passing, as done ("นับจากการประชุมครั้งที่ ๓ เมื่อเดือน
        สิงหาคม ๒๕๖๓", "the 16th ASEAN-India Summit in Bangkok on 3 November 2019"): held meetings
        with what the release says of them, when it names them precisely (an ordinal or a date); no
        one attends them and nothing is discussed at them in this release."""
        for meeting, mentions in background:
            if getattr(meeting, "_bg_done", False):
                continue
            if not hasattr(meeting, "start") or meeting.start is None:
                self._place_in_time(meeting, mentions, False)
            if meeting.status != "held" or not (meeting.ordinal or meeting.start):
                continue
            meeting.key = self._key(meeting)
            meeting.label = self._label(meeting)
            if self.x.meeting(meeting.key):
                continue
            meeting.mode, meeting.city = self._mode_city(sorted({self.sent_of(n.start) for n in mentions}))
            if meeting.mode == "online":
                meeting.city = ""
            self.x.meetings.append(meeting)

    def _headings(self) -> dict[int, str]:
        """Paragraphs that are little more than a meeting's name ("๒. การประชุมรัฐมนตรีต่างประเทศอาเซียน-
        ออสเตรเลีย", "2. The 22nd ASEAN Plus Three Foreign Ministers' Meeting"): first sentence -> meeting."""
        by_para: dict[int, list[int]] = {}
        for i, sent in enumerate(self.sents):
            by_para.setdefault(sent.para, []).append(i)
        out: dict[int, str] = {}
        for ids in by_para.values():
            first, last = self.sents[ids[0]], self.sents[ids[-1]]
            line = HEADING_MARK.sub("", self.text[first.start:last.end]).strip()
            names = [n for n in self.names if not n.value.anaphoric and first.start <= n.start < last.end]
            if names and len(line) <= 90 and sum(n.end - n.start for n in names) >= 0.6 * len(line):
                key = self.sentence_meeting.get(self.sent_of(names[0].start))
                if key:
                    out[ids[0]] = key
        return out

    def _led_by(self, nm: Mention, cue: re.Pattern) -> bool:
        """The cue ends right before the name, within its sentence."""
        s = self.sentence_at(nm.start)
        return bool(cue.search(self.text[max(s.start, nm.start - 30):nm.start]))

    def _occasion(self, nm: Mention) -> bool:
        """"on the sidelines of the 43rd ASEAN Summit": named as the occasion of another meeting."""
        return self._led_by(nm, OCCASION)

    def _framework(self, nm: Mention) -> bool:
        """"๑๘ ประเทศที่เข้าร่วมการประชุมสุดยอดเอเชียตะวันออก", "countries participating in the East Asia
        Summit": the forum as a body, not a meeting held."""
        return not nm.value.ordinal and self._led_by(nm, FRAMEWORK)

    def _anchored(self, nm: Mention) -> bool:
        """A meeting the release reports, not one it mentions in passing."""
        if self._framework(nm):
            return False
        i = self.sent_of(nm.start)
        s = self.sents[i]
        sentence = self.text[s.start:s.end]
        if self._occasion(nm):
            return False
        if self._cue(PLANNED, s):
            return True
        if self.in_sent(i, "date") and not self._cue(RECALL, s):
            return True
        if (self.in_sent(i, "person") or self.in_sent(i, "position")) and (ATTEND.search(sentence) or
                                                                          CO_CHAIR.search(sentence)):
            return True  # "Later in the day the Prime Minister joined the 16th East Asia Summit"
        # "ASEAN Foreign Ministers then convened the ASEAN-United Kingdom Post Ministerial Conference, the
        # first since ... in August 2021": the sentence's verb holds the meeting, the year is an aside
        if DOES_MEETING.search(self.text, max(s.start, nm.start - 30), nm.start):
            return True
        # "first announced at the 12th ASEAN-India Summit in Nay Pyi Taw in November 2014"
        if any(y.value < self.release_date.year for y in self.in_sent(i, "year") if abs(y.start - nm.end) < 80):
            return False
        if HELD.search(sentence) and not self._cue(RECALL, s):
            return True
        return nm.start - s.start < 40 and not self._cue(RECALL, s)

    def _planned_near(self, nm: Mention) -> bool:
        s = self.sentence_at(nm.start)
        return PLANNED.search(self.text, max(s.start, nm.start - 80), min(s.end, nm.end + 80), self.folded) is not None

    @staticmethod
    def _distance(a: Mention, b: Mention) -> int:
        """Characters between two mentions (0 if they touch or overlap)."""
        return max(0, a.start - b.end, b.start - a.end)

    def _reported_held(self, nm: Mention) -> bool:
        """The sentence tells the meeting itself, weeks back: "It followed the 33rd ASEAN-Australia
        Forum, at which senior officials met by videoconference on 17 March 2021"."""
        i = self.sent_of(nm.start)
        s = self.sents[i]
        return bool(MET.search(self.text, nm.end, s.end)) and any(d.start > nm.end for d in self.in_sent(i, "date")) \
            and not self._cue(RECALL, s)

    def _series_key(self, v: MeetingName) -> str:
        if v.mechanism and v.track.startswith(v.mechanism):
            base = slug(v.track)
        else:
            partners = sorted(p for p in v.parties if p != "asean")
            group = ["asean"] if "asean" in v.parties else []
            if set(self.mekong) <= set(partners):  # the Mekong-Japan series, not "cambodia-japan-laos-..."
                group, partners = ["mekong"], [p for p in partners if p not in self.mekong]
            base = "-".join([*group, *partners, v.track or "meeting"]).strip("-")
        return slug(base + (f"-{v.qualifier}" if v.qualifier else ""))

    def _key(self, m: Meeting) -> str:
        if m.ordinal:
            return f"{m.series}/{m.ordinal}"
        if m.start:
            return f"{m.series}/{m.start.isoformat()}"
        return f"{m.series}/{(self.release_date.year if self.release_date else 'undated')}"

    def _label(self, m: Meeting) -> str:
        if m.mechanism and m.series.startswith(slug(m.mechanism)):
            base = self.ref.mechanisms[m.mechanism].label_en
            track = m.series[len(slug(m.mechanism)):].strip("-").split("-")[0]
            if track in KIND_LABELS and KIND_LABELS[track] not in base:
                base = f"{base} {KIND_LABELS[track]}"
        else:
            mekong = set(self.mekong) <= set(m.parties)
            partners = [self.ref.actors[p].short_en for p in m.parties if p != "asean" and p in self.ref.actors
                        and not (mekong and p in self.mekong)]
            track = m.series.split("-")[-1] if not m.qualifier else m.series.split("-")[-2]
            names = (["ASEAN"] if "asean" in m.parties else []) + (["Mekong"] if mekong else []) + partners
            base = "-".join(names) + " " + KIND_LABELS.get(track, "Meeting")
        if m.qualifier and m.qualifier not in base:
            base = f"{m.qualifier} {base}"
        return f"{ordinal_suffix(m.ordinal)} {base}" if m.ordinal else base

    def _place_in_time(self, meeting: Meeting, mentions: list[Mention], primary: bool) -> None:
        candidates: list[tuple[int, int, int, int, Mention]] = []  # (other meetings, told held?, order, distance, date)
        planned = False
        for order, nm in enumerate(mentions):
            i = self.sent_of(nm.start)
            s = self.sents[i]
            cues = [c.group() for c in PLANNED.folded.finditer(self.folded, max(s.start, nm.start - 80),
                                                                min(s.end, nm.end + 80))]
            # "... were held in Brussels ahead of the leaders' meeting": ahead of another meeting
            if REPORTED_PAST.search(self.text, s.start, s.end):
                cues = [c for c in cues if not PREPARING.fullmatch(c)]
            if cues:
                planned = True
            dates = self.in_sent(i, "date")
            other_names = [n for n in self.names if not n.value.anaphoric and s.start <= n.start < s.end
                           and n is not nm and self._series_key(n.value) != meeting.series]
            recalls = self._recalls(s, meeting)
            if not dates or (recalls and len(dates) > 1) or self._occasion(nm):
                continue
            # a sentence that says the meeting was held says when ("... the AMM Retreat, which was held on 16
            # and 17 February"), over a headline's dates of a whole visit
            told = 0 if HELD.search(self.text, s.start, s.end) else 1
            if len(dates) == 1 and not recalls:
                # "On 6 September, the 26th ASEAN-China and ASEAN Plus Three Summits ...": one date for all
                candidates.append((len(other_names), told, i, 0, dates[0]))
                continue
            # the date nearest to a mention of the meeting in the sentence ("การประชุม... (ASEAN-Russia
            # Commemorative Summit) ระหว่างวันที่ ๑๙ - ๒๐ พ.ค."), not one closer to another meeting's name
            dates.sort(key=lambda d: self._distance(d, nm))
            for d in dates:
                if not any(abs(d.start - o.start) < self._distance(d, nm) for o in other_names):
                    candidates.append((len(other_names), told, i, self._distance(d, nm), d))
                    break
        chosen: Mention | None = min(candidates, key=lambda c: c[:4])[4] if candidates else None
        if chosen is None and primary:
            # "เมื่อวันที่ 6 พฤษภาคม 2564 ..." in the lead, or "The meeting was held on ..."
            for i, s in enumerate(self.sents):
                if s.para > 2:
                    break
                dates = self.in_sent(i, "date")
                names = [n for n in self.names if s.start <= n.start < s.end and not n.value.anaphoric
                         and self._series_key(n.value) != meeting.series]
                if dates and not self._cue(RECALL, s) and (not names or len(dates) == 1):
                    chosen = dates[0]
                    break
                # "เมื่อวันพุธที่ 14 พ.ย. 2561 พลเอก ประยุทธ์ ... เข้าร่วมการประชุม...": the date that opens the
                # lead is the meeting's, whatever dates the rest of the paragraph recalls
                if dates and dates[0].start - s.start <= 25:
                    chosen = dates[0]
                    break
        if chosen is None and primary and meeting.start is None:
            # "Leaders ... met in Brussels on Wednesday": the last such weekday up to the release's date
            for nm in mentions:
                s = self.sentence_at(nm.start)
                wd = WEEKDAY.search(self.text, s.start, s.end)
                if wd and self.release_date:
                    n = WEEKDAYS[(wd.group("day") or wd.group("th")).lower()]
                    day = self.release_date - timedelta(days=(self.release_date.weekday() - n) % 7)
                    meeting.start = meeting.end = day
                    break
        if chosen is None and primary and meeting.start is None and self.release.meta.get("date") and any(
                TODAY.search(self.text, self.sentence_at(nm.start).start, self.sentence_at(nm.start).end)
                for nm in mentions):
            # "Prime Minister Albanese today joined ... the second annual ASEAN-Australia Summit"
            meeting.start = meeting.end = self.release_date
        if chosen is None and meeting.start is None:
            # "Later in the day, ... the ministerial meetings with ...", "ในวันเดียวกัน": the day of the
            # meeting the release told just before
            for nm in mentions:
                i = self.sent_of(nm.start)
                if not SAME_DAY.search(self.text, self.sents[i].start, nm.start):
                    continue
                told = (self.x.meeting(self.sentence_meeting.get(j, "")) for j in range(i - 1, -1, -1))
                last = next((m for m in told if m is not None and m.start and m.start == m.end), None)
                if last is not None:
                    meeting.start = meeting.end = last.start
                    break
        if chosen is None and meeting.start is None and self.release_date:
            # "At yesterday's ASEAN-New Zealand Foreign Ministers' Meeting", "the ARF today": the day
            # next to the name, counted from the release's
            for nm in mentions:
                s = self.sentence_at(nm.start)
                near_name = list(RELATIVE_DAY.finditer(self.text, max(s.start, nm.start - 60), min(s.end, nm.end + 40)))
                if near_name:
                    word = near_name[0].group().lower().rstrip("'s’")
                    day = self.release_date + timedelta(days=RELATIVE_DAYS[word])
                    meeting.start = meeting.end = day
                    planned = planned or day > self.release_date
                    break
        if chosen is not None:
            dv: DateValue = chosen.value
            meeting.start, meeting.end = dv.start, dv.end
            if not dv.has_year and self.release_date and dv.start < self.release_date and planned:
                meeting.start = dv.start.replace(year=dv.start.year + 1)
                meeting.end = dv.end.replace(year=dv.end.year + 1)
        if not planned and meeting.start is None and self.release_date:
            planned = any(self._later_month(nm) for nm in mentions)
        if planned or (meeting.start and self.release_date and meeting.start > self.release_date):
            meeting.status = "planned"
        else:
            meeting.status = "held"
        # neither a cue nor a date said when: the release's main meeting decides (an announcement of
        # the 58th AMM and its related meetings plans them all)
        meeting.status_said = planned or meeting.start is not None

    def _later_month(self, nm: Mention) -> bool:
        """"การประชุมรัฐมนตรีต่างประเทศอาเซียน-ญี่ปุ่น ในเดือนกรกฎาคม ๒๕๖๗", "the Summit in October
        2024": a month after the release's, right after the name, says the meeting is still to come."""
        from kg.recognise import MONTHS_EN, MONTHS_TH, _year

        m = MONTH_YEAR.match(self.text, nm.end)  # (the normalised text has Western digits)
        if not m:
            return False
        month = MONTHS_TH.get(m.group("month")) or MONTHS_EN.get(m.group("month").lower())
        year = _year(m.group("year"), None, None)
        return bool(month) and (year, month) > (self.release_date.year, self.release_date.month)

    def _modes_and_places(self, umbrella: list[Mention]) -> None:
        """Mode and city from the sentences that name the meeting, then those that follow it; sessions
        of a reported series inherit the series' mode and city."""
        lead_mode, lead_city = self._mode_city([self.sent_of(n.start) for n in umbrella]) if umbrella else ("", "")
        for meeting in self.x.meetings:
            explicit = sorted({self.sent_of(n.start) for n in self.names if not n.value.anaphoric
                               and self._series_key(n.value) == meeting.series})
            # (not a sentence looking back: "the two intervening Summits having been held in virtual format")
            following = sorted(i for i, k in self.sentence_meeting.items() if k == meeting.key and i not in explicit
                               and not self._cue(RECALL, self.sents[i]))
            mode, city = self._mode_city(explicit)
            later_mode, later_city = self._mode_city(following)
            mode = mode or later_mode
            if not city:
                city = self._mode_city(following[:3])[1] if later_city else ""
            if umbrella and meeting.status == "held":
                mode, city = mode or lead_mode, city or lead_city
            if city and not mode:
                mode = "in-person"
            if mode == "online":
                city = ""
            meeting.mode, meeting.city = mode, city
        self._same_day_places()

    def _same_day_places(self) -> None:
        """Held meetings the release places nowhere: those on the main meeting's day were where it was
        ("a day of PMC+1 sessions"); the main one, or one on the dateline's day, where the dateline
        says ("JAKARTA, 6 September 2023 – ..."). Online meetings have no city."""
        lead = self.x.meetings[0]
        dateline = self._dateline()
        for meeting in self.x.meetings:
            if meeting.status != "held" or meeting.mode == "online" or meeting.city:
                continue
            if meeting is not lead and meeting.start and meeting.start == lead.start and lead.city:
                meeting.city, meeting.mode = lead.city, meeting.mode or lead.mode
            elif dateline and (meeting is lead or meeting.start == dateline[1]) and \
                    (meeting.start is None or meeting.start == dateline[1]):
                meeting.city = dateline[0]
            if meeting.city and not meeting.mode:
                meeting.mode = "in-person"

    def _dateline(self) -> tuple[str, date | None] | None:
        """"JAKARTA, 6 September 2023 –", "NEW DELHI, 25 January 2018": where and when a release was
        written, at the head of one of its first paragraphs."""
        for place in self.m.of("place"):
            i = self.sent_of(place.start)
            s = self.sents[i]
            if s.para > 3:
                break
            head = self.text[s.start:place.start]
            first = next(iter(self.m.within(s.start, place.start, "date")), None)
            if first and re.fullmatch(r"[\s*_#]*", self.text[s.start:first.start]) and \
                    re.fullmatch(r"\s*[–—-]\s*", self.text[first.end:place.start]):
                return place.value, first.value.start  # "July 27, 2024 - Vientiane, Lao PDR - Global Affairs Canada"
            if not re.fullmatch(r"[\s*_#]*", head):
                continue
            after = self.text[place.end:place.end + 4]
            d = next(iter(self.m.within(place.end, place.end + 40, "date")), None)
            if re.match(r"\s*[,(–-]", after) and d is not None and d.start - place.end <= 4:
                return place.value, d.value.start
        return None

    def _mode_city(self, sent_ids: list[int]) -> tuple[str, str]:
        """The first attendance mode and the first city ("ณ กรุง…", "held in …") the sentences give."""
        mode = city = ""
        for i in sent_ids:
            sentence_mode, sentence_city = self._sentence_mode_city(i)
            mode, city = mode or sentence_mode, city or sentence_city
            if mode and city:
                break
        return mode, city

    def _sentence_mode_city(self, i: int) -> tuple[str, str]:
        if i in self._mode_cache:
            return self._mode_cache[i]
        s = self.sents[i]
        mode = "hybrid" if self._cue(HYBRID, s) else "online" if self._cue(ONLINE, s) else \
            "in-person" if self._cue(IN_PERSON, s) else ""
        city = next((p.value for p in self.in_sent(i, "place")
                     if AT_PLACE.search(self.text[max(0, p.start - 30):p.start])), "")
        self._mode_cache[i] = (mode, city)
        return mode, city

    # -------------------------------------------------------- people

    def participations(self) -> None:
        for i, s in enumerate(self.sents):
            meeting = self.sentence_meeting.get(i)
            if not meeting:
                continue
            people = self.in_sent(i, "person")
            if not people:
                continue
            sentence = self.text[s.start:s.end]
            cochair = list(CO_CHAIR.finditer(sentence))
            chair = list(CHAIR.finditer(sentence))
            host = list(HOST.finditer(sentence))
            attended = bool(ATTEND.search(sentence))
            shared = self._shared_meetings(i)
            previous_absent: Mention | None = None
            for p in people:
                if self._absent(p, s, previous_absent):
                    previous_absent = p
                    continue
                position, represents, window_end = self._position(p, s)
                honorific = (isinstance(p.value, PersonName) and p.value.honorific) or \
                    HONORIFIC_BEFORE.search(self.text[max(s.start, p.start - 30):p.start]) or TITLED.match(p.text)
                if self.language == "th" and not honorific and re.search(r"[\u0E00-\u0E7F]", p.text):
                    continue  # the Ministry writes นาย/นาง before everyone who attends
                if not (attended or honorific or position):
                    continue
                role = self._role(p, people, s, cochair, chair, host)
                person = self._person(p)
                if person is None:
                    continue
                if not represents:
                    represents = self._represents_from_reference(person.key, meeting)
                # the publisher's own official, named by post only ("Vice President Shri Jagdeep Dhankhar")
                if not represents and position and self.publisher_country and \
                        (self.language == "th" or self.release.meta.get("publisher")):
                    represents = self.publisher_country
                # who attends a series of sessions (PMC+1) attends each session held; who "attended the
                # 26th ASEAN-China Summit and the 26th ASEAN Plus Three Summit" attended both
                targets = [m.key for m in self.x.meetings if len(m.parties) > 1 and m.status == "held"
                           and m.kind == "MinisterialMeeting"] if i in self.umbrella_sents else [meeting]
                status = self.x.meeting(meeting).status if self.x.meeting(meeting) else "held"
                named_here = [k for k in self._meetings_named_in(i) if self.x.meeting(k).status == status]
                if len(named_here) > 1 and role == "participant" and TOOK_PART.search(sentence):
                    targets = named_here
                if shared:
                    targets = shared  # "Both meetings were chaired by ...": the role holds in each
                for target in targets:
                    self._participate(target, person, role if target == meeting or shared else "participant",
                                      position, represents, self.ev(p.start, max(p.end, window_end)))

    def _shared_meetings(self, i: int) -> list[str]:
        """The meetings a sentence speaks of together: "the A, the B and the C were all chaired by",
        "Both meetings were chaired by", "ในการประชุมทั้งสามครั้ง": those it names, else those the
        nearest sentence before it named (as many as it counts)."""
        s = self.sents[i]
        cue = ALL_MEETINGS.search(self.text, s.start, s.end)
        if not cue:
            return []
        held = [k for k in self._meetings_named_in(i) if self.x.meeting(k).status == "held"]
        if len(held) >= 2:
            return held
        count = next((n for word, n in COUNT_WORDS.items() if word in cue.group().lower()), 0)
        for j in range(i - 1, max(-1, i - 4), -1):
            held = [k for k in self._meetings_named_in(j) if self.x.meeting(k).status == "held"]
            if len(held) >= 2:
                return held[:count] if count else held
        # "ได้เข้าร่วมการประชุม...กับประเทศคู่เจรจา ๓ การประชุม" and the three reported one by one after it
        if count:
            later = [k for j in range(i + 1, len(self.sents)) for k in self._meetings_named_in(j)
                     if self.x.meeting(k).status == "held"]
            later = list(dict.fromkeys(later))
            if len(later) >= count:
                return later[:count]
        return []

    def short_titles(self) -> None:
        """"รองนายกรัฐมนตรีฯ ได้เข้าร่วมการประชุม...": the Ministry's short form of a post names the one who
        holds it in this release."""
        if self.language != "th":
            return
        for i, s in enumerate(self.sents):
            meeting = self.sentence_meeting.get(i)
            if not meeting or not ATTEND.search(self.text, s.start, s.end):
                continue
            people = self.in_sent(i, "person")
            for pos in self.in_sent(i, "position"):
                # "รัฐมนตรีว่าการกระทรวงการต่างประเทศได้เข้าร่วม...": the bare post as the clause's subject
                if not SHORT_POST_AFTER.match(self.text, pos.end) or any(0 <= q.start - pos.end <= 4 or
                                                                         0 <= pos.start - q.end <= 4 for q in people):
                    continue
                post = self.ref.positions[pos.value].label_en
                holder = next((p for p in self.x.participations if p.position == post), None)
                if holder and self.x.meeting(meeting).status == "held":
                    self._participate(meeting, self.x.people[holder.person], "participant", holder.position,
                                      holder.represents, self.ev(pos.start, pos.end + 1))
                break

    def first_person(self) -> None:
        """A leader's own release ("11 October 2024. Prime Minister, the Hon Anthony Albanese MP." then
        "I co-chaired the 4th Annual ASEAN-Australia Summit"): "I" is the person in the byline."""
        if self.language != "en":
            return
        byline = next((m for m in self.m.of("person") if m.start < 400 and
                       self.sentence_at(m.start).end - self.sentence_at(m.start).start < 160), None)
        if byline is None:
            return
        person = self._person(byline)
        if person is None:
            return
        position, represents, _end = self._position(byline, self.sentence_at(byline.start))
        for i, s in enumerate(self.sents):
            cue = FIRST_PERSON.search(self.text, s.start, s.end)
            meeting = self.sentence_meeting.get(i)
            if not cue or not meeting:
                continue
            verb = cue.group("verb").lower()
            role = "co-chair" if verb.startswith("co-chair") else "chair" if verb.startswith("chair") else \
                "host" if verb.startswith("host") else "participant"
            targets = [k for k in self._meetings_named_in(i) if self.x.meeting(k).status == "held"] or [meeting]
            for target in targets:
                rep = represents or self._represents_from_reference(person.key, target)
                self._participate(target, person, role, position, rep, self.ev(cue.start(), cue.end()))

    def _meetings_named_in(self, i: int) -> list[str]:
        s = self.sents[i]
        keys: list[str] = []
        for n in self.names:
            if n.value.anaphoric or not s.start <= n.start < s.end or self._occasion(n) or self._framework(n):
                continue
            series = self._series_key(n.value)
            key = next((m.key for m in self.x.meetings if m.series == series and
                        (n.value.ordinal is None or m.ordinal in (None, n.value.ordinal))), None)
            if key and key not in keys:
                keys.append(key)
        return keys

    def _participate(self, meeting: str, person: Person, role: str, position: str, represents: str,
                     evidence: Evidence) -> None:
        existing = next((x for x in self.x.participations if x.meeting == meeting and x.person == person.key), None)
        if existing:
            if ROLE_RANK.get(role, 0) > ROLE_RANK.get(existing.role, 0):
                existing.role = role  # "hosted the Leaders", then "co-chaired by": co-chair
            existing.position = existing.position or position
            existing.represents = existing.represents or represents
            return
        self.x.participations.append(Participation(meeting, person.key, role, position, represents, evidence))

    def _absent(self, p: Mention, s: Sentence, previous_absent: Mention | None) -> bool:
        """"The Biden administration", "รัฐบาลประธานาธิบดีไบเดนและรองประธานาธิบดีแฮร์ริส": named, not present."""
        start = p.start
        for pos in reversed(self.m.within(max(s.start, p.start - 60), p.start, "position")):
            if p.start - pos.end <= 1 or start - pos.end <= 1:
                start = pos.start
        before = self.text[max(s.start, start - 25):start]
        after = self.text[p.end:min(s.end, p.end + 25)]
        if NOT_PRESENT.search(before) or NOT_PRESENT_AFTER.search(after):
            return True
        if previous_absent is not None:
            between = self.text[previous_absent.end:start]
            if re.fullmatch(r"\s*(?:และ|and|,)\s*", between):
                return True
        return False

    def _role(self, p: Mention, people: list[Mention], s: Sentence, cochair, chair, host) -> str:
        def owns(cues) -> bool:
            for c in cues:
                cs, ce = s.start + c.start(), s.start + c.end()
                cue_text = c.group().lower()
                if CHAIR_OF_BODY.match(self.text, ce, min(s.end, ce + 90)):
                    continue  # "as Chair of the IAI Task Force": chair of a body, not of the meeting
                if any(cs - a.end <= 3 and re.search(r"(?:ซึ่ง|โดย|และ|ขณะที่|\bwhile|\bwith|,)\s*$",
                                                     self.text[max(s.start, a.start - 8):a.start])
                       for a in self.m.within(max(s.start, cs - 60), cs, "actor", "demonym")):
                    continue  # "ซึ่งเวียดนามในฐานะประธานอาเซียนเป็นเจ้าภาพ": a country's role, not a person's
                passive = self.language != "th" and re.match(r"\s+(?:[\w-]+\s+){0,4}?by\b", self.text[ce:ce + 40])
                if self.language == "th" or (cue_text.startswith(("chair", "presid", "hosts", "as ")) and not passive):
                    # Thai: "โดยมีนาย A และนาย B เป็นประธานร่วม"; the cue follows the people it names,
                    # back to the nearest clause opening that still has one of them after it
                    prev_cues = [x for x in cochair + chair if s.start + x.end() <= cs]
                    lo = s.start + prev_cues[-1].end() if prev_cues else s.start
                    for op in reversed(list(THAI_CLAUSE.finditer(self.text, lo, cs))):
                        if any(op.end() <= q.start < cs for q in people):
                            lo = op.start()
                            break
                    if lo <= p.start < cs:
                        return True
                # English: "co-chaired by A and B" or "A and B co-chaired"
                if cue_text.endswith(("ed", "ing")) or "by" in self.text[ce:ce + 4]:
                    # "chaired by A", "chaired on the ASEAN side by A", up to another role ("attended by")
                    by = re.match(r"[^.;]{0,40}?\bby\b", self.text[ce:ce + 45])
                    if by and ce <= p.start and not re.search(
                            r";|\bwhile\b|\bwhereas\b|\battended\b|\bjoined\b|\bparticipat|\baccompanied|"
                            r"\bother\b|\bincluding\b", self.text[ce + by.end():p.start]):
                        return True
                    if not by and p.end <= cs and cs - p.end < 200:
                        between = self.text[p.end:cs]
                        if not re.search(r"[;]|\bwhile\b|ขณะที่", between):
                            return True
                if p.start > ce and p.start - ce < 120 and re.search(r"\bwith\b|ร่วมกับ|กับ", self.text[ce:p.start]) \
                        and not re.search(r"[;]|\bwhile\b|ขณะที่", self.text[ce:p.start]):
                    return True
            return False

        if owns(cochair):
            return "co-chair"
        if owns(chair):
            return "chair"
        if owns(host):
            return "host"
        return "participant"

    def _position(self, p: Mention, s: Sentence) -> tuple[str, str, int]:
        """The position and represented actor written next to a person's name."""
        after_end = min(s.end, p.end + (90 if self.language == "th" else 140))
        window = self.text[p.end:after_end]
        stop = re.search(r"(?:และ|ร่วมกับ|เป็นประธาน|ได้|ซึ่ง|\(ในฐานะ|โดย|กล่าว|เข้าร่วม|นำคณะ|ที่ประชุม)|"
                         r"(?:\band\b|\bwho\b|\bwhile\b|;|(?<![\u0E00-\u0E7F])\.\s|\)|\bco-chair|\bchair|\bled\b|\battended|\bsaid|"
                         r"\bjoined|\bdelivered|\btoday\b|\b(?:met|meets|hosts|told|took|spoke|says|attends|joins|leads|"
                         r"visits|arrives|holds|addresses|calls|urges|proposes|welcomes|highlights|co-chairs|chairs)\b|"
                         r"(?<![A-Za-z-])[a-z]+ed\b)", window)
        a_end = p.end + (stop.start() if stop else len(window))
        # Thai: "นาย A รองรัฐมนตรี... สปป. ลาว"; English: "A, Deputy Minister ... of the Lao PDR"
        after = [m for m in self.m.within(p.end, a_end, "position", "actor", "demonym") if m.start - p.end < 60]
        # "President Vladimir Putin, Prime Minister Nguyen Xuan Phuc led ...": a title before the next name is his
        nxt = next((q for q in self.m.within(p.end, a_end + 3, "person") if q.start > p.end), None)
        if nxt is not None:
            after = [m for m in after if m.end > nxt.start or nxt.start - m.end > 2]
            after = [m for m in after if m.start < nxt.start]
        before_start = max(s.start, p.start - 70)
        before_text = self.text[before_start:p.start]
        cut = max((m.end() for m in re.finditer(r"[,;]|\band\b|\bby\b|\bwith\b|และ|โดย|กับ|\.\s", before_text)),
                  default=0)
        before = [m for m in self.m.within(before_start + cut, p.start, "position", "actor", "demonym")]
        positions = [m for m in after if m.kind == "position"] or [m for m in before if m.kind == "position"]
        position = ""
        if positions:
            best = max(positions, key=lambda m: (len(self.ref.positions[m.value].label_en), -m.start))
            position = self.ref.positions[best.value].label_en
        actors = [m for m in after + before if m.kind in ("actor", "demonym")]
        represents = ""
        for m in actors:
            actor = self.ref.actors.get(self.country_of(m.value))
            if actor and actor.type in ("Country", "IntergovernmentalOrganization"):
                if actor.id == "asean" and any(a.value != "asean" for a in actors if a is not m):
                    continue
                represents = actor.id
                break
        if not represents and positions:
            label = self.text[positions[0].start:positions[0].end]
            if "อาเซียน" in label or "ASEAN" in label:
                represents = "asean"
        end = max([m.end for m in after], default=p.end)
        return position, represents, end

    def _represents_from_reference(self, person_key: str, meeting_key: str) -> str:
        meeting = self.x.meeting(meeting_key)
        posts = self.ref.posts_of(person_key, meeting.start if meeting else None)
        for post in posts:
            if post.actor_id:
                return post.actor_id
        return ""

    def _person(self, p: Mention) -> Person | None:
        if p.kind == "person" and isinstance(p.value, str):
            return self._known(p.value)
        pn: PersonName = p.value
        name = re.sub(r"\s+", " ", pn.name).strip(" ,.")
        name = re.sub(r"(?:\s+(?:bin|binti|ibni|van|von|de|da|บิน|บินตี))+$", "", name)
        if len(name) < 3:
            return None
        found = self._resolve_name(name, pn.script)
        if found:
            return self._known(found) if found in self.ref.people else self.x.people[found]
        if found == "":
            return None  # a bare family name that names no one we know
        if pn.script == "th":
            name_en = romanise(name)
            person = Person(slug(name_en), name_en, name, False, machine_romanised=True)
        else:
            person = Person(slug(name), name, "", False)
        if person.key in self.ref.people:
            return self._known(person.key)
        self.x.notes.append(Note("person not in the reference data", name, self.ev(p.start, p.end)))
        self.x.people.setdefault(person.key, person)
        return self.x.people[person.key]

    def _known(self, ref_id: str) -> Person:
        ref = self.ref.people[ref_id]
        return self.x.people.setdefault(ref.id, Person(ref.id, ref.label_en, ref.label_th, True))

    def _resolve_name(self, name: str, script: str) -> str | None:
        """A name the gazetteer did not match exactly: another spelling of a known person, or a short
        reference (นายมาริษฯ, Minister Park) to someone the release named in full."""
        from kg.recognise import gazetteer, thai_consonants, thai_skeleton

        if script == "th":
            short = name.endswith("ฯ") or " " not in name
            core = name.rstrip("ฯ").strip()
            skeleton = thai_skeleton(core)
            if not short:
                tokens = core.split()
                for key in (skeleton, thai_skeleton(f"{tokens[0]} {tokens[-1]}")):
                    ids = gazetteer().person_skeletons.get(key, set())
                    if len(ids) == 1:
                        return next(iter(ids))
                # the same family name and a first name one spelling apart (เซอร์เก / เซอร์เกย์)
                first = thai_skeleton(tokens[0])
                ids = {pid for f, pid in gazetteer().family_names.get(thai_skeleton(tokens[-1]), set())
                       if len(first) >= 3 and (f.startswith(first) or first.startswith(f))}
                if len(ids) == 1:
                    return next(iter(ids))
                # the same consonants, vowels written differently (เจนดา / จินดา); a full name only
                ids = gazetteer().person_consonants.get(thai_consonants(core), set())
                return next(iter(ids)) if len(ids) == 1 and len(tokens) >= 2 and len(thai_consonants(core)) >= 5 \
                    else None
            # นายดอนฯ (a Thai is called by the given name), นายโมเตกิ (a foreigner by the family name)
            for index in (0, -1):
                for person in self.x.people.values():
                    tokens = (person.name_th or "").split(" ")
                    if len(tokens) > 1 and thai_skeleton(tokens[index]) == skeleton:
                        return person.key
            return None
        tokens = name.split()
        if len(tokens) > 2:
            # "Mohamad Haji Hasan", "Retno L.P. Marsudi": the name the reference knows, without the middle
            # title or initials
            from kg.recognise import gazetteer

            core = " ".join(t for t in tokens if t not in MIDDLE_TITLES and not re.fullmatch(r"(?:[A-Z]\.)+", t))
            ids = {i for k, i in gazetteer().entries.get(core, []) if k == "person"}
            if core != name and len(ids) == 1:
                return next(iter(ids))
        if len(tokens) == 1:
            for person in self.x.people.values():
                if tokens[0] in person.name_en.split():
                    return person.key
            known = [p.id for p in self.ref.people.values()
                     if tokens[0] in (p.label_en.split() + [a.split()[-1] for a in p.aliases_en if a])]
            return known[0] if len(known) == 1 else ""
        return None

    # -------------------------------------------------------- commitments

    def pledges(self) -> None:
        pledged_in: dict[int, str] = {}  # sentence -> who pledged there
        for money in self.m.of("money"):
            i = self.sent_of(money.start)
            s = self.sents[i]
            sentence = self.text[s.start:s.end]
            # "These include $60 million for ...": amounts that spell out the previous sentence's pledge
            continued = pledged_in.get(i - 1) if ITEMISED.search(sentence) else None
            if not PLEDGE.search(sentence) and not continued:
                self.x.notes.append(Note("amount without a pledge", money.text, self.ev(money.start, money.end)))
                continue
            value: Money = money.value
            meeting = self.sentence_meeting.get(i, "")
            by = self._subject(PLEDGE, s.start, money.start, meeting, skip={"asean"}) if PLEDGE.search(
                self.text[s.start:money.start]) else ""
            if not by:
                for m in reversed(self.m.within(s.start, money.start, "actor", "demonym", "person", "position")):
                    actor = self._actor_of(m, meeting)
                    if actor and actor != "asean":
                        by = actor
                        break
            by = by or continued or ""
            recipient = ""
            for m in self.m.within(s.start, s.end, "actor", "demonym"):
                if m.start < money.start and m.value == by:
                    continue
                cue = RECIPIENT_CUE.search(self.text[max(s.start, m.start - 14):m.start])
                member_states = re.search(r"(?:ประเทศสมาชิก|member states|Member States)", self.text[max(s.start, m.start - 16):m.end + 16])
                if (cue or member_states) and self.country_of(m.value) != by:
                    recipient = self.country_of(m.value)
                    break
            if not by:
                mt = self.x.meeting(meeting)
                partners = [p for p in (mt.parties if mt else []) if p != "asean"]
                by = partners[0] if partners else ""
            if not by:
                continue
            if not recipient and by != "asean":
                recipient = "asean" if re.search(r"อาเซียน|ASEAN", sentence) else ""
            topics = self.in_sent(i, "topic")
            purpose_topic = ""
            cue = re.match(r"[^.;]{0,30}?(?:เพื่อ|สำหรับ|\bfor\b|to support|towards|to help)", self.text[money.end:s.end])
            after = [t for t in topics if cue and money.end + cue.end() <= t.start < money.end + cue.end() + 60]
            before = [t for t in topics if t.end <= money.start]
            if after:
                purpose_topic = after[0].value
            elif before:
                purpose_topic = before[-1].value
            elif topics:
                purpose_topic = topics[0].value
            purpose = ""
            pm = re.search(r"(?:เพื่อ|สำหรับ|for|to support|to help|towards)\s+([^,.;]{3,80})", self.text[money.end:s.end])
            if pm:
                purpose = pm.group(1).strip()
            years = None
            ym = re.search(r"(?:ระยะเวลา|ในช่วง|เป็นเวลา|over|across)\s*(?:the next\s+)?(\d+|two|three|four|five|six|seven|"
                           r"eight|nine|ten)\s*(?:ปี|years?)", sentence, re.I)
            if ym:
                words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                         "ten": 10}
                years = int(ym.group(1)) if ym.group(1).isdigit() else words[ym.group(1).lower()]
            pledged_in[i] = by
            self.x.commitments.append(Commitment(
                "pledge", meeting, by, self.ev(s.start, s.end) if s.end - s.start < 400 else self.ev(money.start, money.end),
                recipient=recipient, amount=value.amount, qualifier=value.qualifier,
                currency=self._payers_dollar(by, value.currency) if value.bare_dollar else value.currency,
                purpose=topic_labels()[purpose_topic][0] if purpose_topic else purpose, purpose_topic=purpose_topic,
                years=years))

    def _payers_dollar(self, by: str, written: str) -> str:
        """"Australia will invest $154 million": a bare "$" is the payer's own dollar, if it has one."""
        actor = self.ref.actors.get(by)
        own = actor.currency if actor else ""
        return own if own in DOLLARS else written

    def _actor_of(self, m: Mention, meeting: str) -> str:
        if m.kind in ("actor", "demonym"):
            actor = self.ref.actors.get(self.country_of(m.value))
            if actor and actor.type in ("Country", "IntergovernmentalOrganization", "RegionalGrouping"):
                return actor.id
            return ""
        if m.kind == "person":
            if isinstance(m.value, str):
                key = m.value
            else:  # "Prime Minister Modi": someone the release named in full
                key = self._resolve_name(m.value.name, m.value.script) or \
                    slug(romanise(m.value.name) if m.value.script == "th" else m.value.name)
            parts = [p for p in self.x.participations if p.person == key and p.represents]
            part = next((p for p in parts if p.meeting == meeting), parts[0] if parts else None)
            if part:
                return part.represents
            return self._represents_from_reference(key, meeting) if key in self.ref.people else ""
        if m.kind == "position":
            # "President Yoon": the person after the title says whom
            named = next(iter(self.m.within(m.end, m.end + 60, "person")), None)
            if named is not None and named.start - m.end <= 2:
                return self._actor_of(named, meeting)
            # "Prime Minister of Japan", "นายกรัฐมนตรีแห่งราชอาณาจักรกัมพูชา": the actor right after the post
            for a in self.m.within(m.end, m.end + 30, "actor", "demonym"):
                if re.fullmatch(r"\s*(?:ของ|แห่ง|of(?: the)?|,)?\s*", self.text[m.end:a.start]):
                    return self.country_of(a.value)
                break
            label = self.text[m.start:m.end]
            if "อาเซียน" in label or "ASEAN" in label:
                return "asean"
            if self.language == "th":
                return self.publisher_country
            # "the Prime Minister put forward ...": the one holder of that post named at this meeting
            post = self.ref.positions[m.value].label_en
            # (the first named, who is the release's protagonist: "Prime Minister Modi took part ...")
            holders = [p.represents for p in self.x.participations if p.position == post and p.represents
                       and (p.meeting == meeting or not meeting)]
            return holders[0] if holders else self.publisher_country
        return ""

    def proposals(self) -> None:
        for markers in self._lists():
            b = self._list_end(markers)
            first_start = markers[0][1]
            i = self.sent_of(first_start)
            meeting = self.sentence_meeting.get(i, "")
            lead_from = self.sents[i].start
            if not PROPOSE.search(self.text[lead_from:first_start]) and i > 0:
                lead_from = self.sents[i - 1].start
            lead = self.text[lead_from:first_start]
            if not PROPOSE.search(lead):
                continue
            if re.match(r"[ \t]*\d{1,2}\.", self.text[first_start:]) and not re.search(r":\s*$", lead):
                continue  # numbered paragraphs, not a list the sentence before introduces
            by = self._subject(PROPOSE, lead_from, first_start, meeting)
            if not by:
                by = self.publisher_country
            if not by:
                continue
            for n, (number, _start, item_start) in enumerate(markers):
                end = markers[n + 1][1] if n + 1 < len(markers) else self._item_end(item_start, b)
                item = self.text[item_start:end].strip()
                item = re.sub(r"(?:\s*(?:และ|and|;|,))+$", "", item).strip(" ;,")
                if not item:
                    continue
                shift = self.text.index(item, item_start)
                self.x.commitments.append(Commitment("proposal", meeting, by, self.ev(shift, shift + len(item)),
                                                     number=number, text=self.t.quote(shift, shift + len(item))[0]))

    def _subject(self, verb: re.Pattern, lo: int, hi: int, meeting: str, skip: set[str] = frozenset()) -> str:
        """Who does what the verb says: the first actor, post or person in the verb's clause ("ไทยเสนอให้...",
        "Prime Minister Albanese announced A$64 million for ..."), not one after a preposition or inside a
        meeting's name; failing that, one between the verb and ``hi``."""
        verbs = list(verb.finditer(self.text, lo, hi))
        verb_at = verbs[-1].start() if verbs else hi
        names = [(n.start, n.end) for n in self.names if not n.value.anaphoric]
        clause_from = max([lo] + [lo + c.end() for c in CLAUSE.finditer(self.text[lo:verb_at])])
        for a, b in ((clause_from, verb_at), (lo, verb_at), (verb_at, hi)):
            for m in self.m.within(a, b, "person", "position", "actor", "demonym"):
                if any(x <= m.start < y for x, y in names) or re.search(
                        r"(?:กับ|แก่|ต่อ|(?<!ฐานะ)ที่|ณ|ใน|จาก|ของ|\bwith|\bto|\bfor|\band|\bof|\bin|\bat|\bfrom)\s*(?:the\s+)?$",
                        self.text[max(0, m.start - 8):m.start]):
                    continue
                actor = self._actor_of(m, meeting)
                if actor and actor not in skip:
                    return actor
        # "He put forward three proposals": the person the sentence before spoke of
        if PRONOUN.search(self.text, clause_from, verb_at):
            i = self.sent_of(lo)
            for j in range(i - 1, max(-1, i - 3), -1):
                for m in reversed(self.in_sent(j, "person", "position")):
                    actor = self._actor_of(m, meeting)
                    if actor and actor not in skip:
                        return actor
        return ""

    def _lists(self) -> list[list[tuple[int, int, int]]]:
        """Numbered lists, each as (number, marker start, item start), numbered from 1: within a
        paragraph or one item per line."""
        rx = LIST_TH if self.language == "th" else LIST_EN
        found = []
        for m in finditer_in(rx, self.text, near(LIST_ANCHOR, self.text, 16, 12)):
            g = next(x for x in m.groups() if x).lower()
            n = int(g) if g.isdigit() else THAI_ORD.get(g) or ROMAN.get(g) or EN_ORD.get(g) or \
                (ord(g) - 96 if len(g) == 1 and g.isalpha() else None)
            if n:
                found.append((n, m.start(), m.end()))
        lists: list[list[tuple[int, int, int]]] = []
        run: list[tuple[int, int, int]] = []
        for f in found:
            if run and f[0] == run[-1][0] + 1 and f[1] - run[-1][1] < 900:
                run.append(f)
                continue
            if len(run) >= 2:
                lists.append(run)
            run = [f] if f[0] == 1 else []
        if len(run) >= 2:
            lists.append(run)
        return lists

    def _list_end(self, markers: list[tuple[int, int, int]]) -> int:
        """Where the last item's paragraph ends."""
        last = markers[-1][2]
        nl = self.text.find("\n", last)
        return nl if nl != -1 else len(self.text)

    def _item_end(self, start: int, para_end: int) -> int:
        m = re.search(r"(?<=[.;])\s|\s(?=ทั้งนี้|นอกจากนี้|อนึ่ง)", self.text[start:para_end])
        return start + m.start() if m else para_end

    # -------------------------------------------------------- partnerships, coordinators, topics

    def partnerships(self) -> None:
        members = {r.coordinator_id for r in self.ref.coordinators}
        for level, lm in self._level_mentions():
            i = self.sent_of(lm.start())
            s = self.sents[i]
            meeting = self.sentence_meeting.get(i, "")
            near = [m for m in self.m.within(max(s.start, lm.start() - 80), min(s.end, lm.end() + 50),
                                             "actor", "demonym")
                    if self.country_of(m.value) not in members | {"asean"}]
            near = [m for m in near if self.ref.actors.get(self.country_of(m.value)) and
                    self.ref.actors[self.country_of(m.value)].type in ("Country", "IntergovernmentalOrganization")]
            if near:
                partner = self.country_of(min(near, key=lambda m: min(abs(m.start - lm.end()),
                                                                      abs(m.end - lm.start()))).value)
            else:
                mt = self.x.meeting(meeting)
                partners = [p for p in (mt.parties if mt else []) if p != "asean"]
                if len(partners) != 1:
                    continue
                partner = partners[0]
            since = self._since(lm, s, meeting)
            existing = next((p for p in self.x.partnerships if p.partner == partner and p.level == level), None)
            if existing:
                existing.since = existing.since or since
                continue
            self.x.partnerships.append(Partnership(partner, level, self.ev(lm.start(), lm.end()), since, meeting))

    def _level_mentions(self) -> list[tuple[str, re.Match]]:
        """Every partnership level the text names, level by level in the order of LEVELS."""
        spans = near(LEVEL_ANCHOR, self.text, 40, 100)
        return [(level, lm) for rx, level in LEVELS for lm in finditer_in(rx, self.text, spans)]

    def _since(self, lm: re.Match, s: Sentence, meeting: str) -> int | None:
        """The year a level was reached: a year written right after the level ("a Sectoral Dialogue
        Partner in 1992", "เป็นคู่เจรจาเต็มรูปแบบเมื่อปี 2538"); for an upgrade this
        meeting made ("agreed to raise ... to a Strategic Partnership"), the meeting's year."""
        sentence = self.text[s.start:s.end]
        years = [(y.start, y.end, y.value) for y in self.m.within(s.start, s.end, "year")]
        years += [(d.start, d.end, d.value.start.year) for d in self.m.within(s.start, s.end, "date")]
        years = [y for y in years if not NOT_SINCE.search(self.text[max(s.start, y[0] - 40):y[0]])]
        after = [y for y in years if 0 <= y[0] - lm.end() <= 45 and not any(
            r.search(self.text[lm.end():y[0]]) for r, _ in LEVELS)]
        if after:
            return min(after)[2]
        # "the Strategic Partnership that the two sides established in December 2020",
        # "หุ้นส่วน... ซึ่งผู้นำทั้งสองฝ่ายได้ประกาศจัดตั้งเมื่อเดือนตุลาคม ๒๕๖๔"
        told = [y for y in years if 0 <= y[0] - lm.end() <= 120 and ESTABLISHED_IN.search(self.text[lm.end():y[0]])
                and not any(r.search(self.text[lm.end():y[0]]) for r, _ in LEVELS)]
        if told:
            return min(told)[2]
        # "in 1974, Australia became ASEAN's first Dialogue Partner"
        before = [y for y in years if 0 <= lm.start() - y[1] <= 60 and not any(
            r.search(self.text[y[1]:lm.start()]) for r, _ in LEVELS) and re.search(
            r"became|become|was made|เป็น|ได้รับ", self.text[y[1]:lm.start()])]
        if before:
            return max(before)[2]
        if self._cue(PLANNED, s) or re.search(r"will|would|should|จะ|ควร|expected|aim", sentence, re.I):
            return None
        lead = self.text[max(s.start, lm.start() - 70):lm.start()]
        # "had been raised to a Strategic Partnership at the commemorative summit held in New Delhi on
        # 20 December 2012"
        if re.search(r"raised|elevated|upgraded|established|ยกระดับ|สถาปนา|จัดตั้ง", lead, re.I):
            later = [y for y in years if 0 <= y[0] - lm.end() <= 110 and not any(
                r.search(self.text[lm.end():y[0]]) for r, _ in LEVELS) and not re.search(r"[.;]", self.text[lm.end():y[0]])]
            if later:
                return min(later)[2]
        if re.search(r"ยกระดับ|สถาปนา|จัดตั้ง|ประกาศ|มอบสถานะ|elevat|upgrad|establish|launch|raise|confer|grant|"
                     r"accord|admit|welcom", lead, re.I) and \
                not re.search(r"เมื่อปี|ตั้งแต่|since|recall|had been|has been", lead, re.I):
            mt = self.x.meeting(meeting)
            day = (mt.start if mt and mt.start else None) or self.release_date
            return day.year if day else None
        return None

    def coordinators(self) -> None:
        members = {r.coordinator_id for r in self.ref.coordinators}
        for cm in finditer_in(COORDINATOR, self.text, near(COORDINATOR_ANCHOR, self.text, 24, 24)):
            i = self.sent_of(cm.start())
            s = self.sents[i]
            # the partner: named after the cue ("coordinator for ASEAN-Japan relations"), or before it in
            # the possessive ("Lao PDR ... as Australia's ASEAN country coordinator"); never a member state
            after = [m for m in self.m.within(cm.end(), min(s.end, cm.end() + 60), "actor", "demonym")
                     if self.country_of(m.value) not in members | {"asean"}]
            # ("Brunei, which has steered New Zealand's relationship with ASEAN as Country Coordinator")
            owner = [m for m in self.m.within(max(s.start, cm.start() - 60), cm.start(), "actor", "demonym")
                     if self.country_of(m.value) not in members | {"asean"} and
                     re.match(r"['’]s\b", self.text[m.end:m.end + 2])]
            named = after[:1] or owner[-1:]
            ours = not named and self.publisher_country not in members | {"asean", ""} and \
                re.search(r"\bour\s+(?:ASEAN\s+)?$", self.text[max(s.start, cm.start() - 12):cm.start()], re.I)
            if not named and not ours:
                continue
            # "Lao PDR, which takes over as our Country Coordinator": the partner is the publisher
            partner = self.country_of(named[0].value) if named else self.publisher_country
            coordinator = ""
            lo = named[0].start if named and named is owner[-1:] else cm.start()
            candidates = self.m.within(s.start, lo, "actor", "demonym", "person", "position")
            for m in reversed(candidates):
                actor = self._actor_of(m, self.sentence_meeting.get(i, ""))
                if actor and actor != partner and self.ref.actors.get(actor) and \
                        self.ref.actors[actor].type == "Country":
                    coordinator = actor
                    break
            if not coordinator:
                continue
            if any(c.coordinator == coordinator and c.partner == partner for c in self.x.coordinators):
                continue
            span = (min(cm.start(), named[0].start), max(cm.end(), named[0].end)) if named else cm.span()
            self.x.coordinators.append(CoordinatorRole(coordinator, partner, self.ev(*span),
                                                       self.sentence_meeting.get(i, "")))
            # "... handed over that role to Viet Nam", "ส่งมอบตำแหน่งผู้ประสานงานให้แก่เวียดนาม": the next one
            handover = HANDOVER.search(self.text, cm.end(), s.end)
            nxt = next(iter(self.m.within(handover.end(), min(s.end, handover.end() + 30), "actor", "demonym")),
                       None) if handover else None
            if nxt is not None and self.country_of(nxt.value) in members and self.country_of(nxt.value) != coordinator \
                    and not any(c.coordinator == self.country_of(nxt.value) and c.partner == partner
                                for c in self.x.coordinators):
                self.x.coordinators.append(CoordinatorRole(self.country_of(nxt.value), partner,
                                                           self.ev(handover.start(), nxt.end),
                                                           self.sentence_meeting.get(i, "")))

    def topics(self) -> None:
        meeting_spans = [(n.start, n.end) for n in self.names if not n.value.anaphoric]
        for t in self.m.of("topic"):
            if any(a <= t.start < b for a, b in meeting_spans):
                continue
            meeting = self.sentence_meeting.get(self.sent_of(t.start))
            if not meeting:
                continue
            if any(x.meeting == meeting and x.topic == t.value for x in self.x.topics):
                continue
            self.x.topics.append(TopicDiscussion(meeting, t.value, self.ev(t.start, t.end)))

    def run(self) -> Extraction:
        self.meetings()
        if self.x.meetings:
            self.participations()
            self.short_titles()
            self.first_person()
            self.pledges()
            self.proposals()
            self.coordinators()
            self.topics()
        self.partnerships()
        return self.x


_THAI_LEFT = re.compile(r"[\u0E00-\u0E7F]")


@lru_cache(maxsize=4096)
def romanise(thai: str) -> str:
    """RTGS romanisation of a Thai-script name, word by word, capitalised."""
    from pythainlp.transliterate import romanize

    words = []
    for part in thai.split():
        if re.search(r"[\u0E00-\u0E7F]", part):
            try:
                latin = _THAI_LEFT.sub("", romanize(part, engine="royin"))  # marks the romaniser leaves
                words.append(latin.capitalize() if latin else part)
            except Exception:
                words.append(part)
        else:
            words.append(part)
    return " ".join(words)


def release_date(release: Release, mentions: Mentions, text: str) -> date | None:
    """The front matter's date, else the first full date in the text, else the first day-month
    date in a year the text names ("On 4 August ... Chairmanship in 2022")."""
    raw = release.meta.get("date", "")
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise ExtractionError(f"impossible date '{raw}' in the front matter", release.path) from None
    dates = mentions.of("date")
    full = [d for d in dates if d.value.has_year]
    if not full:
        return dates[0].value.start if dates else None
    day = full[0].value.end  # "๗-๘ มิถุนายน ๒๕๖๗": a release comes out when its meetings are over
    for d in full[1:]:
        # "ในวันเสาร์ที่ ๒๗ กรกฎาคม ๒๕๖๗ รัฐมนตรี...ได้เข้าร่วม": a later day the release tells as past
        clause = text[d.start:text.find("\n", d.end) % (len(text) + 1)][:300]
        if 0 < (d.value.end - day).days <= BACKGROUND_DAYS and REPORTED_PAST.search(clause) and \
                not PLANNED.search(clause):
            day = d.value.end
    return day


def relate(release: Release, text: Text, mentions: Mentions) -> Extraction:
    if mentions.impossible_dates:
        bad = mentions.impossible_dates[0]
        raise ExtractionError(f"impossible date '{text.quote(bad.start, bad.end)[0]}'", release.path)
    day = release_date(release, mentions, text.text)
    if day is None:
        raise ExtractionError("no date found in the release (give one in the text or the front matter)", release.path)
    return Relater(release, text, mentions, day).run()
