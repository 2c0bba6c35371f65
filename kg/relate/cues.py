"""Cue words and patterns, in both languages, that the rules of :mod:`kg.relate` look for."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.recognise import (
    HON_EN,
    HON_TH,
    finditer_at,
)


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

    def __init__(self, pattern: str, starts: str | None = None) -> None:
        self.ci = re.compile(pattern, re.I)
        self.folded = re.compile(_lower_literals(pattern))
        # words one of which opens every match, if given: the cue is tried only where one does (for a long
        # pattern with nothing to skip ahead on, see kg.recognise.finditer_at)
        self.starts = Cue(starts) if starts else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None, folded: str | None = None):
        end = len(text) if endpos is None else endpos
        if self.starts is not None:
            return next(self.finditer(text, pos, end, folded), None)
        return self.folded.search(folded, pos, end) if folded is not None else self.ci.search(text, pos, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None,
                 folded: str | None = None) -> Iterator[re.Match]:
        """Every cue between ``pos`` and ``endpos`` (a match on the casefolded text where there is one:
        its positions are the text's, its words lower case)."""
        end = len(text) if endpos is None else endpos
        rx, target = (self.folded, folded) if folded is not None else (self.ci, text)
        if self.starts is not None:
            return finditer_at(self.starts.folded if folded is not None else self.starts.ci, rx, target, pos, end)
        return rx.finditer(target, pos, end)

    def words(self, text: str, pos: int, endpos: int, folded: str | None) -> list[str]:
        """Every cue between ``pos`` and ``endpos``, lower case."""
        return [m.group().casefold() for m in self.finditer(text, pos, endpos, folded)]


# ---------------------------------------------------------------- cue words (both languages)

PLANNED = Cue(r"จะจัดขึ้น|จะจัด(?=การ(?:ประชุม|หารือ))|เตรียมการสำหรับการประชุม|in preparation for the|ahead of the|จะมีขึ้น|คาดว่าจะ|มีกำหนด|กำหนดจัด|จะเข้าร่วม|จะเดินทาง|ที่จะถึงนี้|จะเป็นเจ้าภาพ|จะเป็นประธาน|"
                     r"ที่จะมีขึ้น|ซึ่งจะ|ครั้งต่อไป|will be held|will take place|will host|"
                     # ("will also take part in ...")
                     r"will (?:also )?(?:attend|co-chair|chair|participate|lead|represent|join|take part|travel)|"
                     r"is scheduled|are scheduled|scheduled to|upcoming|"
                     r"forthcoming|to be held|is expected to|will be convened|will convene|next year|plans to hold|"
                     r"planned for|set to (?:take place|be held)|to be hosted|will be hosted|will be co-chaired|will be chaired")
# a meeting named as the occasion of another: "on the sidelines of the 33rd ASEAN Summit"
OCCASION = re.compile(r"(?:sidelines of|in conjunction with|on the margins of|margins of|back-to-back with|day of|"
                      r"during|ahead of|on the occasion of|(?:with)?in the framework of|as part of|"
                      r"ควบคู่กับ(?:การ)?|ในห้วง|ในช่วง|ในระหว่าง|ในโอกาส|ในกรอบ|ส่วนหนึ่งของ)\s*(?:the\s+)?$", re.I)
# "การประชุมรัฐมนตรีต่างประเทศอาเซียนและการประชุมที่เกี่ยวข้อง", "the ASEAN Summit and Related Summits": the season
RELATED_AFTER = re.compile(r"\s*(?:และ|and)\s*(?:การประชุม(?:สุดยอด|ระดับรัฐมนตรี)?(?:อื่น ?ๆ)?\s*ที่เกี่ยวข้อง|"
                           r"การประชุม(?:กับ|ระหว่างอาเซียนกับ)ประเทศคู่เจรจา|(?:the\s+)?meetings\s+with\s+(?:the\s+|its\s+)?"
                           r"[Dd]ialogue [Pp]artners|(?:the\s+)?related\s+(?:meetings|summits))",
                           re.I)
# a meeting called by its kind alone ("will co-chair the Ministerial Meeting")
KIND_REFERENCE = re.compile(r"\bthe (Ministerial Meeting|Summit|Senior Officials' Meeting|SOM)\b(?!\s+(?:of|on|for|with)\b)")
KIND_NAMED = re.compile(r"the (?:Ministerial Meeting|Summit|Senior Officials' Meeting|SOM)")  # in every KIND_REFERENCE
KIND_WORDS = {"ministerial meeting": "MinisterialMeeting", "summit": "Summit", "senior officials' meeting":
              "SeniorOfficialsMeeting", "som": "SeniorOfficialsMeeting"}
# a sentence that opens by calling the meeting it is about "the meeting"
THE_MEETING = re.compile(r"\s*(?:การประชุม|ที่ประชุม|(?i:the\s+(?:meeting|summit|conference|dialogue|session)\b|it\b))")
RECALL = Cue(r"เมื่อปี|เมื่อเดือน|ตั้งแต่|นับจาก|ครบรอบ|ที่ผ่านมา|ก่อนหน้า|ผลการประชุม|ผลลัพธ์|ต่อยอด|ตามที่|ที่ได้มีขึ้น|"
                    r"recall|since|anniversary|last year|outcomes? of|building on|follow(?:ing|ed)? up on|"
                    r"was elevated|were elevated|was established|were established|launched in|adopted at|"
                    r"agreed at|in \d{4}")
ONLINE = Cue(r"ผ่านระบบการประชุมทางไกล|การประชุมทางไกล|ทางวีดิทัศน์|ระบบวีดิทัศน์|ผ่านระบบออนไลน์|รูปแบบออนไลน์|"
                    r"(?<!หลอกลวง)ทางออนไลน์|video ?conference|video link|virtual(?:ly)?|"
                    r"online(?! scam| fraud| gambling| platform| content| safety| harm)|teleconference|by video")
HYBRID = Cue(r"ทั้งรูปแบบ(?:พบหน้า|การประชุมแบบพบหน้า)|รูปแบบผสม|แบบผสม|ไฮบริด|hybrid|in-person and virtual|"
                    r"in person and virtually|physically and virtually|"
                    # "some in the room with us and others joining by video link"
                    r"\bsome\b[^.;]{0,40}\b(?:in person|in the room|on site|physically)\b[^.;]{0,40}\bothers\b[^.;]{0,30}"
                    r"(?:online|virtual|video)|\bsome\b[^.;]{0,40}(?:online|virtual|video)[^.;]{0,40}\bothers\b[^.;]{0,30}"
                    r"\b(?:in person|in the room|on site)\b")
IN_PERSON = Cue(r"รูปแบบพบหน้า|แบบพบหน้า|in person|in-person|face-to-face")
# a word every ONLINE, HYBRID and IN_PERSON match holds: a text without one needs no sentence searched for them
MODE_ANCHOR = Cue(r"ทางไกล|วีดิทัศน์|ออนไลน์|video|virtual|online|teleconference|แบบผสม|ไฮบริด|hybrid|พบหน้า|"
                  r"in person|in-person|face-to-face")
AT_PLACE = Cue(r"(?:(?:ณ|ที่|เดินทางไป|in|at|held in|hosted in|took place in|(?:visit|trip|travel|travels|travelled|traveled) to)\s*"
               # "ณ ทำเนียบสันติภาพ (Peace Palace) กรุงพนมเปญ": a venue, then its city
               # (or a venue, its district and the province: "ณ ศูนย์...อิมแพ็ค เมืองทองธานี จังหวัดนนทบุรี")
               r"|ณ\s?(?:\S{2,40}\s){1,2}(?:\([^()]{2,40}\)\s)?)(?:the\s+)?(?:กรุง|นคร|นครหลวง|เมือง|จังหวัด|เกาะ)?\s*$")
# the verb right before the meeting its subject attended or chaired
ATTENDED_BEFORE = re.compile(r"(?:เข้าร่วม|เป็นประธาน|ร่วมเป็นประธาน|\battended|\bjoined|\btook part in|\bparticipated in|"
                             r"\bchaired|\bco-chaired)\s*(?:the\s+)?$", re.I)
# "The two heads of delegation will co-chair the Dialogue", "หัวหน้าคณะผู้แทนทั้งสองฝ่ายเป็นประธานร่วม"
HEADS_CO_CHAIR = Cue(r"\b(?:the two|both) heads of (?:the )?delegations?\b[^.;]{0,30}\bco-chair|"
                     r"หัวหน้าคณะ(?:ผู้แทน)?ทั้งสอง(?:ฝ่าย)?\S{0,20}ประธานร่วม")
# a word every HEADS_CO_CHAIR match has: a text without one needs no sentence searched for it
HEADS_OF = Cue(r"heads of|หัวหน้าคณะ")
CO_CHAIR = Cue(r"เป็นประธานร่วม|ร่วมเป็นประธาน|ประธานร่วม|co-chair(?:ed|s|ing)?|co-chairs?|co-hosted|shared the chair")
CHAIR = Cue(r"(?<!การ)เป็นประธาน(?!ร่วม|าธิบดี)|ทำหน้าที่ประธาน|"
            # (not "ในฐานะประธานอาเซียนปีถัดไป", as next year's Chair, nor "ในฐานะประธานอาเซียน ได้เข้าร่วม",
            # who attended as ASEAN's Chair a meeting that others co-chair)
            r"ในฐานะประธาน(?!ร่วม|าธิบดี|อาเซียน\s?(?:ปีถัดไป|ปีหน้า|คนต่อไป|คนถัดไป)|อาเซียน\s?(?:ได้)?เข้าร่วม)|chaired|chairs |"
            # (not ASEAN's Chair for the year: "in Thailand's capacity as Chair of ASEAN for 2019")
            r"chair of(?! ASEAN for)|presided|under the chairmanship|as (?:the )?chair\b(?! of ASEAN| of the ASEAN)|"
            r"in (?:his|her) capacity as (?:the )?chair(?! of ASEAN| of the ASEAN)|"
            # "I thank Prime Minister Anwar Ibrahim for chairing today's Summit"
            r"\bfor chairing")
# "Chair of the Initiative for ASEAN Integration (IAI) Task Force", "ประธานคณะทำงาน...": a body's chair
CHAIR_OF_BODY = re.compile(r"(?:\s*of)?\s*(?:the\s+)?(?:(?!Meeting|Summit|Conference|Dialogue|Forum|Session|SOM|"
                           r"PMC|[Mm]eeting|[.;,])[^.;,]){0,70}?\b(?:Task Force|Working Group|Council|Board|Commission|"
                           r"Fund|Centre|Center|Network|Expert Group)\b(?!\s*(?:\([A-Z]+\)\s*)?(?:Summit|Meeting|Ministerial|Foreign|Senior|-))|\s*(?:คณะทำงาน|คณะกรรมการ(?!ความร่วมมือร่วม)|กองทุน|ศูนย์)")
HOST = Cue(r"เป็นเจ้าภาพ|hosted|hosts |as host")
ATTEND = Cue(r"เข้าร่วม|ร่วมการประชุม|นำคณะ|เป็นหัวหน้าคณะ|หัวหน้าคณะผู้แทน|กล่าว|หารือ|ได้พบ|พบหารือ|แถลง|ผู้แทน|ประธาน|"
             r"เจ้าภาพ|เป็นผู้แทน|ร่วมกับ|ต้อนรับ|ได้เสนอ|เสนอ|ย้ำ|attend|participat|join|led |lead|chair|deliver|"
             r"remark|met |meet|represent|head|spoke|speak|said|stated|welcom|host|took part|opened|"
             r"underscored|highlighted|noted|proposed|emphasi[sz]ed|reaffirmed|expressed|announced|pledged|"
             r"was accompanied|accompanied")
NOT_PRESENT = re.compile(r"(?:รัฐบาล|ภายใต้การนำของ|สมัย|administration of|government of|the late|Al-Marhum|ibni|bin|binti)"
                         r"\s*(?:Sultan\s+)?$|"
                         # "who represented His Highness Sheikh Meshal ...", "on behalf of President X": not there
                         r"(?:\brepresented|\brepresenting|\bon behalf of|\bin place of|ในนามของ|(?<!ผู้)แทน|"
                         # "ซึ่งได้รับมอบหมายจากนายจุรินทร์ ... ให้เป็นหัวหน้าคณะผู้แทน": who sent the delegate
                         r"มอบหมายจาก|\bdelegated by|\bon the instructions? of)\s*(?:the\s+)?"
                         r"(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\s+|H\.?E\.?\s+)?"
                         r"(?:Sheikh\s+|Prince\s+|King\s+|Sultan\s+|President\s+|Prime Minister\s+|นาย|นางสาว|นาง|ดร\.\s?)?$|"
                         # "called on the regime to release Australian Professor Sean Turnell": a detainee
                         r"(?:\brelease(?:\s+of)?|\bfreeing|\bdetention\s+of|\bdetained|ปล่อยตัว|ควบคุมตัว)\s*(?:the\s+)?"
                         r"(?:[A-Z][\w.-]+\s+){0,3}$",
                         re.I)
# (a head of state's or government's title serves as one: "ประธานาธิบดีโจโก วิโดโด")
# ("พลเอก (เกษียณ) วี.เค. สิงห์": a retired general)
HONORIFIC_BEFORE = re.compile(rf"(?:{HON_TH}|{HON_EN}|ท่าน|คุณ|ประธานาธิบดี|นายกรัฐมนตรี|สุลต่าน)\s?(?:\(เกษียณ\)\s?)?$")
TITLED = re.compile(r"(?:นาย|นาง|ดร\.|พล|สมเด็จ|เจ้าชาย|ดาโต|ตันศรี|ศาสตราจารย์|H\.E\.|Dr|Mr|Ms|Mrs|General|Samdech|Sultan|Dato|Tan Sri)")
TOOK_PART = Cue(r"เข้าร่วม|ร่วมการประชุม|attend|took part|take part|participat|joined|will join")
REPORTED_PAST = re.compile(r"ได้(?:เข้าร่วม|เป็นประธาน|ร่วม|จัด|พบ|หารือ|เดินทาง|มีการประชุม)|จัดขึ้นเมื่อ|\b(?:was held|were held|took place|attended|"
                           r"met|joined|co-chaired|chaired|convened|participated)\b")
# the Ministry's short forms of its own office holders' posts ("รัฐมนตรีฯ", "รองนายกรัฐมนตรีฯ", "ปลัดกระทรวงฯ")
THAI_SHORT_TITLE = re.compile(r"(?:นายกรัฐมนตรี|รัฐมนตรี|ปลัดกระทรวง|อธิบดี|เอกอัครราชทูต)\S{0,12}ฯ")
EN_SHORT_POST = re.compile(r"\s+(?:also\s+|had\s+|has\s+|will\s+)?(?:attended|joined|took part|participated|attend\b|join\b|"
                           r"co-chaired|chaired|led\b)")
SHORT_POST_AFTER = re.compile(r"ฯ|\s?(?:ได้(?:เข้าร่วม|เป็นประธาน|นำคณะ|ร่วม)|เข้าร่วม|เป็นประธาน|นำคณะ|(?:มีกำหนด|จะ)(?:เข้าร่วม|เป็นประธาน|นำคณะ))")
# a weekday with no date: "met in Brussels on Wednesday", "เมื่อวันพุธที่ผ่านมา"
WEEKDAY = re.compile(r"\bon (?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s*(?:the\s+)?\d)(?!,?\s+[A-Z][a-z]+ \d)|"
                     r"เมื่อวัน(?P<th>จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)(?!\s*ที่\s*\d)")
WEEKDAYS = {d: n for n, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
WEEKDAYS.update({d: n for n, d in enumerate(["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"])})
PREPARING = re.compile(r"ahead of the|in preparation for the|เตรียมการสำหรับการประชุม", re.I)
MET = re.compile(r"\b(?:met|was held|were held|took place|convened)\b|จัดขึ้น|ได้จัด|ได้ประชุม|ได้พบหารือ")
NEXT_BEFORE = re.compile(r"\b(?:the\s+)?next\s+$", re.I)
NEXT_AFTER = re.compile(r"\s?(?:ครั้งต่อไป|ครั้งหน้า)")
ON_BEHALF = re.compile(r"\bon behalf of\s*(?:the\s+)?$|ในนาม(?:ของ)?\s*$", re.I)
HELD = Cue(r"was held|were held|took place|convened|จัดขึ้น|ได้จัด")
NOT_PRESENT_AFTER = re.compile(r"^(?:'s)?\s*(?:administration|government|era)", re.I)
PLEDGE = Cue(r"ให้ความช่วยเหลือ|direct(?:s|ed|ing) |channel|ช่วยเหลือ|สนับสนุน|มอบ|บริจาค|จัดสรร|ประกาศ|ให้เงิน|ให้ทุน|อุดหนุน|สมทบ|เพิ่มเงิน|"
              r"extend|loan|line of credit|credit line|สินเชื่อ|pledg|commit|provid|will invest|is investing|mobili[sz]|"
              r"contribut|announc|allocat|donat|grant|fund|support|earmark|assistance|disburs|offer")
BACKGROUND_DAYS = 14
# where a clause opens: the subject of the verb comes after the last of these
# what someone said: "von der Leyen announced that the EU ... will mobilise" (the reported clause's subject pays)
REPORTED = re.compile(r"(?<=ประกาศ)ว่า|(?<=กล่าว)ว่า|(?<=ระบุ)ว่า|(?<=แจ้ง)ว่า|"
                      r"\b(?:announced|said|stated|noted|confirmed|declared|added|affirmed) that\s")
CLAUSE = re.compile(r"[.;]\s|\n|,\s(?:and|while|but|which)\s|\swhich\s|ซึ่ง|\sและ|\sโดย|ขณะที่|ทั้งนี้|" + REPORTED.pattern)
ITEMISED = Cue(r"includ|ประกอบด้วย|ได้แก่|แบ่งเป็น|comprising|consist")
RECIPIENT_CUE = re.compile(r"(?:แก่|ให้แก่|ให้กับ|กับ|ต่อ|สำหรับ|to|for|towards|into)\s*(?:the\s+)?$", re.I)
# "three areas", "ใน ๔ ด้าน": a count of what is proposed (the one proposing is the subject of a verb before it)
PROPOSE_COUNT = re.compile(r"\b(?:two|three|four|five|six|seven|[2-9])\s+(?:key\s+|priority\s+|main\s+)?(?:areas|fields|"
                           r"directions|points|elements|ways)\b|[๒-๙2-9]\s*(?:ด้าน|ประการ|ประเด็น|แนวทาง|เสาหลัก|สาขา|ข้อ)",
                           re.I)
PROPOSE = Cue(r"เสนอ|แสดงความเห็น|ผลักดัน|ข้อเสนอ|ริเริ่ม|เน้นย้ำ|ชูแนว|ชูประเด็น|pillars|focus(?:es|ed)? on|key areas|"
              + PROPOSE_COUNT.pattern + r"|emphasi[sz]ed|highlighted|proposed|propose|put forward|suggested|"
              r"called for|recommended|initiatives|outlined|set out|laid out|put forth|presented|identified|proposals?|offered|"
              r"priorit")
# a level the text names as a goal: "ปูทางไปสู่การสถาปนาความเป็นหุ้นส่วน...", "ตกลงในหลักการ...ที่จะยกระดับ",
# "working towards a Strategic Partnership"; applied for or sought ("ยื่นความประสงค์ขอเป็นคู่เจรจา", "applied to
# become a Dialogue Partner")
GOAL = Cue(r"ปูทาง|มุ่งสู่|ในหลักการ|หารือเพื่อ|ขอเป็น|ความประสงค์|\btowards?\b|\bpav(?:e|ing) the way|\bin principle\b|\baspir|"
           r"\bappl(?:y|ied|ies|ying|ication) (?:to|for)\b|\bseek(?:s|ing)? to become\b|\bbid to\b")
UPGRADE = re.compile(r"ยกระดับ|สถาปนา|จัดตั้ง|ก่อตั้ง|ได้รับสถานะ|เป็นคู่เจรจา|elevat|upgrad|establish|became|conferred|"
                     r"launched|granted|was accorded|since|ตั้งแต่|เมื่อปี", re.I)
COORDINATOR_ANCHOR = re.compile(r"ผู้ประสานงาน|oordinator")  # in every COORDINATOR match
HANDOVER = Cue(r"hand(?:ed|s|ing)? over (?:(?:that|the|its) (?:role|baton|position|coordinatorship) )?to(?: the)?\s*|"
               r"pass(?:ed|es|ing)? (?:that role |the role |the baton )?(?:on )?to(?: the)?\s*|"
               r"ส่งมอบ(?:ตำแหน่ง|บทบาท|หน้าที่)?\S{0,40}?(?:ให้แก่|ให้กับ|แก่)\s*", starts="hand|pass|ส่งมอบ")
COORDINATOR = re.compile(r"(?:ในฐานะ)?(?:ประเทศ)?ผู้ประสานงาน(?:ความสัมพันธ์)?|[Cc]ountry [Cc]oordinator|[Cc]oordinator|"
                         r"ประเทศผู้ประสานงาน")
# (Cues: searched on the casefolded text, see Cue)
LEVELS = [
    (Cue(r"หุ้นส่วน(?:ทาง|เชิง)?ยุทธศาสตร์\s?(?:ที่|แบบ|อย่าง)?(?:ครอบคลุม|รอบด้าน)|"
         r"Comprehensive Strategic Partnership|comprehensive strategic partners\b|CSP\b"),
     "ComprehensiveStrategicPartnership"),
    (Cue(r"หุ้นส่วน(?:ทาง|เชิง)?ยุทธศาสตร์(?!\s?(?:ที่|แบบ|อย่าง)?(?:ครอบคลุม|รอบด้าน))|"
         r"(?<!Comprehensive )Strategic Partnership|(?<!comprehensive )strategic partners\b"),
     "StrategicPartnership"),
    (Cue(r"คู่เจรจาเฉพาะด้าน|Sectoral Dialogue Partner|sectoral dialogue relations"), "SectoralDialoguePartner"),
    # ASEAN's own status, said as such (not "Japan and development partners", nor a partner of ACMECS or of
    # Thailand's neighbours: "ACMECS ซึ่งสาธารณรัฐเกาหลีเป็นหุ้นส่วนเพื่อการพัฒนา")
    (Cue(r"สถานะ(?:การเป็น)?(?:ประเทศ)?หุ้นส่วนเพื่อการพัฒนา|หุ้นส่วนเพื่อการพัฒนา(?:ของ|กับ)อาเซียน|"
         r"Development Partner(?:ship)?(?: status)?(?= (?:of|with|to) (?:the )?ASEAN)|ASEAN(?:'s|’s)? Development Partner|"
         r"Development Partner status"),
     "DevelopmentPartner"),
    (Cue(r"(?:สถานะ(?:การเป็น)?(?:ประเทศ)?|เป็น(?:ประเทศ)?|ความสัมพันธ์(?:ในฐานะ)?(?:ประเทศ)?)คู่เจรจา(?!เฉพาะด้าน)(?:อย่าง)?(?:เต็มรูปแบบ)?|"
         r"(?<!Sectoral )Dialogue Partner(?:ship)?(?: status)?|"
         # "dialogue relations between the EU and ASEAN date back to 1977": the level, with its year
         r"(?<!sectoral )dialogue relations(?=(?:(?!partner)[^.;]){0,60}?(?:date back to|dating back to|since|established in|began in|"
         r"launched in|(?:were|was) established|started in)\s*(?:in\s+)?(?:\d{1,2}\s+\w+\s+)?(?:19|20)\d\d)|"
         # "since the establishment of (ASEAN-ROK) dialogue relations in 1989"
         r"(?:establishment|start|beginning|inception|launch) of (?:[\w-]+ ){0,3}dialogue relations"
         r"(?=,?\s+(?:in|since)\s+(?:\w+\s+)?(?:19|20)\d\d)"), "DialoguePartner"),
]
# a level named in a coordinator's role ("Country Coordinator for ASEAN-India Dialogue Relations since 2024"): the
# year is the coordinator's
COORDINATOR_FOR = re.compile(r"(?:[Cc]oordinator\s+(?:for|of)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}|ผู้ประสานงาน)$")
LEVEL_ANCHOR = Cue(r"partner|หุ้นส่วน|คู่เจรจา|CSP|dialogue relations")  # a word every level's name has
# a relative clause saying when a level was reached, between the level and the year
ESTABLISHED_IN = re.compile(r"(?:\b(?:that|which|to which|when|since)\b|ซึ่ง|ที่|ตั้งแต่)[^.;]{0,70}?(?:established|raised|elevated|upgraded|"
                            r"launched|reached|agreed|announced|began|started|จัดตั้ง|สถาปนา|ยกระดับ|ประกาศ|ก่อตั้ง|เริ่ม)", re.I)
# a month and year right after a meeting's name ("... ในเดือนกรกฎาคม ๒๕๖๗", "... in October 2024")
MONTH_YEAR = re.compile(r"\s*(?:,\s*)?(?:ใน|เมื่อ|in |on |during |of )?(?:เดือน)?\s?(?P<month>[ก-ฮะ-์.]+|[A-Z][a-z]+\.?)\s?"
                        r"(?:พ\.ศ\.\s?|ค\.ศ\.\s?)?(?P<year>[12][0-9]{3})(?![0-9])")
WITH_PARTNERS = re.compile(r"คู่เจรจา|[Dd]ialogue [Pp]artners|PMC")
GENERIC_SERIES = "-meeting"  # a name that says neither kind nor track ("การประชุมอาเซียน-ญี่ปุ่น")
DOLLARS = {"USD", "AUD", "NZD", "CAD", "SGD", "BND", "HKD", "TWD"}  # currencies written "$" at home
MIDDLE_TITLES = {"Haji", "Hajah", "Hj", "Hj.", "bin", "binti", "Bin", "Binti", "Tun"}
# "He co-chaired the meeting together with the Lao side": the person the sentence before named
PRONOUN_ROLE = re.compile(r"\s*(?:He|She)\s+(?:also\s+)?(?P<verb>co-chaired|chaired|will co-chair|will chair)\b")
FIRST_PERSON = re.compile(r"\bI (?:have |had )?(?:today |also )?(?P<verb>co-chaired|chaired|attended|joined|hosted|led|"
                          r"took part|participated|met (?:Southeast Asian|ASEAN|regional|Indo-Pacific|fellow) leaders|"
                          # "In Vientiane I will represent New Zealand at ...", "I will co-chair the ... meeting"
                          r"will (?:also )?(?:co-chair|chair|attend|join|host|lead|take part|participate|represent))")
ROLE_RANK = {"participant": 0, "host": 1, "chair": 2, "co-chair": 2}
PRONOUN = re.compile(r"\b(?:He|She|he|she)\b|^\s*ท่าน")
# a forum named as a body its members belong to
FRAMEWORK = re.compile(r"(?:ที่เข้าร่วม|ประเทศสมาชิก(?:ของ)?|สมาชิก(?:ของ)?|participating in|participants in|"
                       r"members? of|member states of|countries of|(?<!held )through|ผ่านกลไก|"
                       # "Canada's interest in taking part in the East Asia Summit and in the ADMM-Plus"
                       r"(?:interest in|wish to|bid to|seeks? to|hopes? to)\s+(?:join(?:ing)?|tak(?:e|ing) part in|"
                       r"participat(?:e|ing) in)(?:\s+the\s+[^.;]{0,60}?\s+and\s+in)?)\s*(?:the\s+)?$", re.I)
# a forum named as the group of its members: "East Asia Summit (EAS) participating countries", "ประเทศสมาชิก"
FRAMEWORK_AFTER = re.compile(r"\)?\s*(?:\([A-Z+0-9 ]{2,12}\)\s*)?(?:participating|participant|member)\s+(?:countries|states|nations)|"
                             r"\s*(?:participants|partners)\b|ประเทศสมาชิก|ประเทศผู้เข้าร่วม")
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
ALL_MEETINGS = Cue(r"\b(?:both|all(?: (?:two|three|four|five|[2-9]))?|each of the(?: (?:two|three|four|[2-9]))?)"
                   r" (?:meetings|summits|sessions|of the meetings|of the summits)\b|\b(?:were|was) all "
                   r"(?:co-)?chaired|\bboth chaired|การประชุม(?:ทั้ง|ทุก)(?:\s?(?:สอง|สาม|สี่|ห้า|[2-9])(?:\s?(?:กรอบ|ครั้ง|รายการ))?)?|ทั้ง\s?(?:สอง|สาม|สี่|ห้า|[2-9])\s?"
                   r"(?:การประชุม|ครั้ง|รายการ|กรอบ)|ทุกการประชุม|(?:รวม\s?)?(?<!\d)(?<!ครั้งที่)(?<!ครั้งที่ )[2-9]\s?การประชุม|"
                   r"\b(?:two|three|four|five|[2-9]) (?:meetings|sessions|summits)\b",
                   starts="both|all|each|were|was|two|three|four|five|2|3|4|5|6|7|8|9|การประชุม|ทั้ง|ทุก|รวม")
# a word every ALL_MEETINGS match has: a sentence without one needs no search with the long pattern
ALL_MEETINGS_ANCHOR = Cue(r"meetings|summits|sessions|chaired|การประชุม|ทั้ง")
COUNT_WORDS = {"both": 2, "two": 2, "สอง": 2, "2": 2, "three": 3, "สาม": 3, "3": 3,
               "four": 4, "สี่": 4, "4": 4, "five": 5, "ห้า": 5, "5": 5}  # (relate reads text with Western digits)
HEADING_LENGTH = 90  # a paragraph no longer than this, all one line, is a heading
# the numbering or Markdown marks before a heading
# a dateline before its date ("PASAY CITY", "Manila,", "**Jakarta,") and the dash after it
DATELINE_HEAD = re.compile(r"[\s*_#]*(?:[A-Z][A-Za-z.'’-]*[\s,]+){0,4}")
DASH = re.compile(r"\s*[–—-]")
HEADING_MARK = re.compile(r"^\s*(?:#+\s*|\d{1,2}[.)]\s*|\(?[a-zก-ฮ]\)\s*|\*\*)|\*\*\s*$")
# a year that dates something else: an anniversary, when dialogue began
# ... nor is a document's year ("Strategic Partnership Vision 2030", "the Plan of Action for 2016-2020")
NOT_SINCE = re.compile(r"(?:\b(?:under|in|during|for) which\s+|(?:ครบรอบ|anniversary|ในปีแห่ง)\D{0,25}|(?:Vision|Agenda|Blueprint|Plan of Action|Work Plan|"
                       r"วิสัยทัศน์|แผนปฏิบัติการ|แผนงาน)[^.\d]{0,25}|"
                       # "the Priority Plan for the ... Partnership expired in March 2021": when something ended
                       r"\b(?:expired|expires|ended|ends|lapsed|concluded)\s+(?:in\s+|on\s+)?(?:[A-Z][a-z]+\s+)?|สิ้นสุด(?:ลง)?(?:เมื่อ|ใน)?\S{0,12})$", re.I)
# ... and items that open a line ("1. early conclusion of ..."), taken only after a colon (see proposals)
LINE_ITEM = r"|(?m:^[ \t]*(\d{1,2})\.[ \t]+)"
LIST_TH = re.compile(r"\((\d{1,2})\)|(?<![\d.])(\d{1,2})\)(?=\s?\S)|ประการ(?:ที่)?(แรก|หนึ่ง|สอง|สาม|สี่|ห้า|หก|\d)" + LINE_ITEM)
LIST_TH_START = re.compile(r"\(|\d|ประการ|(?m:^)")  # where every LIST_TH match starts (see finditer_at)
LIST_EN = Cue(r"\((\d{1,2}|[ivx]{1,4}|[a-h])\)|(?<![\w.])(\d{1,2})\)|(?<![A-Za-z])(?:(First|Second|Third|Fourth|Fifth|"
              r"Sixth)(?:ly)?,)|(?<=[;,:] )(?:and )?(first|second|third|fourth|fifth|sixth)(?:ly)?," + LINE_ITEM,
              starts=r"\(|\d|first|second|third|fourth|fifth|sixth|and |(?m:^)")
THAI_ORD = {"แรก": 1, "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}
EN_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
THAI_CLAUSE = re.compile(r"โดย|ซึ่ง|ขณะที่|ทั้งนี้|เข้าร่วม|นอกจากนี้|[,;]|\bwhile\b|\bwhereas\b")
TH_BOUNDARY = re.compile(r"\s(?=ทั้งนี้|นอกจากนี้|อนึ่ง|ในการนี้|ในโอกาสนี้|ที่ประชุม|ต่อมา|จากนั้น|ขณะเดียวกัน|"
                         r"ในช่วง|สำหรับ|โดยที่ประชุม|ส่วน|อีกทั้ง|รวมทั้ง(?=ที่ประชุม)|ทั้งสองฝ่าย|ไทย|"
                         # ("ฝ่ายไทย", not a post's branch: "รองผู้ช่วยรัฐมนตรี... ฝ่ายกิจการเอเชียตะวันออกและแปซิฟิก")
                         r"ฝ่าย(?!กิจการ|การ|เศรษฐกิจ|สังคม|ความมั่นคง|บริหาร|วิชาการ|นโยบาย))")
# the gap after a sentence's closing mark (the mark is matched too, so that re skips ahead to one)
EN_BOUNDARY = re.compile(r"[.!?](?P<gap>[\"')]?\s+)(?=[A-Z\"(])")
EN_ABBREV = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|No|Jr|Sr|Prof|Gen|Sen|Rep|Hon|Amb|Lt|Col|Capt|H\.E|U\.S|U\.K|e\.g|i\.e|Smt|Shri|Ma|Hj|Adm|"
                       r"Co|Inc|Ltd|vs|approx)\.|\b[A-Z]\.)$")
KIND_LABELS = {"summit": "Summit", "fmm": "Foreign Ministers' Meeting", "som": "Senior Officials' Meeting",
               "jcc": "Joint Cooperation Committee", "jscc": "Joint Sectoral Cooperation Committee",
               "aem": "Economic Ministers' Consultations", "defence": "Defence Ministers' Meeting",
               "committee": "Committee Meeting", "meeting": "Meeting", "business": "Business Summit",
               "businessforum": "Business Forum", "businesscouncil": "Business Council", "youth": "Youth Summit",
               "youthforum": "Youth Forum", "ism": "Inter-Sessional Meeting", "finance": "Finance Ministers' Meeting", "forum": "Forum", "strategic": "Strategic Dialogue",
               "dialogue": "Dialogue"}
MEETING_OF_KIND = {"Summit": "Summit", "MinisterialMeeting": "Ministerial Meeting",
                   "SeniorOfficialsMeeting": "Senior Officials' Meeting"}
