"""Rules of kg.relate met in held-out releases, each on a release of its own shape."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.pipeline import extract
from kg.recognise import find_dates, find_meeting_names, recognise

HEAD = "---\ndate: {date}\nlanguage: {lang}\n---\n"


def _facts(tmp_path: Path, text: str, day: str = "2024-07-27", lang: str = "en"):
    path = tmp_path / "release.md"
    path.write_text(HEAD.format(date=day, lang=lang) + text, encoding="utf-8")
    return extract(path).facts


def test_planned_cue_on_text_whose_casefold_changes_length(tmp_path):
    """Regression: the planned-cue scan read the casefolded text, which is not kept when casefolding
    changes its length (ß becomes ss); it raised instead of using the case-insensitive pattern."""
    f = _facts(tmp_path, "The 28th ASEAN-Japan Summit will be held in Kuala Lumpur next year. Straße.\n")
    assert [(m.ordinal, m.status) for m in f.meetings] == [(28, "planned")]


def test_yesterdays_meeting_is_dated_from_the_release(tmp_path):
    f = _facts(tmp_path, "New Zealand at ASEAN meetings\n\nAt yesterday's ASEAN-New Zealand Foreign Ministers' "
                         "Meeting in Vientiane, Mr Winston Peters reviewed the Strategic Partnership.\n")
    assert [(m.parties, m.start) for m in f.meetings] == [(["asean", "newzealand"], date(2024, 7, 26))]


def test_sessions_listed_after_meetings_with_are_one_meeting_each(tmp_path):
    f = _facts(tmp_path, "ASEAN meetings in Singapore\n\nOn 3 August 2018, the ASEAN-United States Ministerial "
                         "Meeting was held in Singapore. Later in the day, the ministers joined the ministerial "
                         "meetings with ASEAN's Dialogue Partners Australia, Canada and India, held back-to-back.\n",
               day="2018-08-03")
    sessions = {m.parties[1]: m.start for m in f.meetings if m.parties != ["asean", "usa"]}
    assert sessions == {"australia": date(2018, 8, 3), "canada": date(2018, 8, 3), "india": date(2018, 8, 3)}


def test_a_coordinator_hands_over_to_the_next(tmp_path):
    f = _facts(tmp_path, "ASEAN-New Zealand Foreign Ministers' Meeting\n\nThe ASEAN-New Zealand Foreign Ministers' "
                         "Meeting was held in Vientiane on 26 July 2024. Brunei Darussalam, which has steered New "
                         "Zealand's relationship with ASEAN as Country Coordinator since 2021, handed over that "
                         "role to Viet Nam.\n")
    assert {(c.coordinator, c.partner) for c in f.coordinators} == {("brunei", "newzealand"),
                                                                     ("vietnam", "newzealand")}


def test_which_is_also_names_the_same_meeting(tmp_path):
    f = _facts(tmp_path, "ASEAN-India Commemorative Summit\n\nThe Vice President took part today in the ASEAN-India "
                         "Commemorative Summit in Phnom Penh. The Summit, which is also the 19th ASEAN-India Summit, "
                         "was co-chaired by Prime Minister Hun Sen.\n", day="2022-11-12")
    assert [(m.qualifier, m.ordinal) for m in f.meetings] == [("Commemorative", 19)]


def test_a_chair_of_a_body_is_no_chair_of_the_meeting(tmp_path):
    f = _facts(tmp_path, "ASEAN-Australia JCC\n\nThe 11th Meeting of the ASEAN-Australia Joint Cooperation Committee "
                         "was held by videoconference on 8 April 2021. Ambassador Nguyen Hai Bang, speaking as Chair "
                         "of the Initiative for ASEAN Integration (IAI) Task Force, thanked Australia.\n",
               day="2021-04-08")
    assert {p.role for p in f.participations} == {"participant"}


def test_a_thai_name_spelt_a_vowel_apart_is_the_known_person(tmp_path):
    f = _facts(tmp_path, "การประชุมรัฐมนตรีต่างประเทศแม่โขง-ล้านช้าง ครั้งที่ ๙\n\nเมื่อวันที่ ๑๖ สิงหาคม ๒๕๖๗ "
                         "การประชุมรัฐมนตรีต่างประเทศแม่โขง-ล้านช้าง ครั้งที่ ๙ จัดขึ้นที่เชียงใหม่ โดยมีนายสก เจนดา โสภา "
                         "รองนายกรัฐมนตรีกัมพูชา เข้าร่วมการประชุมฯ\n", day="2024-08-16", lang="th")
    assert [(p.person, p.represents) for p in f.participations] == [("sok_chenda_sophea", "cambodia")]


def test_numeric_dates_are_day_first_unless_only_the_first_can_be_a_month():
    assert [d.value.start for d in find_dates("Brussels, 14/12/2022 - Press", None)[0]] == [date(2022, 12, 14)]
    assert [d.value.start for d in find_dates("on 5/14/2022", None)[0]] == [date(2022, 5, 14)]
    assert [d.value.start for d in find_dates("11.07.2025", None)[0]] == [date(2025, 7, 11)]
    assert find_dates("version 31/02/2022", None)[0] == []


def test_thai_spellings_of_a_vietnamese_nh_compare_equal():
    from kg.recognise import thai_consonants

    assert thai_consonants("ฝ่าม บิ่ญ มิญ") == thai_consonants("ฝ่าม บิ่งห์ มินห์")
    assert thai_consonants("ฝ่าม มิญ ชิ้ง") == thai_consonants("ฝ่าม มินห์ จิ๋งห์")
    assert thai_consonants("สก เจนดา โสภา") != thai_consonants("สก เจนดา โสภี ฮุน")


def test_thai_name_after_a_latin_name_in_a_thai_release_stays_thai(tmp_path):
    """Regression: a Latin-script name after a Thai honorific (นางEat Sophea) switched the loop's
    script to English for every later Thai name, which then became a Person labelled in Thai as
    English with the IRI person/x."""
    f = _facts(tmp_path, "การประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย ครั้งที่ ๑๘\n\nเมื่อวันที่ ๑๗ มิถุนายน ๒๕๖๕ "
                         "นาง Eat Sophea หัวหน้าคณะผู้แทนกัมพูชา และนางสมศรี ใจดีงาม อธิบดีกรมเอเชียตะวันออก "
                         "เข้าร่วมการประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย ครั้งที่ ๑๘\n", day="2022-06-17", lang="th")
    person = next(p for p in f.people.values() if p.name_th == "สมศรี ใจดีงาม")
    assert person.machine_romanised and person.name_en.isascii() and person.key != "x"


def _levels(facts) -> set[tuple[str, str, int | None]]:
    return {(p.partner, p.level, p.since) for p in facts.partnerships}


def test_a_partnerships_year_is_not_a_documents_year_nor_a_periods(tmp_path):
    f = _facts(tmp_path, "Leaders meet\n\nOn 15 February 2016 the leaders met at Sunnylands. The summit built on the "
                         "decision, taken by the leaders in Kuala Lumpur in November 2015, to elevate U.S.-ASEAN relations "
                         "to a Strategic Partnership, and on the Plan of Action for 2016-2020 that accompanies it. They "
                         "adopted the ASEAN-U.S. Strategic Partnership Vision 2030.\n", day="2016-02-16")
    assert ("usa", "StrategicPartnership", 2015) in _levels(f)


def test_a_year_the_text_states_beats_the_meetings_year(tmp_path):
    """The headline's upgrade takes the meeting's year; a later sentence giving the year (after a
    translation in brackets) corrects it, and 'began in' dates the dialogue relations."""
    f = _facts(tmp_path, "ผู้นำยกระดับความเป็นหุ้นส่วนทางยุทธศาสตร์แบบรอบด้านอาเซียน-ออสเตรเลีย\n\n"
                         "เมื่อวันที่ ๖ มีนาคม ๒๕๖๗ นายกรัฐมนตรีกล่าวถึงความสัมพันธ์ ซึ่งเริ่มต้นขึ้นเมื่อปี ๒๕๑๗ "
                         "โดยออสเตรเลียเป็นประเทศคู่เจรจาประเทศแรกของอาเซียน และได้รับการยกระดับเป็นความเป็นหุ้นส่วน"
                         "ทางยุทธศาสตร์แบบรอบด้าน (Comprehensive Strategic Partnership) เมื่อปี ๒๕๖๔\n",
               day="2024-03-06", lang="th")
    assert _levels(f) >= {("australia", "DialoguePartner", 1974),
                          ("australia", "ComprehensiveStrategicPartnership", 2021)}


def test_asean_plus_china_japan_and_the_rok_is_the_apt(tmp_path):
    """China's ministry names the APT by its members; a headline in capitals does not run the name
    back past its ordinal."""
    f = _facts(tmp_path, "News Li Keqiang Attends the 21st China-ASEAN (10+1) Leaders' Meeting\n\nOn November 15, "
                         "Li Keqiang attended the 21st ASEAN Plus China, Japan and the ROK (10+3) Leaders' Meeting in "
                         "Singapore.\n", day="2018-11-15")
    got = {(m.series, m.ordinal): f.text[m.evidence.start:m.evidence.end] if hasattr(f, "text") else m.evidence.quote
           for m in f.meetings}
    assert got[("apt-summit", 21)].startswith("21st ASEAN Plus China")
    assert got[("asean-china-summit", 21)].startswith("21st China-ASEAN")


def test_a_later_meeting_of_the_series_is_not_where_this_one_was(tmp_path):
    f = _facts(tmp_path, "EAS in Bangkok\n\nThe 14th East Asia Summit convened in Bangkok on 4 November 2019. "
                         "Viet Nam will host the 15th East Asia Summit next year.\n", day="2019-11-04")
    cities = {m.ordinal: m.city for m in f.meetings}
    assert cities[14] == "bangkok" and cities[15] == ""


def test_a_headline_verb_in_capitals_ends_what_a_name_says_of_its_bearer(tmp_path):
    f = _facts(tmp_path, "President Jokowi Calls for ASEAN-Australia Cooperation to Extend to the Indian Ocean\n\n"
                         "Sydney, 18 March 2018 - President Joko Widodo today joined the Leaders' Plenary of the "
                         "ASEAN-Australia Special Summit in Sydney. The President proposed three things:\n\n"
                         "1. Creating new centres of economic growth in the Indian Ocean;\n\n"
                         "2. Strengthening ASEAN centrality.\n", day="2018-03-18")
    assert {p.represents for p in f.participations if p.person == "joko_widodo"} == {"indonesia"}
    assert {c.by for c in f.commitments if c.kind == "proposal"} == {"indonesia"}


def test_one_name_with_two_ordinals_is_two_meetings(tmp_path):
    en = _facts(tmp_path, "Summits\n\nOn Tuesday, 26 October 2021, the Prime Minister attended the 38th and 39th ASEAN "
                          "Summits, held via videoconference under the chairmanship of His Majesty Sultan Haji Hassanal "
                          "Bolkiah.\n", day="2021-10-26")
    assert sorted(m.ordinal for m in en.meetings if m.series == "asean-summit") == [38, 39]
    assert {p.role for p in en.participations if p.person == "hassanal_bolkiah"} == {"chair"}
    th = _facts(tmp_path, "การประชุมสุดยอดอาเซียน\n\nเมื่อวันที่ ๘ ตุลาคม ๒๕๖๗ นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดอาเซียน "
                          "ครั้งที่ ๔๔ และ ๔๕ ณ นครหลวงเวียงจันทน์\n", day="2024-10-08", lang="th")
    assert sorted(m.ordinal for m in th.meetings if m.series == "asean-summit") == [44, 45]


def test_an_english_name_numbered_in_thai_keeps_its_mechanisms_kind(tmp_path):
    f = _facts(tmp_path, "การประชุม Delhi Dialogue\n\nเมื่อวันที่ ๑๖ มิถุนายน ๒๕๖๕ ผู้แทนพิเศษเข้าร่วมการประชุม Delhi Dialogue "
                         "ครั้งที่ ๑๒ ณ กรุงนิวเดลี\n", day="2022-06-16", lang="th")
    assert [(m.series, m.kind, m.ordinal, m.parties) for m in f.meetings] == \
        [("delhi-dialogue", "Other", 12, ["asean", "india"])]


def test_both_summits_are_the_two_named_paragraphs_before_not_a_past_one_after(tmp_path):
    f = _facts(tmp_path, "Summits\n\n1. The Prime Minister chaired the 2nd ASEAN-GCC Summit and the inaugural "
                         "ASEAN-GCC-China Summit in Kuala Lumpur on 27 May 2025.\n\n2. The 2nd ASEAN-GCC Summit was "
                         "co-chaired by Crown Prince Sabah Khaled Al-Hamad Al-Sabah.\n\n3. The GCC was represented at "
                         "both Summits by Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs of Saudi Arabia."
                         "\n\n4. Leaders took stock of the framework endorsed at the 1st ASEAN-GCC Summit in Riyadh in "
                         "October 2023.\n", day="2025-05-27")
    meetings = {m.key: m for m in f.meetings}
    attended = {meetings[p.meeting].series for p in f.participations if p.person == "faisal_bin_farhan"}
    assert attended == {"asean-gcc-summit", "asean-china-gcc-summit"}
    assert {meetings[p.meeting].ordinal for p in f.participations if p.person == "faisal_bin_farhan"} == {2, 1}


def test_an_english_name_opens_with_its_ordinal(tmp_path):
    f = _facts(tmp_path, "Visit\n\nVice President Shri Jagdeep Dhankhar was in the Kingdom of Cambodia from 11-13 "
                         "November 2022 for the 19th ASEAN-India Summit and the 17th East Asia Summit.\n",
               day="2022-11-13")
    assert sorted((m.series, m.ordinal) for m in f.meetings) == [("asean-india-summit", 19), ("eas", 17)]


def test_a_minister_who_will_represent_his_country_speaks_of_planned_meetings(tmp_path):
    f = _facts(tmp_path, "Foreign Minister to attend ASEAN meetings in Laos\n\n22 July 2024\n\n\"In Vientiane I will "
                         "represent New Zealand at the ASEAN-New Zealand Foreign Ministers' Meeting and the 31st ASEAN "
                         "Regional Forum,\" Mr Peters says.\n", day="2024-07-22")
    assert {m.status for m in f.meetings} == {"planned"}


def test_i_will_co_chair_in_a_ministers_own_release(tmp_path):
    f = _facts(tmp_path, "Foreign Minister to attend ASEAN meetings in Laos\n\n22 July 2024\n\nRt Hon Winston Peters\n"
                         "Minister of Foreign Affairs\n\n\"In Vientiane I will represent New Zealand at the ASEAN-New "
                         "Zealand Foreign Ministers' Meeting and the 31st ASEAN Regional Forum.\n\n\"I will co-chair the "
                         "ASEAN-New Zealand Foreign Ministers' Meeting with Brunei Darussalam,\" Mr Peters says.\n",
               day="2024-07-22")
    meetings = {m.key: m for m in f.meetings}
    roles = {(meetings[p.meeting].series, p.role) for p in f.participations if p.person == "winston_peters"}
    assert roles == {("asean-newzealand-fmm", "co-chair"), ("arf", "participant")}


def test_the_ministers_short_title_proposes_for_thailand(tmp_path):
    f = _facts(tmp_path, "การประชุมรัฐมนตรีต่างประเทศอาเซียน-สาธารณรัฐเกาหลี\n\nเมื่อวันที่ ๒๖ กรกฎาคม ๒๕๖๗ นายมาริษ เสงี่ยมพงษ์ "
                         "รัฐมนตรีว่าการกระทรวงการต่างประเทศ เข้าร่วมการประชุมรัฐมนตรีต่างประเทศอาเซียน-สาธารณรัฐเกาหลี "
                         "ณ นครหลวงเวียงจันทน์\n\nรัฐมนตรีฯ ได้เสนอแนวทางที่อาเซียนและสาธารณรัฐเกาหลีควรให้ความสำคัญ ได้แก่ "
                         "(๑) การขยายการค้าและการลงทุน (๒) ความร่วมมือด้านเศรษฐกิจดิจิทัล\n", day="2024-07-26", lang="th")
    assert {c.by for c in f.commitments if c.kind == "proposal"} == {"thailand"}


def test_who_chaired_the_a_and_the_b_chaired_both_and_a_represented_ruler_is_absent(tmp_path):
    f = _facts(tmp_path, "Summits\n\nDato' Seri Anwar Ibrahim, Prime Minister of Malaysia, chaired the 2nd ASEAN-Gulf "
                         "Cooperation Council (GCC) Summit and the inaugural ASEAN-GCC-China Summit in Kuala Lumpur on "
                         "27 May 2025. The 2nd ASEAN-GCC Summit was co-chaired by His Highness Sheikh Sabah Khaled "
                         "Al-Hamad Al-Sabah, Crown Prince of the State of Kuwait, who represented His Highness Sheikh "
                         "Meshal Al-Ahmad Al-Jaber Al-Sabah, Amir of the State of Kuwait.\n", day="2025-05-27")
    assert sorted(p.role for p in f.participations if p.person == "anwar_ibrahim") == ["chair", "chair"]
    assert not [p for p in f.participations if p.person == "meshal_al_ahmad"]


def test_the_prime_minister_will_attend_each_summit_the_sentence_lists(tmp_path):
    f = _facts(tmp_path, "นายกรัฐมนตรีมีกำหนดเข้าร่วมการประชุมสุดยอดอาเซียน ครั้งที่ ๔๗\n\nวันนี้ (๒๔ ตุลาคม ๒๕๖๘) นายอนุทิน "
                         "ชาญวีรกูล นายกรัฐมนตรี มีกำหนดเดินทางเยือนมาเลเซีย ระหว่างวันที่ ๒๖ - ๒๘ ตุลาคม ๒๕๖๘ เพื่อเข้าร่วม"
                         "การประชุมสุดยอดอาเซียน ครั้งที่ ๔๗ ณ กรุงกัวลาลัมเปอร์\n\nนอกจากนี้ นายกรัฐมนตรีจะเข้าร่วม"
                         "การประชุมสุดยอดอาเซียนบวกสาม ครั้งที่ ๒๘ การประชุมสุดยอดอาเซียน-จีน ครั้งที่ ๒๘ และการประชุมสุดยอด"
                         "อาเซียน-ญี่ปุ่น ครั้งที่ ๒๘ โดยในการประชุมสุดยอดอาเซียน-จีน คาดว่าจะมีการลงนามพิธีสาร\n",
               day="2025-10-24", lang="th")
    meetings = {m.key: m for m in f.meetings}
    went = {(meetings[p.meeting].series, p.represents) for p in f.participations if p.person == "anutin_charnvirakul"}
    assert went == {("asean-summit", "thailand"), ("apt-summit", "thailand"), ("asean-china-summit", "thailand"),
                    ("asean-japan-summit", "thailand")}


def test_one_who_came_in_place_of_another_leaves_him_out_and_a_year_stays_with_its_level(tmp_path):
    f = _facts(tmp_path, "การประชุมรัฐมนตรีต่างประเทศอาเซียน-จีน\n\nเมื่อวันที่ ๑๓ กรกฎาคม ๒๕๖๖ รองนายกรัฐมนตรีฯ ได้เข้าร่วม"
                         "การประชุมรัฐมนตรีต่างประเทศอาเซียน-จีน ซึ่งฝ่ายจีนมีนายหวัง อี้ เป็นผู้แทนเข้าร่วมแทนนายฉิน กัง "
                         "มนตรีแห่งรัฐ ที่ประชุมเห็นพ้องที่จะยกระดับความสัมพันธ์จากหุ้นส่วนทางยุทธศาสตร์ ซึ่งได้สถาปนาเมื่อปี "
                         "๒๕๔๖ ขึ้นเป็นหุ้นส่วนทางยุทธศาสตร์ที่ครอบคลุม\n", day="2023-07-13", lang="th")
    assert "qin_gang" not in {p.person for p in f.participations}
    assert ("china", "ComprehensiveStrategicPartnership", 2003) not in _levels(f)


def test_the_short_title_takes_the_co_chair_its_clause_gives(tmp_path):
    f = _facts(tmp_path, "การประชุมรัฐมนตรีต่างประเทศอาเซียน-ญี่ปุ่น\n\nเมื่อวันที่ ๑๓ กรกฎาคม ๒๕๖๖ นายดอน ปรมัตถ์วินัย "
                         "รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการต่างประเทศ ได้เข้าร่วมการประชุมรัฐมนตรีต่างประเทศ"
                         "อาเซียน-ญี่ปุ่น ณ กรุงจาการ์ตา\n\nในการประชุมรัฐมนตรีต่างประเทศอาเซียน-ญี่ปุ่น รองนายกรัฐมนตรีฯ "
                         "ได้ทำหน้าที่ประธานร่วมของการประชุมกับนายฮายาชิ โยชิมาสะ รัฐมนตรีว่าการกระทรวงการต่างประเทศญี่ปุ่น\n",
               day="2023-07-13", lang="th")
    assert {p.role for p in f.participations if p.person == "don_pramudwinai"} == {"co-chair"}


def test_both_of_which_the_prime_minister_also_attended(tmp_path):
    f = _facts(tmp_path, "Prime Minister attends the 4th ASEAN-Russia Summit\n\nHA NOI, 28 October 2021 - Prime Minister "
                         "Pham Minh Chinh attended the 4th ASEAN-Russia Summit via videoconference. The series opened on "
                         "26 October with the 38th and 39th ASEAN Summits, both of which the Prime Minister also "
                         "attended.\n", day="2021-10-28")
    meetings = {m.key: m for m in f.meetings}
    assert sorted(meetings[p.meeting].ordinal for p in f.participations if p.person == "pham_minh_chinh") == [4, 38, 39]


def test_paragraphs_after_a_days_meeting_are_about_that_meeting(tmp_path):
    """Regression: each paragraph went back to the release's first meeting, so what the minister
    proposed at the second day's meeting (a paragraph naming no meeting) went to the first day's."""
    f = _facts(tmp_path, "Minister at the AMM and the ASEAN-Japan meeting\n\n"
                         "On 10 July 2025 the Minister attended the 58th ASEAN Foreign Ministers' Meeting in "
                         "Kuala Lumpur, which discussed the situation in Myanmar.\n\n"
                         "On 11 July 2025 the Minister attended the ASEAN-Japan Foreign Ministers' Meeting.\n\n"
                         "Thailand proposed two areas of work: (1) closer cooperation on clean energy; and "
                         "(2) more tourism between the two sides.\n\n"
                         "## Other matters\n\n"
                         "The ministers also exchanged views on the South China Sea.\n", day="2025-07-12")
    keys = {m.key: m for m in f.meetings}
    proposed = {keys[c.meeting].parties[-1] for c in f.commitments if c.kind == "proposal"}
    assert proposed == {"japan"}
    topics = {(keys[t.meeting].parties[-1], t.topic) for t in f.topics}
    assert ("japan", "energy") in topics and ("asean", "south_china_sea") in topics


def test_a_thai_name_glossed_as_a_dialogue_over_two_weekdays(tmp_path):
    """Regression: "(ASEAN-ROK Dialogue)" inside a Thai name left it kind Other, "๑๕ ถึงวันศุกร์ที่ ๑๖"
    (the second day with its weekday) was read as one day, and "จะทำหน้าที่ประธานร่วมฝ่ายอาเซียน" made the
    Ministry's Permanent Secretary represent ASEAN."""
    f = _facts(tmp_path, "ไทยเป็นเจ้าภาพการประชุม\n\nกระทรวงการต่างประเทศจะเป็นเจ้าภาพการประชุมอาเซียน-สาธารณรัฐเกาหลี "
                         "(ASEAN-ROK Dialogue) ครั้งที่ ๒๘ ระหว่างวันพฤหัสบดีที่ ๑๓ ถึงวันศุกร์ที่ ๑๔ มีนาคม ๒๕๖๘ "
                         "ณ กรุงเทพมหานคร\n\nนางเอกสิริ ปิณฑะรุจิ ปลัดกระทรวงการต่างประเทศ จะทำหน้าที่ประธานร่วมฝ่ายอาเซียน\n",
               day="2025-03-10", lang="th")
    [m] = f.meetings
    assert (m.kind, m.ordinal, m.start, m.end) == ("SeniorOfficialsMeeting", 28, date(2025, 3, 13), date(2025, 3, 14))
    assert [(p.person, p.represents) for p in f.participations] == [("eksiri_pintaruchi", "thailand")]


def test_the_meeting_of_those_parties_named_again_in_fewer_words_is_the_same(tmp_path):
    """Regression: "การประชุมอาเซียน-ญี่ปุ่น" after "การประชุมรัฐมนตรีต่างประเทศอาเซียนกับญี่ปุ่น" was a second
    meeting (kind Other), and took what the paragraphs after it said."""
    f = _facts(tmp_path, "รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุม\n\nเมื่อวันที่ ๑ สิงหาคม ๒๕๖๒ "
                         "รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุมรัฐมนตรีต่างประเทศอาเซียนกับญี่ปุ่น "
                         "ณ กรุงเทพมหานคร\n\nการประชุมอาเซียน-ญี่ปุ่น ได้หารือเรื่องการเปลี่ยนแปลงสภาพภูมิอากาศ\n",
               day="2019-08-01", lang="th")
    assert [(m.kind, m.parties) for m in f.meetings] == [("MinisterialMeeting", ["asean", "japan"])]
    assert [t.topic for t in f.topics] == ["climate_change"]


def test_today_within_a_series_of_meetings_dates_is_the_meetings_day(tmp_path):
    """Regression: "the meetings held from 8 to 11 July ..., X today co-chaired the ASEAN-UK meeting"
    dated the meeting from the series' first day."""
    f = _facts(tmp_path, "Minister co-chairs the ASEAN-UK meeting\n\nKuala Lumpur, 11 July 2025 - As part of the "
                         "ASEAN foreign ministers' meetings held from 8 to 11 July, Minister Bui Thanh Son today "
                         "co-chaired the ASEAN-UK Foreign Ministers' Meeting.\n", day="2025-07-11")
    assert [(m.start, m.end) for m in f.meetings] == [(date(2025, 7, 11), date(2025, 7, 11))]


def test_june_is_not_an_honorific_and_a_family_name_alone_is_the_person_named_before(tmp_path):
    """Regression: the นาย of มิถุนายน (June) began a person ("นที่ผ่านมา..."); "การประชุมอาเซียน-ญี่ปุ่นมีนาย..."
    ran the meeting's name into the next words; "นายโมทีย้ำว่า" after "นายนเรนทร โมที" (a spelling the
    reference lists besides its label) was a new person."""
    f = _facts(tmp_path, "นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดอาเซียน-อินเดีย\n\nเมื่อวันที่ ๒๘ ตุลาคม ๒๕๖๔ "
                         "การประชุมสุดยอดอาเซียน-อินเดีย ครั้งที่ ๑๘ มีนายนเรนทร โมที นายกรัฐมนตรีอินเดีย เป็นประธานร่วม "
                         "ที่ประชุมยินดีต่อมุมมองอาเซียนที่ผู้นำรับรองเมื่อเดือนมิถุนายนที่ผ่านมาอย่างเต็มที่ "
                         "นายโมทีย้ำว่าอินเดียพร้อมสนับสนุนอาเซียน\n", day="2021-10-28", lang="th")
    assert [(m.kind, m.ordinal) for m in f.meetings] == [("Summit", 18)]
    assert sorted(f.people) == ["narendra_modi"]
    text = "การประชุมอาเซียน-ญี่ปุ่นมีนายทาโร โคโนะ เป็นประธานร่วม"
    names = [m.text for m in find_meeting_names(text, recognise(text).items)]
    assert names == ["การประชุมอาเซียน-ญี่ปุ่น"]


def test_the_lower_mekong_initiative_ministerial(tmp_path):
    """Regression: the Lower Mekong Initiative (the Mekong-U.S. Partnership's forerunner) was unknown."""
    f = _facts(tmp_path, "LMI\n\nOn 1 August 2019 in Bangkok, the Secretary co-chaired the 12th Lower Mekong Initiative "
                         "(LMI) Ministerial Meeting.\n", day="2019-08-01")
    [m] = f.meetings
    assert (m.label, m.kind, sorted(m.parties)) == ("12th Lower Mekong Initiative Ministerial Meeting", "MinisterialMeeting",
                                                    ["cambodia", "laos", "myanmar", "thailand", "usa", "vietnam"])


def test_a_pmc_and_the_numbered_meeting_of_the_same_series_announced_after_it(tmp_path):
    """Regression: "การประชุม PMC+1 อาเซียน-สหภาพยุโรป" stopped at "PMC+1" (no partner), and the 21st ASEAN-EU
    ministerial meeting announced in the same headline, and named again further down, took over the PMC."""
    f = _facts(tmp_path, "รัฐมนตรีว่าการกระทรวงการต่างประเทศเป็นประธานร่วมการประชุม PMC+1 อาเซียน-สหภาพยุโรป "
                         "และเตรียมต้อนรับการประชุมรัฐมนตรีต่างประเทศอาเซียน-สหภาพยุโรป ครั้งที่ ๒๑ ที่กรุงเทพฯ "
                         "ในเดือนตุลาคมนี้\n\nเมื่อวันที่ ๒๕ กรกฎาคม ๒๕๕๙ นายดอน ปรมัตถ์วินัย ได้เป็นประธานร่วมการประชุม"
                         "รัฐมนตรีต่างประเทศอาเซียนกับสหภาพยุโรป (PMC+1) ณ นครหลวงเวียงจันทน์\n\nไทยจะเป็นเจ้าภาพ"
                         "การประชุมรัฐมนตรีต่างประเทศอาเซียน-สหภาพยุโรป ครั้งที่ ๒๑ ในเดือนตุลาคม ๒๕๕๙\n",
               day="2016-07-26", lang="th")
    got = sorted((m.ordinal or 0, m.status, sorted(m.parties)) for m in f.meetings)
    assert got == [(0, "held", ["asean", "eu"]), (21, "planned", ["asean", "eu"])]


def test_numbered_paragraphs_after_a_thai_lead_ending_in_ได้แก่_and_points_emphasised(tmp_path):
    """Regression: "...ได้เสนอแนวทาง ๒ ประการ ได้แก่" then "๑. ..." / "๒. ..." paragraphs were taken for
    numbered paragraphs (only a lead ending in ":" introduced them), the items went to a meeting the
    first item names, and "จะเน้นย้ำ ๒ ประเด็น ได้แก่ (๑) ... (๒) ..." was not a list of proposals."""
    f = _facts(tmp_path, "รัฐมนตรีว่าการกระทรวงการต่างประเทศเป็นประธานร่วมการประชุม\n\nเมื่อวันที่ ๒๕ กรกฎาคม ๒๕๕๙ "
                         "นายดอน ปรมัตถ์วินัย เป็นประธานร่วมการประชุมรัฐมนตรีต่างประเทศอาเซียน-สหภาพยุโรป ณ "
                         "นครหลวงเวียงจันทน์\n\nรัฐมนตรีว่าการกระทรวงการต่างประเทศได้เสนอแนวทาง ๒ ประการ ได้แก่\n\n"
                         "๑. การใช้การประชุมสุดยอดอาเซียน ครั้งที่ ๒๙ เป็นเวทีผลักดันความสัมพันธ์\n\n"
                         "๒. การเพิ่มพูนความร่วมมือด้านการค้า\n\nนายกรัฐมนตรีจะเน้นย้ำ ๒ ประเด็น ได้แก่ (๑) การลดช่องว่าง"
                         "การพัฒนา (๒) การเสริมสร้างความเชื่อมโยง\n", day="2016-07-26", lang="th")
    proposals = [(c.number, c.by, c.meeting) for c in f.commitments if c.kind == "proposal"]
    fmm = next(m.key for m in f.meetings if m.parties == ["asean", "eu"])
    assert proposals == [(1, "thailand", fmm), (2, "thailand", fmm), (1, "thailand", fmm), (2, "thailand", fmm)]


def test_a_bulleted_list_of_amounts_is_paid_by_the_subject_of_its_lead(tmp_path):
    """Regression: under "the Minister announced:", an item with no pledge word of its own was dropped
    and one naming a partnership ("the Japan-U.S. Mekong Power Partnership ... $29.5 million") was
    paid by the first country in that name."""
    f = _facts(tmp_path, "Canada at ASEAN meetings in Manila\n\nOn 6 August 2017, Minister Chrystia Freeland co-chaired the "
                         "ASEAN-Canada Post-Ministerial Conference in Manila.\n\nAt the conference, the Minister "
                         "announced:\n\n- $10 million over five years for a new scholarships programme;\n"
                         "- the Japan-Canada Energy Partnership, with $2 million in its first year.\n",
               day="2017-08-06")
    got = [(c.by, c.amount, c.currency, c.years) for c in f.commitments if c.kind == "pledge"]
    assert got == [("canada", "10000000", "CAD", 5), ("canada", "2000000", "CAD", None)]


def test_the_pmc_of_a_headline_is_the_one_partners_pmc_the_text_names(tmp_path):
    """Regression: "Canada at the PMC" made a second meeting, ASEAN's alone, the release's main one."""
    f = _facts(tmp_path, "Canada at the PMC\n\nOn 6 August 2017, Minister Chrystia Freeland co-chaired the "
                         "ASEAN-Canada Post-Ministerial Conference in Manila.\n", day="2017-08-06")
    assert [sorted(m.parties) for m in f.meetings] == [["asean", "canada"]]


def test_a_thai_venue_then_its_city(tmp_path):
    """Regression: "ณ ทำเนียบสันติภาพ (Peace Palace) กรุงพนมเปญ" (a venue, then the city) placed the meeting nowhere."""
    f = _facts(tmp_path, "นายกรัฐมนตรีเข้าร่วมการประชุม\n\nนายกรัฐมนตรีจะเข้าร่วมการประชุมผู้นำกรอบความร่วมมือแม่โขง-ล้านช้าง "
                         "ครั้งที่ ๒ ในวันพุธที่ ๑๐ มกราคม ๒๕๖๑ ณ ทำเนียบสันติภาพ (Peace Palace) กรุงพนมเปญ\n",
               day="2018-01-08", lang="th")
    assert [(m.ordinal, m.city, m.status) for m in f.meetings] == [(2, "phnom_penh", "planned")]


def test_under_the_chairmanship_after_a_city_and_its_country(tmp_path):
    """Regression: "in Phnom Penh, Cambodia, under the chairmanship of ... Hun Sen" was read as Cambodia's
    role (a country right before the cue), so nobody chaired."""
    f = _facts(tmp_path, "ASEAN-Japan Summit\n\nThe 25th ASEAN-Japan Summit was convened on 12 November 2022 in "
                         "Phnom Penh, Cambodia, under the chairmanship of Samdech Akka Moha Sena Padei Techo Hun Sen, "
                         "Prime Minister of the Kingdom of Cambodia.\n", day="2022-11-12")
    assert [(p.person, p.role) for p in f.participations] == [("hun_sen", "chair")]


def test_a_dialogue_named_as_the_channel_of_cooperation_is_no_meeting(tmp_path):
    """Regression: "cybersecurity, including through the ASEAN-U.S. Cyber Policy Dialogue" made a senior
    officials' meeting that took the topics of the meeting the release reports."""
    f = _facts(tmp_path, "ASEAN-U.S. Ministerial Meeting\n\nOn 1 August 2019 in Bangkok, Secretary Pompeo co-chaired "
                         "the ASEAN-U.S. Ministerial Meeting.\n\nThe ministers discussed how to deepen cooperation on:\n\n"
                         "- cybersecurity, including through the ASEAN-U.S. Cyber Policy Dialogue;\n"
                         "- smart cities.\n", day="2019-08-01")
    assert [m.kind for m in f.meetings] == ["MinisterialMeeting"]
    assert sorted(t.topic for t in f.topics) == ["cybersecurity", "smart_cities"]


def test_a_head_of_states_title_before_a_thai_written_name_is_an_honorific(tmp_path):
    """Regression: "ประธานาธิบดีโจโก วิโดโด ... เป็นประธานร่วม" (a title, no นาย) was left out: Thai names
    without an honorific are skipped."""
    f = _facts(tmp_path, "การประชุมสุดยอดอาเซียน-อินเดีย\n\nเมื่อวันที่ ๗ กันยายน ๒๕๖๖ ณ กรุงจาการ์ตา "
                         "การประชุมสุดยอดอาเซียน-อินเดีย ครั้งที่ ๒๐ มีประธานาธิบดีโจโก วิโดโด แห่งสาธารณรัฐอินโดนีเซีย "
                         "และนายนเรนทรา โมดี นายกรัฐมนตรีสาธารณรัฐอินเดีย เป็นประธานร่วม\n", day="2023-09-07", lang="th")
    assert sorted((p.person, p.role) for p in f.participations) == [("joko_widodo", "co-chair"),
                                                                    ("narendra_modi", "co-chair")]


def test_leaders_meetings_with_dialogue_partners_are_the_summits_reported_one_by_one(tmp_path):
    """Regression: "การประชุมระดับผู้นำระหว่างอาเซียนกับประเทศคู่เจรจา ๒ รายการ" made an ASEAN Summit of its own,
    and "ภายใต้การเป็นประธานอาเซียนของอินโดนีเซีย" (Indonesia's chairmanship) made the Thai delegate its chair."""
    f = _facts(tmp_path, "ปลัดกระทรวงการต่างประเทศเข้าร่วมการประชุม\n\nเมื่อวันที่ ๗ กันยายน ๒๕๖๖ นายศรัณย์ เจริญสุวรรณ "
                         "ปลัดกระทรวงการต่างประเทศ ได้เข้าร่วมการประชุมระดับผู้นำระหว่างอาเซียนกับประเทศคู่เจรจา ๒ รายการ "
                         "ณ กรุงจาการ์ตา ภายใต้การเป็นประธานอาเซียนของอินโดนีเซีย\n\n"
                         "๑. การประชุมสุดยอดอาเซียน-อินเดีย ครั้งที่ ๒๐\n\nที่ประชุมหารือเรื่องความร่วมมือทางทะเล\n\n"
                         "๒. การประชุมสุดยอดอาเซียน-ออสเตรเลีย ครั้งที่ ๓\n\nที่ประชุมหารือเรื่องการเปลี่ยนแปลงสภาพภูมิอากาศ\n",
               day="2023-09-07", lang="th")
    assert sorted((m.parties[-1], m.ordinal) for m in f.meetings) == [("australia", 3), ("india", 20)]
    keys = {m.key: m.parties[-1] for m in f.meetings}
    assert sorted((keys[p.meeting], p.role) for p in f.participations) == [("australia", "participant"),
                                                                             ("india", "participant")]


def test_a_partys_central_committee_is_no_meeting(tmp_path):
    """Regression: "Head of the External Relations Commission of the ... Party Central Committee" named a
    "Lao PDR Committee Meeting" that took the attendees of the meeting reported."""
    f = _facts(tmp_path, "MLC Foreign Ministers' Meeting\n\nOn 7 December 2023 in Beijing, the 8th Mekong-Lancang "
                         "Cooperation Foreign Ministers' Meeting was attended by Mr Thongsavanh Phomvihane, Head of the "
                         "External Relations Commission of the Lao People's Revolutionary Party Central Committee.\n",
               day="2023-12-07")
    assert [m.ordinal for m in f.meetings] == [8]


def test_a_partnership_level_named_as_a_goal_is_not_held(tmp_path):
    """Regression: "ปูทางไปสู่การสถาปนาความเป็นหุ้นส่วนทางยุทธศาสตร์" (paving the way to one) and "working
    towards a Strategic Partnership" gave the partner that level."""
    th = _facts(tmp_path, "การประชุม\n\nเมื่อวันที่ ๒๕ กรกฎาคม ๒๕๕๙ นายดอน ปรมัตถ์วินัย เป็นประธานร่วมการประชุมรัฐมนตรี"
                          "ต่างประเทศอาเซียน-สหภาพยุโรป ณ นครหลวงเวียงจันทน์ ไทยได้พยายามปูทางไปสู่การสถาปนาความเป็น"
                          "หุ้นส่วนทางยุทธศาสตร์ระหว่างอาเซียนกับสหภาพยุโรป\n", day="2016-07-26", lang="th")
    en = _facts(tmp_path, "ASEAN-EU\n\nOn 25 July 2016 the ASEAN-EU Ministerial Meeting was held in Vientiane. "
                          "The ministers agreed to keep working towards a Strategic Partnership between ASEAN and the EU. "
                          "The EU has been a Dialogue Partner since 1977.\n", day="2016-07-26")
    assert th.partnerships == []
    assert [(p.partner, p.level) for p in en.partnerships] == [("eu", "DialoguePartner")]


def test_a_forum_a_partner_wishes_to_join_is_no_meeting_held(tmp_path):
    """Regression: "Canada's interest in taking part in the East Asia Summit and in the ASEAN Defence
    Ministers' Meeting-Plus" made two meetings held, with the minister attending the summit."""
    f = _facts(tmp_path, "Canada at the PMC\n\nOn 6 August 2017, Minister Chrystia Freeland co-chaired the "
                         "ASEAN-Canada Post-Ministerial Conference in Manila. Minister Freeland also reaffirmed "
                         "Canada's interest in taking part in the East Asia Summit and in the ASEAN Defence "
                         "Ministers' Meeting-Plus.\n", day="2017-08-06")
    assert [sorted(m.parties) for m in f.meetings] == [["asean", "canada"]]


def test_asean_unnumbered_meetings_named_as_the_occasion_are_not_listed(tmp_path):
    """Regression: "on the sidelines of the ASEAN Foreign Ministers' Meeting" listed ASEAN's meeting of
    the season, unnumbered and undated, beside the meeting the release reports."""
    f = _facts(tmp_path, "ASEAN-Japan\n\nOn 1 August 2019 in Bangkok, on the sidelines of the ASEAN Foreign "
                         "Ministers' Meeting, Mr Taro Kono co-chaired the ASEAN-Japan Foreign Ministers' Meeting.\n",
               day="2019-08-01")
    assert [sorted(m.parties) for m in f.meetings] == [["asean", "japan"]]


def test_thai_his_excellency_and_senator_are_honorifics(tmp_path):
    """Regression: "มีเซเนเตอร์ เพนนี หว่อง ... เข้าร่วม" (Senator) left Penny Wong out: Thai names without an
    honorific are skipped, and เซเนเตอร์ and ฯพณฯ were not honorifics."""
    f = _facts(tmp_path, "การประชุม\n\nเมื่อวันที่ ๑๐ กรกฎาคม ๒๕๖๘ ณ กรุงกัวลาลัมเปอร์ การประชุมรัฐมนตรีต่างประเทศ"
                         "อาเซียน-ออสเตรเลีย มีเซเนเตอร์ เพนนี หว่อง รัฐมนตรีว่าการกระทรวงการต่างประเทศออสเตรเลีย เข้าร่วม "
                         "และ ฯพณฯ วินสตัน ปีเตอร์ส เข้าร่วมด้วย\n", day="2025-07-10", lang="th")
    assert sorted(p.person for p in f.participations) == ["penny_wong", "winston_peters"]


def test_pillars_fields_and_ชูแนวคิด_introduce_proposals(tmp_path):
    """Lists of proposals led by "will focus on three pillars:", "in three fields:" or "ชูแนวคิด ๓ ด้าน คือ"
    were not proposals (the lead had none of the proposing words)."""
    en = _facts(tmp_path, "Mekong-Japan Summit\n\nOn 9 October 2018 in Tokyo, Prime Minister Shinzo Abe chaired the "
                          "10th Mekong-Japan Summit. Japan will focus on three pillars: (i) vibrant and effective "
                          "connectivity; (ii) people-centred societies; and (iii) the realisation of a green Mekong.\n",
                day="2018-10-09")
    fields = _facts(tmp_path, "ASEAN-Japan Summit\n\nOn 4 November 2019 in Bangkok, Prime Minister Shinzo Abe attended "
                              "the 22nd ASEAN-Japan Summit. Japan's new loans will go to three fields: (1) infrastructure; "
                              "(2) finance; (3) green investment.\n", day="2019-11-04")
    th = _facts(tmp_path, "นายกรัฐมนตรีเข้าร่วมการประชุม\n\nเมื่อวันที่ ๔ พฤศจิกายน ๒๕๖๒ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี "
                          "เป็นประธานการประชุมสุดยอดอาเซียน-สหรัฐฯ ครั้งที่ ๗ ณ กรุงเทพมหานคร โดยนายกรัฐมนตรีได้ชูแนวคิด "
                          "๓ ด้าน คือ ๑) การส่งเสริมความเชื่อมโยง ๒) การพัฒนาทรัพยากรมนุษย์ ๓) ความมั่นคงทางทะเล\n",
                day="2019-11-04", lang="th")
    assert [(c.by, c.number) for c in en.commitments] == [("japan", 1), ("japan", 2), ("japan", 3)]
    assert [(c.by, c.number) for c in fields.commitments] == [("japan", 1), ("japan", 2), ("japan", 3)]
    assert [(c.by, c.number) for c in th.commitments] == [("thailand", 1), ("thailand", 2), ("thailand", 3)]


def test_co_chairs_named_after_the_cue_or_before_as_co_chairs(tmp_path):
    """Regression: "Co-chairing the Summit were A and B" and "with A and B as co-chairs" made both
    participants; "A, in his capacity as ASEAN Chair, presided" made A represent ASEAN."""
    a = _facts(tmp_path, "ASEAN-Japan Summit\n\nThe 22nd ASEAN-Japan Summit was held on 4 November 2019 in Bangkok. "
                         "Co-chairing the Summit were Prime Minister Prayut Chan-o-cha of Thailand and Prime Minister "
                         "Shinzo Abe of Japan.\n", day="2019-11-04")
    b = _facts(tmp_path, "ASEAN-US ministers\n\nOn 6 August 2017 in Manila, the ASEAN-U.S. Ministerial Meeting took "
                         "place with Secretary of State Rex Tillerson and Foreign Minister Anifah Aman of Malaysia as "
                         "co-chairs.\n", day="2017-08-06")
    c = _facts(tmp_path, "ASEAN-US Summit\n\nOn 4 November 2019 in Bangkok, Prime Minister Prayut Chan-o-cha, in his "
                         "capacity as ASEAN Chair, presided over the 7th ASEAN-U.S. Summit.\n", day="2019-11-04")
    assert sorted((p.person, p.role) for p in a.participations) == [("prayut_chan_o_cha", "co-chair"),
                                                                    ("shinzo_abe", "co-chair")]
    assert sorted((p.person, p.role) for p in b.participations) == [("anifah_aman", "co-chair"),
                                                                    ("rex_tillerson", "co-chair")]
    assert [(p.role, p.represents) for p in c.participations] == [("chair", "thailand")]


def test_a_name_written_the_other_way_round_is_not_someone_elses_name(tmp_path):
    """Regression: จอ ทิน (Kyaw Tin) also read as ทิน จอ (Htin Kyaw) written family name first, so both
    people attended; a reversed name that is another person's name as written is not taken."""
    f = _facts(tmp_path, "การประชุมรัฐมนตรีอาเซียน-แคนาดา\n\nเมื่อวันที่ ๑ สิงหาคม ๒๕๖๒ ณ กรุงเทพมหานคร นายจอ ทิน "
                         "รัฐมนตรีว่าการกระทรวงความร่วมมือระหว่างประเทศเมียนมา เป็นประธานร่วมการประชุมรัฐมนตรีอาเซียน-แคนาดา\n",
               day="2019-08-01", lang="th")
    assert [(p.person, p.role) for p in f.participations] == [("kyaw_tin", "co-chair")]


def test_the_partner_thanked_for_a_contribution_pays_it(tmp_path):
    """Regression: "ขอบคุณสาธารณรัฐเกาหลีที่สมทบเงิน" skipped the Republic of Korea as if it followed the
    preposition ณ (the last letter of ขอบคุณ), and the pledge went to Thailand."""
    f = _facts(tmp_path, "การประชุมสุดยอดอาเซียน-สาธารณรัฐเกาหลี\n\nเมื่อวันที่ ๑๒ พฤศจิกายน ๒๕๖๓ นายกรัฐมนตรีเข้าร่วมการประชุม"
                         "สุดยอดอาเซียน-สาธารณรัฐเกาหลี ครั้งที่ ๒๑ ผ่านระบบการประชุมทางไกล ประธานาธิบดีมุนฯ กล่าวถึงความร่วมมือ "
                         "ขณะที่อาเซียนขอบคุณสาธารณรัฐเกาหลีที่สมทบเงิน ๑ ล้านดอลลาร์สหรัฐ แก่กองทุนอาเซียนเพื่อรับมือกับโควิด-๑๙\n",
               day="2020-11-12", lang="th")
    assert [(c.by, c.amount) for c in f.commitments] == [("rok", "1000000")]


def test_a_speakers_list_of_areas_is_the_speakers_proposal(tmp_path):
    """Regression: "นายกรัฐมนตรีกล่าวว่า ... หากอาเซียนและจีนร่วมกันกำหนดอนาคตใน ๓ ด้าน ได้แก่ (๑) ..." gave no
    proposals ("๓ ด้าน" was no proposing cue in Thai), then gave them to ASEAN (the reported clause's subject)."""
    f = _facts(tmp_path, "การประชุมสุดยอดอาเซียน-จีน\n\nเมื่อวันที่ ๑๒ พฤศจิกายน ๒๕๖๓ นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอด"
                         "อาเซียน-จีน ครั้งที่ ๒๓ ผ่านระบบการประชุมทางไกล\n\nนายกรัฐมนตรีกล่าวว่า ภูมิภาคจะฟื้นตัวได้เร็วขึ้น"
                         "หากอาเซียนและจีนร่วมมือกันใน ๒ ด้าน ได้แก่ (๑) ความมั่นคงด้านสุขภาพ และ (๒) การค้าที่เปิดกว้าง\n",
               day="2020-11-12", lang="th")
    assert [(c.by, c.number) for c in f.commitments if c.kind == "proposal"] == [("thailand", 1), ("thailand", 2)]


def test_a_post_of_a_country_without_a_name_is_whom_the_release_named_in_it(tmp_path):
    """Regression: "ซึ่งมีนายกรัฐมนตรีเวียดนามเป็นประธาน" (the second summit of the day) named no chair, and
    "the ASEAN Secretary-General" no attendee, though the release named both for the first summit."""
    f = _facts(tmp_path, "Summits with China and Japan\n\nOn 12 November 2020, Prime Minister Nguyen Xuan Phuc of Viet "
                         "Nam chaired the 23rd ASEAN-China Summit by videoconference, attended by Secretary-General of "
                         "ASEAN Dato Lim Jock Hoi.\n\nLater that day, the 23rd ASEAN-Japan Summit was chaired by the "
                         "Prime Minister of Viet Nam and attended by the ASEAN Secretary-General.\n", day="2020-11-12")
    japan = sorted((p.person, p.role) for p in f.participations if p.meeting.startswith("asean-japan"))
    assert japan == [("lim_jock_hoi", "participant"), ("nguyen_xuan_phuc", "chair")]


def test_the_sentence_after_a_heading_dates_its_meeting(tmp_path):
    """Regression: "๑. การประชุมรัฐมนตรีอาเซียน-รัสเซีย" then "การประชุมจัดขึ้นเมื่อวันที่ ๒๕ ..." took the
    days of the minister's trip (๒๔-๒๖), and "การประชุมรัฐมนตรีต่างประเทศอาเซียนและการประชุมที่เกี่ยวข้อง" (the
    season) was listed as a meeting; the other session, on none of its own days, was placed nowhere."""
    f = _facts(tmp_path, "รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุม ณ นครหลวงเวียงจันทน์\n\n"
                         "ระหว่างวันที่ ๒๔-๒๖ กรกฎาคม ๒๕๕๙ นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการกระทรวงการต่างประเทศ "
                         "เดินทางไปนครหลวงเวียงจันทน์ เพื่อเข้าร่วมการประชุมรัฐมนตรีต่างประเทศอาเซียนและการประชุมที่เกี่ยวข้อง "
                         "รวมถึงการประชุมระดับรัฐมนตรีระหว่างอาเซียนกับประเทศคู่เจรจาหลายกรอบ ดังนี้\n\n"
                         "๑. การประชุมรัฐมนตรีอาเซียน-รัสเซีย\n\nการประชุมจัดขึ้นเมื่อวันที่ ๒๕ กรกฎาคม ๒๕๕๙ "
                         "โดยมีนายเซอร์เกย์ ลาฟรอฟ รัฐมนตรีว่าการกระทรวงการต่างประเทศรัสเซีย เข้าร่วม\n\n"
                         "๒. การประชุมรัฐมนตรีอาเซียน-แคนาดา\n\nรัฐมนตรีฯ ได้เข้าร่วมการประชุมรัฐมนตรีอาเซียน-แคนาดา "
                         "ซึ่งหารือเรื่องการค้า\n", day="2016-07-26", lang="th")
    meetings = {m.parties[-1]: (m.start, m.end, m.city) for m in f.meetings}
    assert meetings == {"russia": (date(2016, 7, 25), date(2016, 7, 25), "vientiane"),
                        "canada": (date(2016, 7, 24), date(2016, 7, 26), "vientiane")}


def test_thai_names_with_spaced_initials_or_a_middle_name_are_the_known_person(tmp_path):
    """Regression: "นางเร็ตโน แอล. พี. มาร์ซูดี" stopped at "เร็ตโน แอล. พี" and "นายโรดรีโก โรอา ดูแตร์เต" at
    "โรดรีโก โรอา": two new people, machine-romanised, instead of Retno Marsudi and Rodrigo Duterte."""
    f = _facts(tmp_path, "การประชุมสุดยอดอาเซียน-ญี่ปุ่น\n\nเมื่อวันที่ ๑๓ พฤศจิกายน ๒๕๖๐ ณ กรุงมะนิลา นายโรดรีโก โรอา "
                         "ดูแตร์เต ประธานาธิบดีฟิลิปปินส์ เป็นประธานการประชุมสุดยอดอาเซียน-ญี่ปุ่น ครั้งที่ ๒๐ โดยมี"
                         "นางเร็ตโน แอล. พี. มาร์ซูดี รัฐมนตรีว่าการกระทรวงการต่างประเทศอินโดนีเซีย เข้าร่วม\n",
               day="2017-11-13", lang="th")
    assert sorted((p.person, p.role) for p in f.participations) == [("retno_marsudi", "participant"),
                                                                    ("rodrigo_duterte", "chair")]


def test_chairmanship_of_a_titled_name_and_thanks_for_chairing(tmp_path):
    """Regression: "under the chairmanship of H.E. Lee Hsien Loong" (the periods of H.E.) and "I thank Prime
    Minister Anwar Ibrahim for chairing today's Summit" named no chair; "SINGAPORE, 14 November 2018 –"
    placed the meeting nowhere (a dateline's city in capitals was not recognised)."""
    a = _facts(tmp_path, "ASEAN-ROK Summit\n\nSINGAPORE, 14 November 2018 – The 20th ASEAN-Republic of Korea Summit "
                         "convened today under the chairmanship of H.E. Lee Hsien Loong, Prime Minister of Singapore.\n",
               day="2018-11-14")
    b = _facts(tmp_path, "ASEAN-Australia Summit\n\nToday I met the leaders of Southeast Asia in Kuala Lumpur for the 5th "
                         "ASEAN-Australia Summit. I thank Prime Minister Anwar Ibrahim for chairing today's Summit.\n",
               day="2025-10-28")
    assert [(p.person, p.role) for p in a.participations] == [("lee_hsien_loong", "chair")]
    assert [m.city for m in a.meetings] == ["singapore_city"]
    assert ("anwar_ibrahim", "chair") in [(p.person, p.role) for p in b.participations]


def test_a_malay_minister_called_by_title_and_given_name_proposes_for_his_country(tmp_path):
    """Regression: "Dato' Seri Utama Haji Mohamad called for ... three directions: first, ..." after "Haji
    Mohamad bin Haji Hasan" made "Haji Mohamad" a new person, and the proposals went to the GCC named
    after the verb."""
    f = _facts(tmp_path, "ASEAN-GCC Ministerial Meeting\n\nThe Minister of Foreign Affairs of Malaysia, Dato' Seri Utama "
                         "Haji Mohamad bin Haji Hasan, attended the ASEAN-GCC Ministerial Meeting in Kuala Lumpur on "
                         "25 May 2025.\n\nIn his intervention, Dato' Seri Utama Haji Mohamad called for ASEAN-GCC "
                         "cooperation in three directions: first, security coordination; second, sustainable "
                         "development; and third, people-to-people engagement.\n", day="2025-05-25")
    assert [p.person for p in f.participations] == ["mohamad_hasan"]
    assert [(c.by, c.number) for c in f.commitments if c.kind == "proposal"] == [
        ("malaysia", 1), ("malaysia", 2), ("malaysia", 3)]


def test_the_asean_summit_and_related_summits_is_the_occasion(tmp_path):
    """Regression: "การประชุมสุดยอดอาเซียนและการประชุมสุดยอดที่เกี่ยวข้อง" (the season's summits) was listed
    as an ASEAN Summit the Prime Minister attended."""
    f = _facts(tmp_path, "นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดอาเซียน-ญี่ปุ่น\n\nระหว่างวันที่ ๑๓-๑๔ พฤศจิกายน ๒๕๖๐ "
                         "พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ได้เข้าร่วมการประชุมสุดยอดอาเซียนและการประชุมสุดยอดที่เกี่ยวข้อง "
                         "ณ กรุงมะนิลา\n\nเมื่อวันที่ ๑๓ พฤศจิกายน ๒๕๖๐ นายกรัฐมนตรีได้เข้าร่วมการประชุมสุดยอดอาเซียน-ญี่ปุ่น "
                         "ครั้งที่ ๒๐\n", day="2017-11-14", lang="th")
    assert [(m.parties, m.ordinal) for m in f.meetings] == [(["asean", "japan"], 20)]


def test_a_topic_of_all_three_meetings_reported_before_is_each_ones(tmp_path):
    """Regression: "การประชุมทั้งสามกรอบสะท้อน...ความเป็นแกนกลางของอาเซียน", after three sections of one meeting
    each, gave the topic to the last meeting only (and only one sentence's meeting takes a topic)."""
    sections = "".join(f"{n}. การประชุมรัฐมนตรีอาเซียน-{partner}\n\nที่ประชุมหารือเรื่องการค้า\n\n"
                       for n, partner in ((1, "ออสเตรเลีย"), (2, "แคนาดา"), (3, "สาธารณรัฐเกาหลี")))
    f = _facts(tmp_path, "รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุม PMC\n\nเมื่อวันที่ ๑ สิงหาคม ๒๕๖๒ ณ กรุงเทพมหานคร "
                         "นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการกระทรวงการต่างประเทศ ได้เข้าร่วมการประชุมรัฐมนตรีอาเซียนกับ"
                         "ประเทศคู่เจรจา ๓ การประชุม\n\n" + sections +
                         "การประชุมทั้งสามกรอบสะท้อนว่าประเทศคู่เจรจาสนับสนุนความเป็นแกนกลางของอาเซียน\n",
               day="2019-08-01", lang="th")
    central = sorted(t.meeting.split("/")[0] for t in f.topics if t.topic == "asean_centrality")
    assert central == ["asean-australia-fmm", "asean-canada-fmm", "asean-rok-fmm"]


def test_next_years_chair_a_presidents_envoy_and_those_who_attended_are_no_chairs(tmp_path):
    """Regression: "ในฐานะประธานอาเซียนปีถัดไป" (next year's ASEAN Chair) made its holder and the name before
    him chairs; "ผู้แทนพิเศษของประธานาธิบดีสหรัฐอเมริกา" (the President's envoy) made the President attend;
    "chaired the meeting, which was attended by A" and "chaired by A, ... and brought together ... B" made
    A and B chairs. "ณ <venue> เมืองทองธานี จังหวัดนนทบุรี" placed the meeting nowhere."""
    th = _facts(tmp_path, "การประชุมสุดยอดอาเซียน-สหรัฐฯ\n\nเมื่อวันที่ ๔ พฤศจิกายน ๒๕๖๒ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี "
                          "ได้เป็นประธานการประชุมสุดยอดอาเซียน-สหรัฐฯ ครั้งที่ ๗ ณ ศูนย์แสดงสินค้าและการประชุมอิมแพ็ค "
                          "เมืองทองธานี จังหวัดนนทบุรี การประชุมครั้งนี้มีนายทองลุน สีสุลิด นายกรัฐมนตรีลาว และนายเหวียน ซวน ฟุก "
                          "นายกรัฐมนตรีเวียดนาม ในฐานะประธานอาเซียนปีถัดไป เข้าร่วม ฝ่ายสหรัฐฯ มีนายโรเบิร์ต โอไบรอัน "
                          "ในฐานะผู้แทนพิเศษของประธานาธิบดีสหรัฐอเมริกา เป็นหัวหน้าคณะ\n", day="2019-11-04", lang="th")
    en = _facts(tmp_path, "Mekong-Japan Summit\n\nOn 9 October 2018, the Tenth Mekong-Japan Summit Meeting was held in "
                          "Tokyo. Mr. Shinzo Abe, Prime Minister of Japan, chaired the meeting, which was attended by "
                          "Samdech Techo Hun Sen, Prime Minister of Cambodia.\n", day="2018-10-09")
    en2 = _facts(tmp_path, "ASEAN-India Summit\n\nThe 15th ASEAN-India Summit in Manila on 14 November 2017 was chaired by "
                           "H.E. Rodrigo Roa Duterte, President of the Philippines, and brought together the Heads of "
                           "State/Government of ASEAN Member States and H.E. Narendra Modi, Prime Minister of India.\n",
                 day="2017-11-14")
    assert sorted((p.person, p.role) for p in th.participations) == [
        ("nguyen_xuan_phuc", "participant"), ("prayut_chan_o_cha", "chair"), ("robert_obrien", "participant"),
        ("thongloun_sisoulith", "participant")]
    assert [m.city for m in th.meetings] == ["nonthaburi"]
    assert sorted((p.person, p.role) for p in en.participations) == [("hun_sen", "participant"), ("shinzo_abe", "chair")]
    assert sorted((p.person, p.role) for p in en2.participations) == [("narendra_modi", "participant"),
                                                                      ("rodrigo_duterte", "chair")]


def test_a_planned_visit_to_one_city_places_each_meeting_and_its_chair(tmp_path):
    """Regression: in a release naming one city, the planned meetings two days after the lead one were placed
    nowhere; "ครั้งที่ ๖ (6th ...) และ ... ครั้งที่ ๒๓ ซึ่งรัฐมนตรีฯ สปป. ลาว จะเป็นประธาน" was no list (the
    English name in brackets), so the second meeting had no chair; "ซึ่ง สปป. ลาว เป็นเจ้าภาพในฐานะประธานอาเซียน"
    made the Thai minister named before it chair."""
    f = _facts(tmp_path, "รัฐมนตรีว่าการกระทรวงการต่างประเทศจะเข้าร่วมการประชุมที่นครหลวงเวียงจันทน์\n\n"
                         "นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการกระทรวงการต่างประเทศ มีกำหนดเดินทางไปนครหลวงเวียงจันทน์ เพื่อเข้าร่วม"
                         "การประชุมรัฐมนตรีต่างประเทศอาเซียน ครั้งที่ ๔๙ ซึ่ง สปป. ลาว เป็นเจ้าภาพในฐานะประธานอาเซียน\n\n"
                         "การประชุมรัฐมนตรีต่างประเทศอาเซียน ครั้งที่ ๔๙ จะจัดขึ้นในวันที่ ๒๔ กรกฎาคม ๒๕๕๙ โดยมีนายสะเหลิมไซ "
                         "กมมะสิด รัฐมนตรีว่าการกระทรวงการต่างประเทศ สปป. ลาว เป็นประธาน\n\n"
                         "สำหรับวันที่ ๒๖ กรกฎาคม ๒๕๕๙ รัฐมนตรีว่าการกระทรวงการต่างประเทศจะเข้าร่วมการประชุมรัฐมนตรีต่างประเทศ"
                         "การประชุมสุดยอดเอเชียตะวันออก ครั้งที่ ๖ (6th East Asia Summit Foreign Ministers' Meeting) "
                         "และการประชุมอาเซียนว่าด้วยความร่วมมือด้านการเมืองและความมั่นคงในภูมิภาคเอเชีย-แปซิฟิก ครั้งที่ ๒๓ "
                         "ซึ่งรัฐมนตรีว่าการกระทรวงการต่างประเทศ สปป. ลาว จะเป็นประธาน\n", day="2016-07-22", lang="th")
    assert {m.key.split("/")[0]: m.city for m in f.meetings} == {"amm": "vientiane", "eas-fmm": "vientiane",
                                                                  "arf": "vientiane"}
    chairs = sorted((p.meeting.split("/")[0], p.person) for p in f.participations if p.role == "chair")
    assert chairs == [("amm", "saleumxay_kommasith"), ("arf", "saleumxay_kommasith"),
                      ("eas-fmm", "saleumxay_kommasith")]


def test_delegations_led_by_and_their_heads_co_chairing_and_a_coordinatorship_handed_over(tmp_path):
    """Regression: "in his capacity as ASEAN-Indonesia SOM Leader" became a meeting; "The Indonesian
    delegation will be led by Ambassador X, Director General of ASEAN Cooperation" made X represent ASEAN;
    "The two heads of delegation will co-chair" named no co-chairs; "Indonesia will hand over the
    coordinatorship to Cambodia, and will ... take up a new role as Country Coordinator for ASEAN-Russia"
    made Cambodia Russia's coordinator."""
    f = _facts(tmp_path, "ASEAN-New Zealand Dialogue\n\nJakarta, 9 April 2018 - Indonesia will host the 25th ASEAN-New "
                         "Zealand Dialogue in Jakarta on 10-11 April 2018.\n\nThe Indonesian delegation will be led by "
                         "Ambassador Jose Tavares, Director General of ASEAN Cooperation, in his capacity as ASEAN-Indonesia "
                         "SOM Leader. The New Zealand delegation will be headed by Mr. Ben King, Deputy Secretary of the "
                         "New Zealand Ministry of Foreign Affairs and Trade. The two heads of delegation will co-chair the "
                         "Dialogue.\n\nIndonesia has been Country Coordinator for ASEAN-New Zealand Dialogue Relations "
                         "since 2015. Indonesia will hand over the coordinatorship to Cambodia in mid-2018, and will at "
                         "the same time take up a new role as Country Coordinator for ASEAN-Russia Dialogue Relations.\n",
               day="2018-04-09")
    assert [m.ordinal for m in f.meetings] == [25]
    assert sorted((p.person, p.role, p.represents) for p in f.participations) == [
        ("ben_king", "co-chair", "newzealand"), ("jose_tavares", "co-chair", "indonesia")]
    assert sorted((c.coordinator, c.partner) for c in f.coordinators) == [
        ("cambodia", "newzealand"), ("indonesia", "newzealand"), ("indonesia", "russia")]


def test_a_paragraph_whose_subject_attended_a_meeting_is_about_it(tmp_path):
    """Regression: "ในวันรุ่งขึ้น (๘ กันยายน ๒๕๕๙) นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการต่างประเทศได้เข้าร่วม
    การประชุมสุดยอดอาเซียน-อินเดีย ครั้งที่ ๑๔" names the meeting too far into the sentence to open the
    paragraph, so India's pledge after it went to the day before's summit with China."""
    f = _facts(tmp_path, "นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอด\n\nเมื่อวันที่ ๗ กันยายน ๒๕๕๙ พลเอก ประยุทธ์ จันทร์โอชา "
                         "นายกรัฐมนตรี ได้เข้าร่วมการประชุมสุดยอดอาเซียน-จีน ครั้งที่ ๑๙ ณ นครหลวงเวียงจันทน์\n\n"
                         "ในวันรุ่งขึ้น (๘ กันยายน ๒๕๕๙) นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการต่างประเทศได้เข้าร่วม"
                         "การประชุมสุดยอดอาเซียน-อินเดีย ครั้งที่ ๑๔ ณ สถานที่เดียวกัน ซึ่งนายกรัฐมนตรีลาวเป็นประธานเช่นกัน "
                         "และมีนายนเรนทรา โมดี นายกรัฐมนตรีอินเดีย เข้าร่วม ที่ประชุมฯ ได้ทบทวนความร่วมมือ "
                         "และเห็นพ้องที่จะผลักดันการค้าระหว่างกัน นายกรัฐมนตรีโมดีประกาศสมทบเงินจำนวน "
                         "๕๐ ล้านดอลลาร์สหรัฐ ให้แก่กองทุนความร่วมมืออาเซียน-อินเดีย\n", day="2016-09-08", lang="th")
    assert [(c.by, c.meeting) for c in f.commitments] == [("india", "asean-india-summit/14")]


def test_a_partner_and_asean_name_a_meeting_in_lower_case(tmp_path):
    """Regression: "the annual Russia-ASEAN ministerial meeting" was no meeting name (lower case), so the
    release's co-chairs and proposals went to the ASEAN meetings of the season it named."""
    f = _facts(tmp_path, "Russia-ASEAN meeting\n\nOn July 31, 2019, Foreign Minister Sergey Lavrov took part in the "
                         "annual Russia-ASEAN ministerial meeting held in Bangkok within the framework of the ASEAN "
                         "foreign ministers' events. The meeting was co-chaired by Sergey Lavrov and Minister for "
                         "Foreign Affairs of Indonesia Retno Marsudi.\n", day="2019-07-31")
    assert [(m.parties, m.kind, m.start) for m in f.meetings] == [(["asean", "russia"], "MinisterialMeeting",
                                                                    date(2019, 7, 31))]
    assert sorted((p.person, p.role) for p in f.participations) == [("retno_marsudi", "co-chair"),
                                                                    ("sergey_lavrov", "co-chair")]


def test_a_thai_sentence_going_on_with_then_proposes_for_the_speaker_before(tmp_path):
    """Regression: "จากนั้นได้เสนอแนวทางกระชับความสัมพันธ์อาเซียน-สหรัฐฯ ใน ๓ ด้าน ได้แก่" has no subject of its
    own; the proposals went to ASEAN (the first party after the verb) instead of the Prime Minister's country."""
    f = _facts(tmp_path, "การประชุมสุดยอดอาเซียน-สหรัฐฯ\n\nเมื่อวันที่ ๑๕ พฤศจิกายน ๒๕๖๑ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี "
                         "ได้เข้าร่วมการประชุมสุดยอดอาเซียน-สหรัฐฯ ครั้งที่ ๖ ณ สิงคโปร์\n\nนายกรัฐมนตรีกล่าวขอบคุณสิงคโปร์ "
                         "จากนั้นได้เสนอแนวทางกระชับความสัมพันธ์อาเซียน-สหรัฐฯ ใน ๒ ด้าน ได้แก่ (๑) ความเชื่อมโยง "
                         "และ (๒) การพัฒนาทรัพยากรมนุษย์\n", day="2018-11-15", lang="th")
    assert [(c.by, c.number) for c in f.commitments if c.kind == "proposal"] == [("thailand", 1), ("thailand", 2)]


def test_a_thai_spelling_of_a_known_persons_family_name_from_english(tmp_path):
    """Regression: "นางบุษยา มาธเธลิน" (Busaya Mathelin, whom the reference spells บุษยา มาทแล็ง) became a
    new person, "Busya Mathathelin"."""
    f = _facts(tmp_path, "การประชุมเจ้าหน้าที่อาวุโสอาเซียน-สหภาพยุโรป\n\nเมื่อวันที่ ๕ กรกฎาคม ๒๕๖๐ ณ กรุงเทพมหานคร "
                         "นางบุษยา มาธเธลิน ปลัดกระทรวงการต่างประเทศ เป็นประธานร่วมการประชุมเจ้าหน้าที่อาวุโสอาเซียน-สหภาพยุโรป\n",
               day="2017-07-05", lang="th")
    assert [(p.person, p.role) for p in f.participations] == [("busaya_mathelin", "co-chair")]


def test_party_headings_and_the_years_of_levels(tmp_path):
    """Regression: "## อาเซียน-นิวซีแลนด์" (the parties alone) focused nothing, so New Zealand's level went to
    China; "วิสัยทัศน์...ค.ศ. ๒๐๓๐" (a year still to come) dated China's; "นับตั้งแต่ทั้งสองฝ่ายยกระดับ
    ความสัมพันธ์เมื่อเดือนพฤศจิกายน ๒๕๕๘" dated nothing; "หารือเพื่อยกระดับ...ไปสู่" was taken as held."""
    text = ("การประชุมรัฐมนตรีต่างประเทศอาเซียน-จีน และอาเซียน-นิวซีแลนด์\n\nเมื่อวันที่ ๓๑ กรกฎาคม ๒๕๖๒ ณ กรุงเทพมหานคร "
            "รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุมรัฐมนตรีต่างประเทศอาเซียน-จีน "
            "และการประชุมรัฐมนตรีต่างประเทศอาเซียน-นิวซีแลนด์\n\n## อาเซียน-จีน\n\nที่ประชุมฯ ทบทวนความเป็นหุ้นส่วน"
            "ทางยุทธศาสตร์อาเซียน-จีน และวิสัยทัศน์ความเป็นหุ้นส่วนทางยุทธศาสตร์อาเซียน-จีน ค.ศ. ๒๐๓๐\n\n"
            "## อาเซียน-นิวซีแลนด์\n\nที่ประชุมฯ เห็นพ้องให้ขับเคลื่อนความเป็นหุ้นส่วนทางยุทธศาสตร์ นับตั้งแต่ทั้งสองฝ่าย"
            "ยกระดับความสัมพันธ์เมื่อเดือนพฤศจิกายน ๒๕๕๘ และจะหารือเพื่อยกระดับความสัมพันธ์ไปสู่ความเป็นหุ้นส่วน"
            "ทางยุทธศาสตร์ที่ครอบคลุม\n")
    f = _facts(tmp_path, text, day="2019-07-31", lang="th")
    assert sorted((p.partner, p.level, p.since) for p in f.partnerships) == [
        ("china", "StrategicPartnership", None), ("newzealand", "StrategicPartnership", 2015)]


def test_attending_as_asean_chair_is_not_chairing(tmp_path):
    """Regression: "นายดอน ... ในฐานะประธานอาเซียน ได้เข้าร่วมการประชุม..." made the minister chair meetings that
    the country coordinators co-chaired."""
    f = _facts(tmp_path, "การประชุมรัฐมนตรีต่างประเทศอาเซียน-จีน\n\nเมื่อวันที่ ๓๑ กรกฎาคม ๒๕๖๒ นายดอน ปรมัตถ์วินัย "
                         "รัฐมนตรีว่าการกระทรวงการต่างประเทศ ในฐานะประธานอาเซียน ได้เข้าร่วมการประชุมรัฐมนตรีต่างประเทศ"
                         "อาเซียน-จีน ณ กรุงเทพมหานคร\n", day="2019-07-31", lang="th")
    assert [(p.person, p.role) for p in f.participations] == [("don_pramudwinai", "participant")]


def test_a_forum_named_as_the_group_of_its_members_is_no_meeting(tmp_path):
    """Regression: "joined his counterparts from the other East Asia Summit (EAS) participating countries
    for the 11th EAS Foreign Ministers' Meeting" listed an East Asia Summit held that day."""
    f = _facts(tmp_path, "EAS Foreign Ministers\n\nOn August 4, 2021, Secretary of State Antony J. Blinken joined his "
                         "counterparts from the other East Asia Summit (EAS) participating countries for the 11th EAS "
                         "Foreign Ministers' Meeting, held by videoconference.\n", day="2021-08-04")
    assert [(m.kind, m.ordinal) for m in f.meetings] == [("MinisterialMeeting", 11)]


def test_long_thai_names_and_hyphenated_arabic_names(tmp_path):
    """Regression: "นางเอมาลีน อับดุล ราห์มาน เตียว" (four words, the reference spells one of them ระห์มาน)
    became "Emalin Apdun"; "Sheikh Sabah Khalid Al-Hamad Al-Sabah" stopped at "Al-"."""
    th = _facts(tmp_path, "การประชุมเจ้าหน้าที่อาวุโสอาเซียน\n\nเมื่อวันที่ ๒๔ มิถุนายน ๒๕๖๔ นางเอมาลีน อับดุล ราห์มาน เตียว "
                          "ปลัดกระทรวงการต่างประเทศบรูไนดารุสซาลาม เป็นประธานการประชุมเจ้าหน้าที่อาวุโสการประชุมสุดยอดเอเชียตะวันออก "
                          "ผ่านระบบการประชุมทางไกล\n", day="2021-06-24", lang="th")
    en = _facts(tmp_path, "ASEAN-GCC Ministerial Meeting\n\nThe ASEAN-GCC Ministerial Meeting was held in New York on 27 "
                          "September 2018, co-chaired by Sheikh Sabah Khalid Al-Hamad Al-Sabah, Deputy Prime Minister and "
                          "Minister of Foreign Affairs of Kuwait.\n", day="2018-09-27")
    assert [(p.person, p.role) for p in th.participations] == [("emaleen_abd_rahman_teo", "chair")]
    assert [en.people[p.person].name_en for p in en.participations] == ["Sabah Khalid Al-Hamad Al-Sabah"]


def test_a_planned_series_of_sessions_and_the_date_the_release_is_signed_with(tmp_path):
    """Regression: in an announcement signed "กระทรวงการต่างประเทศ / ๗ กรกฎาคม ๒๕๖๘", the release was dated by
    the visit's last day (11 July), so a session with no date of its own was held; the ASEAN ministers' meeting
    "และการประชุมกับประเทศคู่เจรจา" was listed; the minister attended only the first session of the series."""
    text = ("รัฐมนตรีว่าการกระทรวงการต่างประเทศมีกำหนดเข้าร่วมการประชุมรัฐมนตรีต่างประเทศอาเซียนและการประชุมกับประเทศคู่เจรจา\n\n"
            "นายมาริษ เสงี่ยมพงษ์ รัฐมนตรีว่าการกระทรวงการต่างประเทศ มีกำหนดเดินทางเยือนกรุงกัวลาลัมเปอร์ ระหว่างวันที่ "
            "๘-๑๑ กรกฎาคม ๒๕๖๘ รัฐมนตรีว่าการกระทรวงการต่างประเทศจะเข้าร่วมการประชุมรัฐมนตรีต่างประเทศอาเซียนกับ"
            "ประเทศคู่เจรจา (PMC+1) หลายการประชุม ดังนี้\n\nการประชุมรัฐมนตรีต่างประเทศอาเซียน-รัสเซีย มีกำหนดจัดขึ้นในวันที่ "
            "๑๐ กรกฎาคม ๒๕๖๘\n\nสำหรับการประชุมรัฐมนตรีต่างประเทศอาเซียน-แคนาดา ที่ประชุมฯ จะหารือเรื่องการค้า\n\n"
            "กระทรวงการต่างประเทศ\n๗ กรกฎาคม ๒๕๖๘\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    f = extract(path).facts
    assert f.release_date == date(2025, 7, 7)
    assert sorted((m.parties[-1], m.status) for m in f.meetings) == [("canada", "planned"), ("russia", "planned")]
    assert sorted(p.meeting.split("/")[0] for p in f.participations if p.person == "maris_sangiampongsa") == [
        "asean-canada-fmm", "asean-russia-fmm"]


def test_will_co_chair_the_meeting_of_that_kind_named_just_before(tmp_path):
    """Regression: "Smt." ended a sentence, so the co-chair after it was a participant; "A and B will co-chair
    the Ministerial Meeting" (the 10th MGC Ministerial named two sentences before, in a release about a
    senior officials' meeting) made A and B participants of the senior officials' meeting."""
    f = _facts(tmp_path, "MGC Senior Officials' Meeting\n\nThe 11th Senior Officials' Meeting of the Mekong Ganga "
                         "Cooperation was held in New Delhi on 9 July 2019. It was co-chaired by Smt. Vijay Thakur Singh, "
                         "Secretary (East), and Ms. Doan Phuong Lan of Viet Nam.\n\nThe Meeting prepared the 10th MGC "
                         "Ministerial Meeting, which will be held in Bangkok on 1 August 2019. The Plan of Action is to be "
                         "adopted there. Dr. S. Jaishankar and H.E. Mr. Pham Binh Minh will co-chair the Ministerial "
                         "Meeting.\n", day="2019-07-10")
    roles = sorted((p.meeting.split("/")[0], p.person, p.role) for p in f.participations)
    assert ("mekong-ganga-som", "vijay_thakur_singh", "co-chair") in roles
    assert ("mekong-ganga", "s_jaishankar", "co-chair") in roles
    assert ("mekong-ganga", "pham_binh_minh", "co-chair") in roles


def test_senior_officials_meetings_sharing_a_head_and_an_inter_sessional_meeting(tmp_path):
    """Regression: "the East Asia Summit and ASEAN Regional Forum Senior Officials' Meetings" listed an East
    Asia Summit; "the 13th ARF Inter-Sessional Meeting on Maritime Security" became the 13th ASEAN Regional
    Forum; "the ASEAN Secretariat" near "Dialogue Partner" was taken as the partner."""
    f = _facts(tmp_path, "Secretary (East) represents India at the East Asia Summit and ASEAN Regional Forum Senior "
                         "Officials' Meetings\n\nShri Saurabh Kumar represented India at the East Asia Summit Senior "
                         "Officials' Meeting on 8 June 2022 and at the ASEAN Regional Forum Senior Officials' Meeting on "
                         "9 June 2022. India also hosted the 13th ARF Inter-Sessional Meeting on Maritime Security on 12 "
                         "May 2022.\n\nThe Committee brings together the ASEAN Secretariat and each Dialogue Partner.\n",
               day="2022-06-09")
    assert sorted((m.kind, m.ordinal) for m in f.meetings) == [
        ("Other", 13), ("SeniorOfficialsMeeting", None), ("SeniorOfficialsMeeting", None)]
    assert f.partnerships == []


def test_the_datelines_date_is_not_the_meetings_when_the_sentence_gives_another(tmp_path):
    """Regression (heldout20): "PASAY CITY 10 September 2020 – ... co-chaired the ... Meeting ... on 09 September
    2020" dated the meeting by the dateline."""
    f = _facts(tmp_path, "Locsin and Wang Yi Co-Chair ASEAN-China Foreign Ministers' Meeting\n\nPASAY CITY 10 "
                         "September 2020 – Foreign Affairs Secretary Teodoro L. Locsin Jr. co-chaired the ASEAN-China "
                         "Foreign Ministers' Meeting (PMC+1) with State Councilor and Foreign Minister Wang Yi of the People's Republic of China on 09 September "
                         "2020. The meeting was held via video conference.\n",
               day="2020-09-10")
    assert [(m.start, m.end) for m in f.meetings] == [(date(2020, 9, 9), date(2020, 9, 9))]


def test_an_asean_dialogue_in_thai_is_of_senior_officials_and_an_application_is_no_level(tmp_path):
    """Regression (heldout20): "การประชุมหารืออาเซียน-แคนาดา" (the ASEAN-Canada Dialogue) was a meeting of no
    kind; "ยื่นความประสงค์ขอเป็นคู่เจรจา" (applied to become a Dialogue Partner) gave the UK that level."""
    f = _facts(tmp_path, "การประชุมหารืออาเซียน-แคนาดา ครั้งที่ ๒๐\n\nเมื่อวันที่ ๓๐ พฤษภาคม ๒๕๖๖ ได้มีการประชุมหารือ"
                         "อาเซียน-แคนาดา ครั้งที่ ๒๐ ณ กรุงกัวลาลัมเปอร์ ประเทศมาเลเซีย\n\nสหราชอาณาจักรได้ยื่นความประสงค์"
                         "ขอเป็นคู่เจรจาของอาเซียนเมื่อเดือนมิถุนายน ๒๕๖๓\n", day="2023-05-31", lang="th")
    assert [(m.kind, m.ordinal) for m in f.meetings] == [("SeniorOfficialsMeeting", 20)]
    assert not any(p.partner == "uk" for p in f.partnerships)
    f = _facts(tmp_path, "The United Kingdom applied to become a Dialogue Partner of ASEAN in June 2020.\n",
               day="2020-09-30")
    assert f.partnerships == []


def test_un_secretaries_general_and_rakhine_are_known(tmp_path):
    """Regression (heldout20): the UN Secretary-General in Thai script was an unknown person; "สถานการณ์ในรัฐยะไข่"
    and "the crisis in Burma" were no topic."""
    f = _facts(tmp_path, "เมื่อวันที่ ๓๐ กันยายน ๒๕๖๒ ได้มีการประชุมรัฐมนตรีอาเซียน-สหประชาชาติ ณ นครนิวยอร์ก โดยมี"
                         "นายอันโตนิโอ กูเตอร์เรส เลขาธิการสหประชาชาติ เข้าร่วม ที่ประชุมหารือเกี่ยวกับสถานการณ์ในรัฐยะไข่\n",
               day="2019-09-30", lang="th")
    assert "antonio_guterres" in {p.person for p in f.participations}
    assert "myanmar" in {t.topic for t in f.topics}
    f = _facts(tmp_path, "At the 56th ASEAN Foreign Ministers' Meeting on 11 July 2023 the ministers discussed the deepening "
                         "crisis in Burma.\n", day="2023-07-11")
    assert "myanmar" in {t.topic for t in f.topics}


def test_a_counterpart_by_post_is_a_party_and_a_minister_after_with_is_no_party(tmp_path):
    """Regression (heldout20): "การประชุมระหว่างรัฐมนตรีต่างประเทศอาเซียนกับรัฐมนตรีว่าการกระทรวงการต่างประเทศ ...
    แห่งสหราชอาณาจักร" was ASEAN's own; "the Ninth LMI Ministerial Meeting with Lao Foreign Minister Saleumxay" took
    Laos for a partner; "the East Asia Summit (EAS) Preparatory Senior Officials' Meeting" was a summit."""
    f = _facts(tmp_path, "เมื่อวันที่ ๓๐ กันยายน ๒๕๖๓ ได้มีการประชุมระหว่างรัฐมนตรีต่างประเทศอาเซียนกับรัฐมนตรีว่าการกระทรวง"
                         "การต่างประเทศ เครือจักรภพ และการพัฒนาแห่งสหราชอาณาจักร ผ่านระบบการประชุมทางไกล\n",
               day="2020-09-30", lang="th")
    assert [sorted(m.parties) for m in f.meetings] == [["asean", "uk"]]
    f = _facts(tmp_path, "VIENTIANE, July 25, 2016 - Secretary Kerry co-chaired the Ninth Lower Mekong Initiative (LMI) "
                         "Ministerial Meeting with Lao Foreign Minister Saleumxay Kommasith.\n", day="2016-07-25")
    assert [m.series for m in f.meetings] == ["lmi"]
    f = _facts(tmp_path, "Secretary (East) led the Indian delegation to the East Asia Summit (EAS) Preparatory Senior "
                         "Officials' Meeting held on September 10, 2025.\n", day="2025-09-11")
    assert [m.kind for m in f.meetings] == ["SeniorOfficialsMeeting"]


def test_myanmars_u_is_an_honorific_and_a_strategic_dialogue_is_no_senior_officials_meeting(tmp_path):
    """Regression (heldout20): "อู จ่อ ทิน" in a list of ministers was left out; "the second U.S.-Indonesia
    Strategic Dialogue" was a senior officials' meeting. "ปฏิญญาเนปิดอว์ แผนปฏิบัติการ" is no Daw somebody."""
    f = _facts(tmp_path, "เมื่อวันที่ ๑๗ ธันวาคม ๒๕๖๑ ได้มีการประชุมรัฐมนตรีต่างประเทศแม่โขง-ล้านช้าง ครั้งที่ ๔ ผู้เข้าร่วม"
                         "การประชุม ได้แก่ นายฮอร์ นัมฮง รองนายกรัฐมนตรีราชอาณาจักรกัมพูชา อู จ่อ ทิน รัฐมนตรีกระทรวง"
                         "ความร่วมมือระหว่างประเทศแห่งสาธารณรัฐแห่งสหภาพเมียนมา ที่ประชุมรับรองปฏิญญาเนปิดอว์ แผนปฏิบัติการ"
                         "ว่าด้วยความร่วมมือ\n", day="2018-12-18", lang="th")
    assert {p.person for p in f.participations} == {"hor_namhong", "kyaw_tin"}
    f = _facts(tmp_path, "While in Jakarta on 14 July 2023, Secretary Blinken and Foreign Minister Retno co-chaired the "
                         "second U.S.-Indonesia Strategic Dialogue.\n", day="2023-07-15")
    assert [(m.kind, m.ordinal) for m in f.meetings] == [("Other", 2)]


def test_a_coordinators_years_date_no_level_and_sectoral_relations_are_a_sectoral_partner(tmp_path):
    """Regression (heldout20): "Country Coordinator for ASEAN-India Dialogue Relations since 2024" dated India's
    Dialogue Partnership 2024; "sectoral dialogue relations in 1992" was a full Dialogue Partnership."""
    f = _facts(tmp_path, "The Philippines has served as Country Coordinator for ASEAN-India Dialogue Relations since 2024 "
                         "and will continue in that role until 2027.\n\nASEAN and India established sectoral dialogue "
                         "relations in 1992 and became full Dialogue Partners in 1995.\n", day="2025-07-10")
    assert _levels(f) == {("india", "SectoralDialoguePartner", 1992), ("india", "DialoguePartner", 1995)}


def test_a_date_nearer_the_end_of_another_meetings_name_is_that_meetings(tmp_path):
    """Regression (heldout21): "การประชุม ASEAN SOM จะจัดขึ้นในวันที่ ๒๘ พฤษภาคม ๒๕๖๒ เพื่อเตรียมการสำหรับการประชุมสุดยอด
    อาเซียน ครั้งที่ ๓๔ ซึ่งจะจัดขึ้นในวันที่ ๒๒-๒๓ มิถุนายน ๒๕๖๒" gave the summit the SOM's day: a date was measured
    against where the other name starts, not where it ends."""
    f = _facts(tmp_path, "การประชุม ASEAN SOM จะจัดขึ้นในวันที่ ๒๘ พฤษภาคม ๒๕๖๒ เพื่อเตรียมการสำหรับการประชุมสุดยอดอาเซียน "
                         "ครั้งที่ ๓๔ ซึ่งจะจัดขึ้นในวันที่ ๒๒-๒๓ มิถุนายน ๒๕๖๒ ที่กรุงเทพฯ\n", day="2019-05-24", lang="th")
    assert sorted((m.kind, m.start, m.end) for m in f.meetings) == [
        ("SeniorOfficialsMeeting", date(2019, 5, 28), date(2019, 5, 28)), ("Summit", date(2019, 6, 22), date(2019, 6, 23))]


def test_an_arf_inter_sessional_meeting_a_name_between_commas_and_the_cpr(tmp_path):
    """Regression (heldout21): "the Eighth ASEAN Regional Forum (ARF) Inter-Sessional Meeting on ..." was the 8th
    ARF; "The UK's Ambassador to ASEAN, Jon Lambe, this week co-chaired" lost its co-chair; "the ASEAN Committee of
    Permanent Representatives" (a body) was a meeting."""
    f = _facts(tmp_path, "Malaysia hosted the Eighth ASEAN Regional Forum (ARF) Inter-Sessional Meeting on Non-Proliferation "
                         "and Disarmament in Putrajaya on 19 and 20 April 2016.\n", day="2016-04-21")
    assert [(m.series, m.kind, m.ordinal) for m in f.meetings] == [("arf-ism", "Other", 8)]
    f = _facts(tmp_path, "The UK's Ambassador to ASEAN, Jon Lambe, this week co-chaired the first meeting of the ASEAN-UK "
                         "Joint Cooperation Committee in Jakarta. The Committee brings together the ASEAN Committee of "
                         "Permanent Representatives and the UK Mission to ASEAN.\n", day="2022-06-24")
    assert [m.series for m in f.meetings] == ["asean-uk-jcc"]
    assert [(p.role, p.person) for p in f.participations] == [("co-chair", "jon-lambe")]


def test_on_behalf_of_names_the_proposer_and_asean_for_the_year_is_no_meeting_chair(tmp_path):
    """Regression (heldout21): "Speaking on behalf of the Philippines, Assistant Secretary ... set out four areas
    where she hoped ASEAN and Australia would do more: (1) ..." were ASEAN's; "He shared the chair with" was no
    co-chair; "in Thailand's capacity as Chair of ASEAN for 2019" made Don chair of the ASEAN-GCC meeting."""
    f = _facts(tmp_path, "The 32nd ASEAN-Australia Forum was held online on 18 May 2020. Speaking on behalf of the "
                         "Philippines, Assistant Secretary Junever Mahilum-West set out four areas where she hoped ASEAN and "
                         "Australia would do more together: (1) mitigating marine plastic debris; (2) building capacity in "
                         "biosecurity; (3) strengthening disaster risk reduction; and (4) protecting the peoples of the "
                         "region against health risks.\n", day="2020-05-19")
    assert {c.by for c in f.commitments} == {"philippines"}
    f = _facts(tmp_path, "New York, 28 September 2019 – Minister Erywan Yusof today co-chaired the ASEAN-Gulf Cooperation "
                         "Council (GCC) Ministerial Meeting. He shared the chair with His Excellency Yusuf bin Alawi bin "
                         "Abdullah of Oman. Foreign Ministers took part, among them His Excellency Don Pramudwinai, Minister "
                         "of Foreign Affairs of the Kingdom of Thailand, in Thailand's capacity as Chair of ASEAN for 2019.\n",
               day="2019-09-28")
    roles = {p.person: p.role for p in f.participations}
    assert roles.get("don_pramudwinai") == "participant" and "co-chair" in {r for r in roles.values()}
    assert sum(r == "co-chair" for r in roles.values()) == 2


def test_the_next_meeting_of_a_series_is_another_meeting(tmp_path):
    """Regression (heldout21): "the next Russia-ASEAN Senior Officials' Meeting will be held in Russia in 2018"
    merged with the meeting reported and made it planned."""
    f = _facts(tmp_path, "On March 29, Vientiane hosted the regular Russia-ASEAN Senior Officials' Meeting. It was agreed "
                         "that the next Russia-ASEAN Senior Officials' Meeting will be held in Russia in 2018.\n",
               day="2017-03-29")
    assert sorted((m.status, m.start) for m in f.meetings) == [("held", date(2017, 3, 29)), ("planned", None)]


def test_a_thai_name_that_stops_inside_an_english_one_is_that_meeting(tmp_path):
    """Regression (heldout22): "การประชุม ASEAN-Japan Forum ครั้งที่ ๓๘" was two meetings, "การประชุม ASEAN-Japan"
    (kind Other, which took the topics) and the 38th ASEAN-Japan Forum."""
    f = _facts(tmp_path, "เมื่อวันที่ ๒๘ มีนาคม ๒๕๖๖ ได้มีการประชุม ASEAN-Japan Forum ครั้งที่ ๓๘ ณ กรุงโตเกียว ประเทศญี่ปุ่น "
                         "ที่ประชุมหารือเรื่องความมั่นคงทางอาหาร\n", day="2023-03-29", lang="th")
    assert [(m.series, m.ordinal, m.label) for m in f.meetings] == [("asean-japan-forum", 38, "38th ASEAN-Japan Forum")]
    assert {t.meeting for t in f.topics} == {f.meetings[0].key}


def test_the_meeting_had_is_no_meeting_name(tmp_path):
    """Regression (heldout22): "การประชุมมีหัวหน้าเจ้าหน้าที่อาวุโสอาเซียน... เข้าร่วม" (the meeting had ASEAN's SOM
    leaders taking part) named an ASEAN Senior Officials' Meeting."""
    f = _facts(tmp_path, "ระหว่างวันที่ ๒๗-๒๘ เมษายน ๒๕๖๖ ได้มีการประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย ครั้งที่ ๑๙ ณ เมืองเสียมราฐ\n\n"
                         "การประชุมมีหัวหน้าเจ้าหน้าที่อาวุโสอาเซียนหรือผู้แทนของประเทศสมาชิกอาเซียนเข้าร่วม\n",
               day="2023-04-29", lang="th")
    assert [(m.series, m.ordinal) for m in f.meetings] == [("asean-russia-som", 19)]


def test_economic_ministers_consultations_and_a_forums_finance_ministers(tmp_path):
    """Regression (heldout20, 22): "the Twenty-Seventh AEM-METI Consultations with Japan" and "the Twenty-Fourth AEM
    Plus Three Consultations" were no meetings (the AEM's consultations are mechanisms in the reference now); "the
    24th ASEAN+3 Finance Ministers' and Central Bank Governors' Meeting" was none either ("and" ended its name)."""
    f = _facts(tmp_path, "The ASEAN Economic Ministers met their counterparts by video conference on 13 September 2021 for "
                         "the Twenty-Fourth AEM Plus Three Consultations. Two days later, on 15 September 2021, they "
                         "convened the Twenty-Seventh AEM-METI Consultations with Japan.\n", day="2021-09-16")
    assert sorted((m.series, m.ordinal, tuple(sorted(m.parties))) for m in f.meetings) == [
        ("aem-meti", 27, ("asean", "japan")), ("aem-plus-three", 24, ("asean", "china", "japan", "rok"))]
    f = _facts(tmp_path, "Finance ministers and central bank governors met by videoconference on May 3, 2021 for the 24th "
                         "ASEAN+3 Finance Ministers' and Central Bank Governors' Meeting (AFMGM+3).\n", day="2021-05-04")
    assert [(m.series, m.ordinal, m.label) for m in f.meetings] == [
        ("apt-finance", 24, "24th ASEAN Plus Three Finance Ministers' Meeting")]


def test_a_thai_videoconference_between_ministers_is_named_by_who_meets(tmp_path):
    """Regression (heldout22): "การประชุมทางไกลระหว่างรัฐมนตรีต่างประเทศอาเซียนกับรัฐมนตรีว่าการกระทรวงการต่างประเทศ
    สหราชอาณาจักร" was no meeting (ทางไกล, by video, stopped the name)."""
    f = _facts(tmp_path, "เมื่อวันที่ ๘ เมษายน ๒๕๖๔ ได้มีการประชุมทางไกลระหว่างรัฐมนตรีต่างประเทศอาเซียนกับรัฐมนตรีว่าการกระทรวง"
                         "การต่างประเทศแห่งสหราชอาณาจักร\n", day="2021-04-09", lang="th")
    assert [(m.mode, sorted(m.parties)) for m in f.meetings] == [("online", ["asean", "uk"])]


def test_a_list_in_words_goes_on_in_no_numbered_paragraph_and_thai_views_are_proposals(tmp_path):
    """Regression (heldout22): "first, ...; second, ...; and third, ..." went on into the paragraphs numbered "4.",
    "5." after it; "ผู้แทนไทยได้แสดงความเห็นว่า ... โดยประการแรก ควร..." proposed nothing."""
    f = _facts(tmp_path, "1. The ASEAN-India Foreign Ministers' Meeting was held by videoconference on 4 August 2021.\n\n"
                         "2. EAM set out India's priorities: first, an early review of the Trade in Goods Agreement; "
                         "second, faster progress on connectivity projects; and third, building convergence between the "
                         "AOIP and the IPOI.\n\n3. The Ministers reviewed the COVID-19 situation in the region.\n\n"
                         "4. The Ministers agreed that UNCLOS sets out the legal framework.\n", day="2021-08-04")
    assert [c.number for c in f.commitments] == [1, 2, 3]
    f = _facts(tmp_path, "เมื่อวันที่ ๒๗ เมษายน ๒๕๖๖ ได้มีการประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย ครั้งที่ ๑๙ ผู้แทนไทยได้แสดง"
                         "ความเห็นว่า ความร่วมมือควรมุ่งเน้นผลลัพธ์ โดยประการแรก ควรให้ความสำคัญกับความมั่นคงทางพลังงาน "
                         "ประการที่สอง ควรกระชับความร่วมมือในการปราบปรามอาชญากรรมข้ามชาติ\n", day="2023-04-28", lang="th")
    assert [(c.by, c.number) for c in f.commitments] == [("thailand", 1), ("thailand", 2)]


def test_a_development_partner_is_asean_s_status_said_as_such(tmp_path):
    """Regression (heldout22): "projects proposed by the Mekong countries, Japan and development partners" and
    "ACMECS ซึ่งสาธารณรัฐเกาหลีเป็นหุ้นส่วนเพื่อการพัฒนา" made Japan and the ROK ASEAN's Development Partners; the
    status said of ASEAN still is one."""
    f = _facts(tmp_path, "The ministers endorsed projects proposed by the Mekong countries, Japan and development partners.\n",
               day="2020-08-28")
    assert f.partnerships == []
    f = _facts(tmp_path, "ไทยยินดีให้โครงการดำเนินไปอย่างสอดประสานกับ ACMECS ซึ่งสาธารณรัฐเกาหลีเป็นหุ้นส่วนเพื่อการพัฒนา\n",
               day="2020-07-17", lang="th")
    assert f.partnerships == []
    f = _facts(tmp_path, "Germany became a Development Partner of ASEAN in 2016.\n", day="2023-01-10")
    assert _levels(f) == {("germany", "DevelopmentPartner", 2016)}


def test_the_co_chairs_were_a_list(tmp_path):
    """Regression (heldout22): "The three co-chairs were Mr A, ...; Mr B, ...; and Ms C, ..." left all three
    participants."""
    f = _facts(tmp_path, "Australia joined Viet Nam and the European Union on 29 April 2021 in co-chairing the 12th ASEAN "
                         "Regional Forum (ARF) Inter-Sessional Meeting on Maritime Security.\n\nThe three co-chairs were "
                         "Mr Justin Whyatt, Assistant Secretary, Department of Foreign Affairs and Trade; Mr Vu Ho, "
                         "Director-General of the ASEAN Department of Viet Nam; and Ms Joanneke Balfoort, Director at the "
                         "European External Action Service.\n", day="2021-04-30")
    assert sorted(p.role for p in f.participations) == ["co-chair"] * 3


def test_he_co_chaired_is_the_person_named_before(tmp_path):
    """Regression (heldout21): "The Russian delegation was headed by Deputy Minister ... Igor Morgulov. He co-chaired
    the meeting together with the Lao side" left Morgulov a participant."""
    f = _facts(tmp_path, "On March 29, Vientiane hosted the regular Russia-ASEAN Senior Officials' Meeting. The Russian "
                         "delegation was headed by Deputy Minister of Foreign Affairs Igor Morgulov. He co-chaired the "
                         "meeting together with the Lao side.\n", day="2017-03-29")
    assert [(p.person, p.role) for p in f.participations] == [("igor_morgulov", "co-chair")]


def test_aem_consultations_with_a_partner_and_dialogues_on_a_subject(tmp_path):
    """Regression (heldout23): "the Twelfth AEM-Canada Consultation" was no meeting; "the first UK-ASEAN Economic
    Dialogue" was of senior officials; "the Second ASEAN-Australia Dialogue on Women, Peace and Security" was the
    2nd ASEAN-Australia senior officials' meeting. "Dialogue on May 24" names no subject."""
    f = _facts(tmp_path, "The Twelfth AEM-Canada Consultation convened on Sunday, 20 August 2023 in Semarang. The first "
                         "UK-ASEAN Economic Dialogue was held online on 26 August 2020.\n", day="2023-08-21")
    assert sorted((m.series, m.ordinal, m.kind) for m in f.meetings) == [
        ("asean-canada-aem", 12, "MinisterialMeeting"), ("asean-uk-aem", 1, "MinisterialMeeting")]
    f = _facts(tmp_path, "Hanoi hosted the Second ASEAN-Australia Dialogue on Women, Peace and Security on 9 November 2021. "
                         "The 36th ASEAN-United States Dialogue on May 24, 2024 was held in Washington.\n", day="2024-05-25")
    assert sorted((m.series, m.ordinal, m.kind) for m in f.meetings) == [
        ("asean-australia-dialogue-women-peace-security", 2, "Other"), ("asean-usa-som", 36, "SeniorOfficialsMeeting")]
    assert "ASEAN-Australia Dialogue on Women Peace Security" in [m.label for m in f.meetings][0]


def test_a_retired_general_and_a_head_of_som_delegation(tmp_path):
    """Regression (heldout23): "พลเอก (เกษียณ) วี.เค. สิงห์ ... เป็นประธานร่วม" was no co-chair; "Head of Viet Nam's
    ASEAN SOM delegation" (a title) was a meeting of ASEAN and Viet Nam's senior officials."""
    f = _facts(tmp_path, "เมื่อวันที่ ๖ สิงหาคม ๒๕๖๐ ได้มีการประชุมรัฐมนตรีต่างประเทศอาเซียน-อินเดีย ณ กรุงมะนิลา โดยมีพลเอก "
                         "(เกษียณ) วี.เค. สิงห์ รัฐมนตรีแห่งรัฐด้านการต่างประเทศอินเดีย เป็นประธานร่วม\n",
               day="2017-08-07", lang="th")
    assert [(p.person, p.role) for p in f.participations] == [("vk_singh", "co-chair")]
    f = _facts(tmp_path, "The 28th ASEAN-ROK Dialogue took place on April 4, 2024. Deputy Minister Chung Byung-won co-chaired "
                         "the Dialogue with Do Hung Viet, Deputy Minister of Foreign Affairs of Viet Nam and Head of Viet "
                         "Nam's ASEAN SOM delegation.\n", day="2024-04-04")
    assert [(m.series, m.ordinal) for m in f.meetings] == [("asean-rok-som", 28)]


def test_a_dialogue_of_its_own_name_and_the_nth_meeting_of_a_name(tmp_path):
    """Regression (heldout23): "the 9th meeting of the Mekong-Japan Industry and Government Dialogue" was no meeting
    ("and" ended the name, "meeting of the" kept its number off it), and a partner's Dialogue of senior officials
    once found; "the first-ever meeting of the ASEAN-UK Joint Cooperation Committee" had no number."""
    f = _facts(tmp_path, "On July 8, 2016, the 9th meeting of the Mekong-Japan Industry and Government Dialogue was held "
                         "in Bangkok.\n", day="2016-07-09")
    assert [(m.kind, m.ordinal, m.label) for m in f.meetings] == [
        ("Other", 9, "9th Mekong-Japan Industry Government Dialogue")]
    f = _facts(tmp_path, "The UK's Ambassador to ASEAN this week co-chaired the first-ever meeting of the ASEAN-UK Joint "
                         "Cooperation Committee in Jakarta.\n", day="2022-06-24")
    assert [(m.series, m.ordinal) for m in f.meetings] == [("asean-uk-jcc", 1)]


def test_a_year_under_which_is_no_levels_year(tmp_path):
    """Regression (heldout23): "the ASEAN-India Comprehensive Strategic Partnership, under which 2025 is being
    observed as the ASEAN-India Year of Tourism" dated the partnership 2025 (before the sentence that says 2022)."""
    f = _facts(tmp_path, "Senior officials welcomed progress to strengthen the ASEAN-India Comprehensive Strategic "
                         "Partnership, under which 2025 is being observed as the ASEAN-India Year of Tourism. India and "
                         "ASEAN upgraded their relationship to a Comprehensive Strategic Partnership in 2022.\n",
               day="2025-03-12")
    assert _levels(f) == {("india", "ComprehensiveStrategicPartnership", 2022)}


def test_directing_money_is_a_pledge(tmp_path):
    """Regression (heldout23): "Australia is directing A$10 million to women, peace and security cooperation with our
    ASEAN partners" was no commitment."""
    f = _facts(tmp_path, "Hanoi hosted the Second ASEAN-Australia Dialogue on Women, Peace and Security on 9 November 2021. "
                         "Australia is directing A$10 million to women, peace and security cooperation with our ASEAN "
                         "partners.\n", day="2021-11-09")
    assert [(c.by, c.amount, c.currency) for c in f.commitments if c.amount] == [("australia", "10000000", "AUD")]


def test_personnel_counted_in_nai_are_nobody(tmp_path):
    """Regression (heldout20): "ส่งบุคลากรกว่า ๕,๐๐๐ นายเข้าร่วมภารกิจรักษาสันติภาพ" (more than 5,000 personnel took part
    in peacekeeping) made a person named เข้า."""
    f = _facts(tmp_path, "เมื่อวันที่ ๒๗ กันยายน ๒๕๖๒ นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการกระทรวงการต่างประเทศ เป็นประธานการประชุม"
                         "รัฐมนตรีอาเซียน-สหประชาชาติ ที่ประชุมชื่นชมที่ประเทศสมาชิกอาเซียนส่งบุคลากรกว่า ๕,๐๐๐ นายเข้าร่วม"
                         "ภารกิจรักษาสันติภาพของสหประชาชาติ\n", day="2019-09-28", lang="th")
    assert [p.person for p in f.participations] == ["don_pramudwinai"]


def test_venues_beyond_the_capitals_are_placed_in_both_languages(tmp_path):
    """heldout20, 13, 15, 23 misses: meetings held in Port Dickson, Bagan, Christchurch or Shenzhen had no
    city (the places list held capitals and the usual summit venues only)."""
    en = _facts(tmp_path, "EAS SOM\n\nThe East Asia Summit Senior Officials' Meeting was held in Port Dickson, Malaysia, "
                          "on 12 June 2025.\n", day="2025-06-12")
    th = _facts(tmp_path, "การประชุม\n\nเมื่อวันที่ ๑๐ สิงหาคม ๒๕๖๖ การประชุมรัฐมนตรีต่างประเทศอาเซียน-จีน "
                          "จัดขึ้น ณ เมืองเซินเจิ้น สาธารณรัฐประชาชนจีน\n", day="2023-08-10", lang="th")
    assert [(m.city, m.mode) for m in en.meetings] == [("port_dickson", "in-person")]
    assert [m.city for m in th.meetings] == ["shenzhen"]


def test_a_levels_year_survives_a_plan_in_a_clause_about_something_else(tmp_path):
    """heldout23 misses: "In 2023, ASEAN and Canada established a Strategic Partnership, which is expected to
    expand business ties" lost its year to the plan in the relative clause; relations that began in a year
    "as" a level ("เริ่มต้นขึ้นเมื่อปี ๒๕๓๕ ในฐานะคู่เจรจาเฉพาะด้าน") had none; "since our leaders agreed last
    month to establish" is an upgrade, not a level held "since" a year."""
    en = _facts(tmp_path, "Canada at ASEAN\n\nThe ASEAN-Canada Foreign Ministers' Meeting was held on 10 July 2025. "
                          "In 2023, ASEAN and Canada established a Strategic Partnership, which is expected to deepen "
                          "trade and education links.\n", day="2025-07-10")
    th = _facts(tmp_path, "อาเซียน-อินเดีย\n\nเมื่อวันที่ ๒๕ มกราคม ๒๕๖๑ ได้มีการประชุมสุดยอดอาเซียน-อินเดีย ความสัมพันธ์ "
                          "อาเซียน-อินเดียเริ่มต้นขึ้นเมื่อปี ๒๕๓๕ ในฐานะคู่เจรจาเฉพาะด้าน ก่อนที่อินเดียจะเป็นคู่เจรจาเต็มรูปแบบ\n",
                day="2018-01-25", lang="th")
    au = _facts(tmp_path, "Women, peace and security\n\nAustralia and ASEAN held a dialogue on 16 November 2021, the "
                          "first since our leaders agreed last month to establish an ASEAN-Australia Comprehensive "
                          "Strategic Partnership.\n", day="2021-11-16")
    planned = _facts(tmp_path, "Canada at ASEAN\n\nThe ASEAN-Canada Foreign Ministers' Meeting was held on 10 July 2023. "
                               "Ministers looked forward to a Strategic Partnership, which will be launched at the "
                               "Summit in September.\n", day="2023-07-10")
    assert ("canada", "StrategicPartnership", 2023) in _levels(en)
    assert ("india", "SectoralDialoguePartner", 1992) in _levels(th)
    assert ("australia", "ComprehensiveStrategicPartnership", 2021) in _levels(au)
    assert ("canada", "StrategicPartnership", 2023) not in _levels(planned)


def test_co_chairs_named_with_after_a_long_meeting_name_and_venue(tmp_path):
    """heldout23, 21, 14 misses: "co-chaired the 25th ASEAN-EU Joint Cooperation Committee ... in Jakarta with
    Mr A and Ms B" (or "...ร่วมกับนาย..."): the partners' co-chairs came more than 120 characters after the cue."""
    en = _facts(tmp_path, "ASEAN-EU JCC\n\nOn 30 January 2018, Ambassador Phasporn Sangasubana, Permanent Representative of "
                          "Thailand to ASEAN, co-chaired the 25th ASEAN-European Union Joint Cooperation Committee "
                          "(JCC) at the ASEAN Secretariat in Jakarta, Indonesia, together with Mr David Daly, Head of "
                          "the South East Asia Division of the European External Action Service.\n", day="2018-01-30")
    th = _facts(tmp_path, "การประชุม JCC\n\nเมื่อวันที่ ๓๐ มกราคม ๒๕๖๑ นางผาสพร สังขะสุบรรณ เอกอัครราชทูตผู้แทนถาวรไทยประจำอาเซียน "
                          "ได้เป็นประธานร่วมการประชุมคณะกรรมการความร่วมมือร่วมอาเซียน-สหภาพยุโรป (ASEAN-EU Joint "
                          "Cooperation Committee: JCC) ครั้งที่ ๒๕ ณ สำนักเลขาธิการอาเซียน กรุงจาการ์ตา ร่วมกับนายเดวิด เดลี "
                          "หัวหน้าแผนกเอเชียตะวันออกเฉียงใต้ สำนักงานกิจการต่างประเทศแห่งสหภาพยุโรป\n", day="2018-01-30", lang="th")
    for f, daly in ((en, "David Daly"), (th, "เดวิด เดลี")):
        roles = {f.people[p.person].name_en or "": p.role for p in f.participations}
        roles |= {f.people[p.person].name_th: p.role for p in f.participations}
        assert roles.get(daly) == "co-chair", roles


def test_a_meeting_numbered_without_its_name_is_another_of_the_series(tmp_path):
    """heldout23 miss: "การประชุมครั้งนี้เป็นครั้งแรกนับจากการประชุมครั้งที่ ๓๒ ซึ่งจัดขึ้นเมื่อวันที่ ๒๘ มีนาคม ๒๕๖๒ ณ
    กรุงวอชิงตัน ดี.ซี." gave the 33rd Dialogue the 32nd's date (the anaphor ran on over the 32nd), and the 32nd was
    no meeting; "the 79th session of the UN General Assembly" is no meeting of the release's series."""
    th = _facts(tmp_path, "การประชุมหารือ\n\nเมื่อวันที่ ๕ สิงหาคม ๒๕๖๓ นายสุนทร ชัยยินดีภูมิ รองปลัดกระทรวงการต่างประเทศ "
                          "เข้าร่วมการประชุมหารืออาเซียน-สหรัฐฯ ครั้งที่ ๓๓ ผ่านระบบการประชุมทางไกล\n\nการประชุมครั้งนี้เป็น"
                          "ครั้งแรกนับจากการประชุมครั้งที่ ๓๒ ซึ่งจัดขึ้นเมื่อวันที่ ๒๘ มีนาคม ๒๕๖๒ ณ กรุงวอชิงตัน ดี.ซี. "
                          "และเป็นครั้งแรกที่จัดขึ้นในรูปแบบการประชุมทางไกล\n", day="2020-08-05", lang="th")
    en = _facts(tmp_path, "ASEAN-U.S. Dialogue\n\nThe 33rd ASEAN-U.S. Dialogue was held by videoconference on 5 August "
                          "2020. It was the first since the 32nd Dialogue, held in Washington, D.C. on 28 March 2019.\n",
                day="2020-08-05")
    unga = _facts(tmp_path, "ASEAN-U.S. Dialogue\n\nThe 33rd ASEAN-U.S. Dialogue was held in New York on 25 September "
                            "2024, on the sidelines of the 79th session of the UN General Assembly.\n", day="2024-09-25")
    for f in (th, en):
        assert [(m.ordinal, m.start, m.status, m.city) for m in f.meetings] == [
            (33, date(2020, 8, 5), "held", ""), (32, date(2019, 3, 28), "held", "washington")]
        assert f.meetings[0].mode == "online" and f.meetings[1].mode != "online"
    assert [m.ordinal for m in unga.meetings] == [33]


def test_a_joint_working_group_is_a_meeting_of_its_own(tmp_path):
    """heldout7: "การประชุมคณะทำงานร่วมอาเซียน-จีน..." the day before the SOM was taken for the SOM, named short."""
    th = _facts(tmp_path, "SOM-DOC\n\nเมื่อวันที่ ๑๕ กันยายน ๒๕๕๖ ปลัดกระทรวงการต่างประเทศเป็นประธานร่วมการประชุมเจ้าหน้าที่อาวุโส"
                          "อาเซียน-จีน ครั้งที่ ๖ ณ เมืองซูโจว การประชุมดังกล่าวจัดขึ้นต่อเนื่องจากการประชุมคณะทำงานร่วม"
                          "อาเซียน-จีน ซึ่งจัดขึ้นเมื่อวันที่ ๑๔ กันยายน ๒๕๕๖\n", day="2013-09-15", lang="th")
    assert [(m.kind, m.start) for m in th.meetings] == [("SeniorOfficialsMeeting", date(2013, 9, 15)),
                                                        ("Other", date(2013, 9, 14))]


def test_a_list_whose_sentence_has_no_subject_is_proposed_by_the_presenter_before_it(tmp_path):
    """heldout23 miss: "METI then presented the draft Work Programme. The draft groups the proposed actions under
    six goals: (1) ...; (2) ..." had no proposer (the list's sentence names none)."""
    f = _facts(tmp_path, "Mekong-Japan\n\nThe 8th Mekong-Japan Economic Ministers' Meeting was held in "
                         "Vientiane on 5 August 2016. Japan's Ministry of Economy, Trade and Industry then presented a "
                         "draft work plan. The draft groups the proposed actions under three goals: (1) better "
                         "customs procedures; (2) support for small firms; and (3) training of engineers.\n",
               day="2016-08-05")
    assert [(c.by, c.number) for c in f.commitments if c.kind == "proposal"] == [("japan", 1), ("japan", 2), ("japan", 3)]


def test_a_coordinator_is_read_from_a_release_that_names_no_meeting(tmp_path):
    """heldout23 miss: envoys' talks that the extractor could not name as a meeting lost "The Philippines
    serves as the country coordinator for ASEAN-GCC relations" too (coordinators were read only beside a meeting)."""
    f = _facts(tmp_path, "Envoys meet\n\nASEAN ambassadors and GCC envoys met in Jakarta on 12 November 2025. The "
                         "Philippines serves as the country coordinator for ASEAN-GCC relations.\n", day="2025-11-12")
    assert [(c.coordinator, c.partner) for c in f.coordinators] == [("philippines", "gcc")]


def test_a_meeting_numbered_by_the_short_name_given_in_brackets(tmp_path):
    """heldout23 miss: "the 27th ASEAN-India Senior Officials' Meeting (AISOM)", later "the previous round, the
    26th AISOM, which he co-chaired in New Delhi in 2024 with Mr. Albert Chua": the 26th is a meeting of the
    series, and Albert Chua its co-chair, not the 27th's."""
    f = _facts(tmp_path, "AISOM\n\nShri Jaideep Mazumdar, Secretary (East), co-chaired the 27th ASEAN-India Senior "
                         "Officials' Meeting (AISOM) in Manila on 12 March 2025 with Ms. Ma. Theresa P. Lazaro, "
                         "Undersecretary of Foreign Affairs of the Philippines.\n\nHe recalled the previous round, the "
                         "26th AISOM, which he co-chaired in New Delhi in 2024 with Mr. Albert Chua, Permanent "
                         "Secretary of the Ministry of Foreign Affairs of Singapore.\n", day="2025-03-12")
    assert [(m.ordinal, m.city) for m in f.meetings] == [(27, "manila"), (26, "new_delhi")]
    assert {(p.person, p.meeting) for p in f.participations if p.person == "albert_chua"} == {
        ("albert_chua", "asean-india-som/26")}


def test_a_name_after_a_posts_remit(tmp_path):
    """heldout23 misses: "Director-General for North Korean Nuclear Affairs Lee Jun-il", "Minister of State for
    Trade Policy Greg Hands": a name after the post's remit, with no honorific, was no person."""
    f = _facts(tmp_path, "Dialogue\n\nThe 28th ASEAN-ROK Dialogue was held in Seoul on 2 May 2024. The ROK delegation "
                         "included Director-General for North Korean Nuclear Affairs Lee Jun-il and Ambassador for "
                         "Development Cooperation Kim Young-soo.\n", day="2024-05-02")
    assert {p.person for p in f.participations} == {"lee-jun-il", "kim-young-soo"}


def test_both_planned_meetings_and_co_chairs_across_a_relative_clause(tmp_path):
    """heldout23 misses: "ดร. เกา คิม ฮวน เลขาธิการอาเซียน ... จะเข้าร่วมการประชุมทั้งสองด้วย" attended one of the two
    meetings to come (both-meetings was read for held meetings only, and without its count), and "จะมีนายวิเวียน
    บาลากฤษณัน ... ซึ่งรับหน้าที่ดังกล่าวตั้งแต่... และนายอิวายะ ทาเคชิ ... เป็นประธานร่วม" made only the second a co-chair."""
    f = _facts(tmp_path, "PMC\n\nรัฐมนตรีว่าการกระทรวงการต่างประเทศจะเข้าร่วมการประชุมรัฐมนตรีต่างประเทศอาเซียน-สหรัฐฯ และการประชุม"
                         "รัฐมนตรีต่างประเทศอาเซียน-ญี่ปุ่น ที่กรุงกัวลาลัมเปอร์ ในวันที่ ๑๑ กรกฎาคม ๒๕๖๘\n\nสำหรับการประชุม"
                         "รัฐมนตรีต่างประเทศอาเซียน-ญี่ปุ่น จะมีนายวิเวียน บาลากฤษณัน รัฐมนตรีว่าการกระทรวงการต่างประเทศสิงคโปร์ "
                         "ในฐานะประเทศผู้ประสานงานความสัมพันธ์อาเซียน-ญี่ปุ่น ซึ่งรับหน้าที่ดังกล่าวตั้งแต่เดือนกรกฎาคม ๒๕๖๗ และ"
                         "นายอิวายะ ทาเคชิ รัฐมนตรีว่าการกระทรวงการต่างประเทศญี่ปุ่น เป็นประธานร่วม\n\nทั้งนี้ ดร. เกา คิม ฮวน "
                         "เลขาธิการอาเซียน จะเข้าร่วมการประชุมทั้งสองด้วย\n", day="2025-07-09", lang="th")
    roles = {(p.meeting.split("/")[0], p.person, p.role) for p in f.participations}
    assert {("asean-japan-fmm", "vivian_balakrishnan", "co-chair"), ("asean-japan-fmm", "takeshi_iwaya", "co-chair"),
            ("asean-japan-fmm", "kao_kim_hourn", "participant"),
            ("asean-usa-fmm", "kao_kim_hourn", "participant")} <= roles


def test_myanmars_u_after_and_is_an_honorific(tmp_path):
    """heldout23, heldout7 misses: "โดยมีนายหนง หรง ... และอู ชาน เอ ปลัดกระทรวงการต่างประเทศเมียนมา ... เป็นประธานร่วม":
    U right after และ was no honorific (it must not end a word), so the Ministry's U Chan Aye attended nothing."""
    f = _facts(tmp_path, "SOM\n\nระหว่างวันที่ ๒๔-๒๖ พ.ค. ๒๕๖๖ จีนจะเป็นเจ้าภาพจัดการประชุมเจ้าหน้าที่อาวุโสอาเซียน-จีน "
                         "ครั้งที่ ๒๙ ที่เมืองเซินเจิ้น โดยมีนายหนง หรง ผู้ช่วยรัฐมนตรีว่าการกระทรวงการต่างประเทศจีน และอู ชาน เอ "
                         "ปลัดกระทรวงการต่างประเทศเมียนมา เป็นประธานร่วม\n", day="2023-05-17", lang="th")
    assert sorted((p.person, p.role) for p in f.participations) == [("chan_aye", "co-chair"), ("nong_rong", "co-chair")]


def test_a_posts_branch_does_not_end_a_thai_sentence(tmp_path):
    """heldout23 miss: "มีนางเมลิสซา บราวน์ รองผู้ช่วยรัฐมนตรีว่าการกระทรวงการต่างประเทศสหรัฐฯ ฝ่ายกิจการเอเชียตะวันออกและแปซิฟิก
    และนายสมบูน สีหานาด ... เป็นประธานร่วม": the sentence was cut before "ฝ่าย", so the first co-chair was none."""
    f = _facts(tmp_path, "MUSP SOM\n\nเมื่อวันที่ ๕ มิถุนายน ๒๕๖๗ การประชุมเจ้าหน้าที่อาวุโสหุ้นส่วนลุ่มน้ำโขง-สหรัฐฯ มีนางเมลิสซา บราวน์ "
                         "รองผู้ช่วยรัฐมนตรีว่าการกระทรวงการต่างประเทศสหรัฐฯ ฝ่ายกิจการเอเชียตะวันออกและแปซิฟิก และนายสมบูน "
                         "สีหานาด อธิบดีกรมเศรษฐกิจ กระทรวงการต่างประเทศ สปป. ลาว เป็นประธานร่วม\n", day="2024-06-05", lang="th")
    assert sorted(p.role for p in f.participations) == ["co-chair", "co-chair"]


def test_a_detainee_is_no_attendee_and_some_in_the_room_others_by_video_is_hybrid(tmp_path):
    """heldout23 misses: "I called on the military regime ... to release Australian Professor Sean Turnell" made him
    an attendee; "some in the room with us and others joining by video link" was online, and its city dropped."""
    f = _facts(tmp_path, "WPS\n\nSenator the Hon Marise Payne\nMinister for Foreign Affairs\n\nToday in Hanoi I co-chaired the second ASEAN-Australia Dialogue on Women, Peace and "
                         "Security with Viet Nam's Minister of Foreign Affairs, His Excellency Bui Thanh Son. Officials "
                         "took part, some in the room with us and others joining by video link. I called on the regime "
                         "to release Australian Professor Sean Turnell.\n", day="2021-11-09")
    assert [(m.mode, m.city) for m in f.meetings] == [("hybrid", "hanoi")]
    assert "sean-turnell" not in {p.person for p in f.participations}


def test_an_upgrade_spoken_of_for_a_year_to_come_is_no_level(tmp_path):
    """heldout7 extra: "... an EU-ASEAN Commemorative Summit in 2027, and said ... the substance of cooperation justified
    elevating relations to a Comprehensive Strategic Partnership on that occasion" gave the EU that level in 2025."""
    f = _facts(tmp_path, "EU at the PMC\n\nThe ASEAN-EU Post Ministerial Conference was held in Kuala Lumpur on 10 July "
                         "2025. The HR/VP invited partners to prepare an EU-ASEAN Commemorative Summit in 2027, and said "
                         "cooperation justified elevating relations to a Comprehensive Strategic Partnership then.\n",
               day="2025-07-10")
    by = _facts(tmp_path, "Kallas sets sights on a Comprehensive Strategic Partnership with ASEAN by 2027\n\nThe ASEAN-EU "
                          "Post Ministerial Conference was held in Kuala Lumpur on 10 July 2025.\n", day="2025-07-10")
    for facts in (f, by):
        assert ("eu", "ComprehensiveStrategicPartnership") not in {(p, lv) for p, lv, _ in _levels(facts)}


def test_a_post_in_apposition_before_the_name(tmp_path):
    """heldout6 miss: "Viet Nam's Deputy Foreign Minister, Nguyen Quoc Dung, underlined ...": the comma after the post
    cut it off from the name, so he had no post and did not attend."""
    f = _facts(tmp_path, "ASEAN-NZ\n\nThe ASEAN-New Zealand Foreign Ministers' Meeting was held by videoconference on 4 "
                         "August 2021. Viet Nam's Deputy Foreign Minister, Nguyen Quoc Dung, underlined the importance of "
                         "the Strategic Partnership.\n", day="2021-08-04")
    assert [(p.person, p.represents) for p in f.participations] == [("nguyen_quoc_dung", "vietnam")]


def test_the_member_taking_over_as_coordinator(tmp_path):
    """heldout22 miss: "Singapore would take over from Thailand as country coordinator for ASEAN-India dialogue
    relations" gave Thailand alone."""
    f = _facts(tmp_path, "ASEAN-India\n\nThe ASEAN-India Foreign Ministers' Meeting was held by videoconference on 4 "
                         "August 2021. The Ministers noted that Singapore would take over from Thailand as country "
                         "coordinator for ASEAN-India dialogue relations.\n", day="2021-08-04")
    assert sorted((c.coordinator, c.partner) for c in f.coordinators) == [("singapore", "india"), ("thailand", "india")]


def test_the_consultations_a_paragraph_on_are_the_ones_just_named(tmp_path):
    """heldout20 misses: "... met ... for the Twenty-Fourth AEM Plus Three Consultations." then "The Consultations were
    co-chaired by H.E. A, ...; H.E. B, ...; and Dr. C, ..." gave the co-chairs to the AEM-METI Consultations of the
    headline, and the semicolons of the list cut all but the first co-chair off."""
    f = _facts(tmp_path, "AEM Plus Three and AEM-METI Consultations\n\nJAKARTA, 16 September 2021 - The economic "
                         "ministers met by video conference on 13 September 2021 for the Twenty-Fourth AEM Plus Three "
                         "Consultations.\n\nThe Consultations were co-chaired by H.E. Dato Dr. Amin Liew Abdullah, Minister "
                         "of Finance and Economy II of Brunei Darussalam; H.E. Wang Wentao, Minister of Commerce of China; "
                         "and Dr. Yoonjong Chun, Deputy Minister of Trade of the Republic of Korea.\n\nOn 15 September "
                         "2021 the Twenty-Seventh AEM-METI Consultations were held.\n", day="2021-09-16")
    chairs = {(p.meeting, p.person) for p in f.participations if p.role == "co-chair"}
    assert chairs == {("aem-plus-three/24", "amin-liew-abdullah"), ("aem-plus-three/24", "wang-wentao"),
                      ("aem-plus-three/24", "yoonjong-chun")}


def test_he_will_co_chair_with_another_and_travel_to_a_city(tmp_path):
    """heldout20 misses: "Secretary of State Antony J. Blinken will travel to Jakarta ... On July 14, the Secretary will
    join ... He will co-chair the session with Indonesian Foreign Minister Retno L.P. Marsudi": no city (travel to),
    and no chair (the pronoun's sentence names the other co-chair; the one before names nobody)."""
    f = _facts(tmp_path, "Travel to Jakarta\n\nSecretary of State Antony J. Blinken will travel to Jakarta, Indonesia, "
                         "July 13-14, 2023.\n\nOn July 14, the Secretary will join the foreign ministers of ASEAN for the "
                         "U.S.-ASEAN Post Ministerial Conference. He will co-chair the session with Indonesian Foreign "
                         "Minister Retno L.P. Marsudi.\n", day="2023-07-07")
    assert [m.city for m in f.meetings] == ["jakarta"]
    assert sorted((p.person, p.role) for p in f.participations) == [("antony_blinken", "co-chair"),
                                                                     ("retno_marsudi", "co-chair")]


def test_an_upgrade_proposed_or_supported_takes_no_year(tmp_path):
    """heldout24 misses: "Canada reiterated its wish to deepen relations, including through the proposed elevation of
    ASEAN-Canada relations to a Strategic Partnership" and "ไทยพร้อมสนับสนุนการยกระดับความร่วมมือสู่ความเป็นหุ้นส่วนทาง
    ยุทธศาสตร์" were given the meeting's year, as if the level were reached there."""
    en = _facts(tmp_path, "Dialogue\n\nThe 17th ASEAN-Canada Dialogue was held by videoconference on 11 August 2020. "
                          "Canada reiterated its wish to deepen relations, including through the proposed elevation of "
                          "ASEAN-Canada relations to a Strategic Partnership.\n", day="2020-08-11")
    th = _facts(tmp_path, "การประชุม\n\nเมื่อวันที่ ๑๓ พฤศจิกายน ๒๕๖๓ นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดแม่โขง-สาธารณรัฐเกาหลี "
                          "ครั้งที่ ๒ และยืนยันว่าไทยพร้อมสนับสนุนการยกระดับความร่วมมือสู่ความเป็นหุ้นส่วนทางยุทธศาสตร์"
                          "ระหว่างประเทศลุ่มน้ำโขงกับสาธารณรัฐเกาหลี\n", day="2020-11-13", lang="th")
    assert ("canada", "StrategicPartnership", None) in _levels(en)
    assert ("rok", "StrategicPartnership", None) in _levels(th)


def test_a_post_of_a_ministry_of_the_kingdom_and_its_short_form_proposing(tmp_path):
    """heldout24 misses: "Ms. Usana Berananda, Director-General of the Department of ASEAN Affairs, Ministry of Foreign
    Affairs of the Kingdom of Thailand, attended ..." represented ASEAN (the Ministry was no country's), and "the
    Director-General highlighted four areas ... First, ..." were ASEAN's proposals, not Thailand's."""
    f = _facts(tmp_path, "Dialogue\n\nOn Tuesday, 11 August 2020, Ms. Usana Berananda, Director-General of the Department "
                         "of ASEAN Affairs, Ministry of Foreign Affairs of the Kingdom of Thailand, attended the 17th "
                         "ASEAN-Canada Dialogue via videoconference.\n\nIn her intervention, the Director-General "
                         "highlighted four areas where ASEAN and Canada could do more together. First, vaccines as global "
                         "public goods. Second, sustainable business practices. Third, women's economic empowerment. "
                         "Fourth, digital connectivity.\n", day="2020-08-11")
    assert [(p.person, p.represents) for p in f.participations] == [("usana_berananda", "thailand")]
    assert {c.by for c in f.commitments if c.kind == "proposal"} == {"thailand"}


def test_will_also_take_part_plans_a_meeting(tmp_path):
    """heldout24 miss: "While in Kuala Lumpur, the Secretary will also take part in the U.S.-ASEAN Post Ministerial
    Conference" was a meeting mentioned in passing ("will take part" was a plan, "will also take part" not)."""
    f = _facts(tmp_path, "Travel\n\nOn Wednesday, August 5, 2015, Secretary Kerry will join the 8th Lower Mekong "
                         "Initiative Ministerial Meeting. While in Kuala Lumpur, the Secretary will also take part in the "
                         "U.S.-ASEAN Post Ministerial Conference.\n", day="2015-07-31")
    assert ("asean-usa-fmm/2015", "planned", "kuala_lumpur") in {(m.key, m.status, m.city) for m in f.meetings}


def test_a_meeting_there_was_in_preparation_for_another_is_held(tmp_path):
    """heldout24, heldout10, heldout11 misses: "ก่อนหน้านั้น เมื่อวันที่ 30 พ.ค. 2553 ได้มีการประชุมเจ้าหน้าที่อาวุโสอาเซียน-GCC
    ณ สิงคโปร์ เพื่อเตรียมการสำหรับการประชุมระดับรัฐมนตรี" was planned ("in preparation for" is about the other meeting)."""
    f = _facts(tmp_path, "อาเซียน-GCC\n\nเมื่อวันที่ ๓๑ พฤษภาคม ๒๕๕๓ ได้มีการประชุมรัฐมนตรีต่างประเทศอาเซียน-GCC ครั้งที่ ๒ ณ สิงคโปร์\n\n"
                         "ก่อนหน้านั้น เมื่อวันที่ 30 พ.ค. 2553 ได้มีการประชุมเจ้าหน้าที่อาวุโสอาเซียน-GCC ณ สิงคโปร์ "
                         "เพื่อเตรียมการสำหรับการประชุมระดับรัฐมนตรี\n", day="2010-06-01", lang="th")
    assert [(m.kind, m.status) for m in f.meetings][:2] == [("MinisterialMeeting", "held"), ("SeniorOfficialsMeeting", "held")]


def test_a_programme_named_by_its_money_is_a_pledge(tmp_path):
    """heldout24, heldout7 misses: "the activities carried out under the AUD 204 million Aus4ASEAN Futures Initiative"
    had no pledge word, so the money was no commitment."""
    f = _facts(tmp_path, "Forum\n\nThe 36th ASEAN-Australia Forum was held in Melbourne on 6 February 2024. "
                         "Participants welcomed the activities carried out under the AUD 204 million Aus4ASEAN Futures "
                         "Initiative.\n", day="2024-02-06")
    assert [(c.by, c.amount, c.currency) for c in f.commitments if c.kind == "pledge"] == [
        ("australia", "204000000", "AUD")]


def test_a_thai_post_ending_with_its_country_proposes_for_it(tmp_path):
    """heldout24 miss: "นายกรัฐมนตรีจีนได้เสนอแนวทาง... ๖ ประการ ได้แก่ (๑) ..." were Thailand's proposals (a Thai post
    with no named holder is the Ministry's own), though the post names China."""
    f = _facts(tmp_path, "การประชุมสุดยอด\n\nเมื่อวันที่ ๑๓ พฤศจิกายน ๒๕๕๗ นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดอาเซียน-จีน "
                         "ครั้งที่ ๑๗\n\nนายกรัฐมนตรีจีนได้เสนอแนวทางกระชับความสัมพันธ์ ๒ ประการ ได้แก่ (๑) การเจรจายกระดับ"
                         "เขตการค้าเสรี (๒) การเร่งรัดการพัฒนาโครงสร้างพื้นฐาน\n", day="2014-11-13", lang="th")
    assert {c.by for c in f.commitments if c.kind == "proposal"} == {"china"}


def _people_roles(facts) -> set[tuple[str, str, str]]:
    return {(p.meeting, p.person, p.role) for p in facts.participations}


def test_malay_titles_and_a_long_malay_name_resolve_to_the_known_person(tmp_path):
    """heldout25 misses: "ดาโต๊ะ ซรี โมฮัมหมัด นาจิบ ตุน อับดุล ราซัก" stopped at ตุน and became a stranger; so did
    "Dato' Sri Mohd Najib Tun Abdul Razak" (Sri taken for a name); and "ดาโต๊ะ เซอรี เซเตีย ดร. ฮาจี" was a name."""
    th = _facts(tmp_path, "การประชุมสุดยอด\n\nเมื่อวันที่ ๑๘ พฤศจิกายน ๒๕๕๘ การประชุมสุดยอดอาเซียน-ญี่ปุ่น ครั้งที่ ๑๘ "
                          "มีดาโต๊ะ ซรี โมฮัมหมัด นาจิบ ตุน อับดุล ราซัก นายกรัฐมนตรีมาเลเซีย เป็นประธาน\n"
                          "การประชุมมีดาโต๊ะ เซอรี เซเตีย ดร. ฮาจี อาวัง อาหมัด บิน ยูซุฟ เป็นผู้แทนบรูไน\n",
                day="2015-11-18", lang="th")
    assert ("asean-japan-summit/18", "najib_razak", "chair") in _people_roles(th)
    assert not [p for p in th.people.values() if "เซเตีย" in p.name_th or "ฮาจี" in p.name_th.split()[:1]]
    en = _facts(tmp_path, "Summit\n\nThe 18th ASEAN-Japan Summit on 21 November 2015 was chaired by H.E. Dato' Sri Mohd "
                          "Najib Tun Abdul Razak, Prime Minister of Malaysia.\n", day="2015-11-22")
    assert ("asean-japan-summit/18", "najib_razak", "chair") in _people_roles(en)


def test_a_foreign_name_spelt_otherwise_beside_its_post_is_the_posts_holder(tmp_path):
    """heldout25 miss: "ชีค คอลิด บิน อะหมัด บิน มุฮัมมัด อาล เคาะลีฟะฮ์ รัฐมนตรีว่าการกระทรวงการต่างประเทศบาห์เรน" (the
    reference spells him คาลิด บิน อาห์หมัด อัล คาลิฟา) was a stranger; and the post, named again as the meeting's
    co-chair to come ("การประชุมครั้งนี้จะมีรัฐมนตรี...บาห์เรน ... เป็นประธานร่วม"), was no one."""
    f = _facts(tmp_path, "อาเซียน-GCC\n\nการประชุมระดับรัฐมนตรีอาเซียน-คณะมนตรีความร่วมมือรัฐอ่าวอาหรับ ครั้งที่ ๓ จะจัดขึ้น"
                         "ในวันอังคารที่ ๒๖ พฤศจิกายน ๒๕๕๖ ณ กรุงมานามา ตามคำเชิญของชีค คอลิด บิน อะหมัด บิน มุฮัมมัด "
                         "อาล เคาะลีฟะฮ์ รัฐมนตรีว่าการกระทรวงการต่างประเทศบาห์เรน\n"
                         "การประชุมครั้งนี้จะมีรัฐมนตรีว่าการกระทรวงการต่างประเทศบาห์เรนในฐานะเจ้าภาพ และนายอานิฟาห์ อามาน "
                         "รัฐมนตรีว่าการกระทรวงการต่างประเทศมาเลเซีย เป็นประธานร่วม\n", day="2013-11-20", lang="th")
    assert ("khalid_bin_ahmed_al_khalifa", "co-chair") in {(p.person, p.role) for p in f.participations}
    assert all(p.in_reference for p in f.people.values())


def test_a_thai_name_followed_by_its_latin_spelling_is_one_person(tmp_path):
    """heldout25 miss: "นางเอลิซาเบธ ทรัสส์ (Elizabeth Truss)" gave two co-chairs, a romanised stranger and Liz Truss;
    a name the reference does not know keeps the English the release gives, not a machine's."""
    f = _facts(tmp_path, "การประชุม\n\nเมื่อวันที่ ๑๕ กันยายน ๒๕๖๔ การประชุมรัฐมนตรีเศรษฐกิจอาเซียน-สหราชอาณาจักร ครั้งที่ ๑ "
                         "มีนางเอลิซาเบธ ทรัสส์ (Elizabeth Truss) รัฐมนตรีว่าการกระทรวงการค้าระหว่างประเทศ และนางสาวกัญญา "
                         "ลีวิงสตัน (Kanya Livingstone) ผู้แทนสิงคโปร์ เป็นประธานร่วม\n", day="2021-09-15", lang="th")
    people = {p.person for p in f.participations}
    assert "liz_truss" in people and len(people) == 2
    other = f.people[next(iter(people - {"liz_truss"}))]
    assert (other.name_en, other.name_th, other.machine_romanised) == ("Kanya Livingstone", "กัญญา ลีวิงสตัน", False)


def test_who_sent_the_head_of_delegation_did_not_attend(tmp_path):
    """heldout25 extra: "ผู้ช่วยรัฐมนตรี ซึ่งได้รับมอบหมายจากนายจุรินทร์ ... ให้เป็นหัวหน้าคณะผู้แทนไทย ได้เข้าร่วม" made
    Jurin an attendee."""
    f = _facts(tmp_path, "การประชุม\n\nเมื่อวันที่ ๑๕ กันยายน ๒๕๖๔ ผู้ช่วยรัฐมนตรีประจำกระทรวงพาณิชย์ ซึ่งได้รับมอบหมายจาก"
                         "นายจุรินทร์ ลักษณวิศิษฏ์ รองนายกรัฐมนตรี ให้เป็นหัวหน้าคณะผู้แทนไทย ได้เข้าร่วมการประชุมรัฐมนตรี"
                         "เศรษฐกิจอาเซียน-สหราชอาณาจักร ครั้งที่ ๑\n", day="2021-09-15", lang="th")
    assert f.meetings and not f.participations


def test_a_sum_raised_from_one_amount_and_a_sum_in_another_currency_are_one_pledge(tmp_path):
    """heldout25 extras: "ขยายกองทุน... จากเดิม ๑ ล้านดอลลาร์สหรัฐ เป็น ๕ ล้านดอลลาร์สหรัฐ" pledged the old sum too; "31 ล้าน
    ดอลลาร์นิวซีแลนด์ (ประมาณ 21.37 ล้านดอลลาร์สหรัฐ)" was two pledges."""
    f = _facts(tmp_path, "Summit\n\nAt the 13th ASEAN-India Summit on 21 November 2015 India pledged to enlarge the science fund "
                         "from US$ 1 million to US$ 5 million. New Zealand will provide NZD 31 million (about USD 21.37 "
                         "million) for cooperation.\n", day="2015-11-22")
    assert sorted((c.amount, c.currency) for c in f.commitments if c.kind == "pledge") == [
        ("31000000", "NZD"), ("5000000", "USD")]


def test_a_meeting_named_after_a_stop_word_in_a_run_of_thai_and_its_own_clause(tmp_path):
    """heldout25 miss: "การประชุมระดับรัฐมนตรีครั้งนี้ต่อยอดจากการประชุมเจ้าหน้าที่อาวุโส...ครั้งที่ ๑ ซึ่งจัดขึ้นเมื่อ... โดยมี
    ... เป็นประธานร่วม": the second name, in the same run of letters, was never looked for; its co-chairs are its own."""
    f = _facts(tmp_path, "แม่โขง-ล้านช้าง\n\nการประชุมรัฐมนตรีต่างประเทศกรอบความร่วมมือแม่โขง-ล้านช้าง ครั้งที่ ๑ จะจัดขึ้นในวันที่ "
                         "๑๒ พฤศจิกายน ๒๕๕๘\n\nการประชุมระดับรัฐมนตรีครั้งนี้ต่อยอดจากการประชุมเจ้าหน้าที่อาวุโสกรอบความร่วมมือ"
                         "แม่โขง-ล้านช้าง ครั้งที่ ๑ ซึ่งจัดขึ้นเมื่อวันที่ ๖ เมษายน ๒๕๕๘ ณ กรุงปักกิ่ง โดยมีนายนพดล เทพพิทักษ์ "
                         "และนายหลิว เจิ้นหมิน เป็นประธานร่วม\n", day="2015-11-10", lang="th")
    assert {m.key for m in f.meetings} == {"mlc-fmm/1", "mlc-som/1"}
    assert {p.meeting for p in f.participations} == {"mlc-som/1"}


def test_a_short_thai_name_run_into_the_next_word_is_the_person_named_before(tmp_path):
    """heldout25 extra: "นายซินแคลร์ได้กล่าวถึง" after "นายมาร์ก ซินแคลร์" became a person "ซิน"."""
    f = _facts(tmp_path, "การประชุม\n\nเมื่อวันที่ ๗ เมษายน ๒๕๖๕ การประชุมเจ้าหน้าที่อาวุโสอาเซียน-นิวซีแลนด์ ครั้งที่ ๒๙ "
                         "มีนายมาร์ก ซินแคลร์ หัวหน้าคณะเจ้าหน้าที่อาวุโสนิวซีแลนด์ เป็นประธานร่วม ขณะที่นายซินแคลร์ได้กล่าวถึง"
                         "ความสัมพันธ์\n", day="2022-04-07", lang="th")
    assert len({p.person for p in f.participations}) == 1


def test_proposals_listed_after_a_relative_clause_are_its_subjects(tmp_path):
    """heldout25 miss: "ที่ประชุมฯ ยินดีต่อข้อริเริ่ม ๓ ประการที่ประธานาธิบดีอี มย็อง-บัก ได้ประกาศไว้ ... ได้แก่ (๑) ..." were
    ASEAN's proposals (the meeting welcomed them), not the Republic of Korea's."""
    th = _facts(tmp_path, "การประชุมสุดยอด\n\nเมื่อวันที่ ๒๔ ตุลาคม ๒๕๕๒ มีการประชุมสุดยอดอาเซียน-สาธารณรัฐเกาหลี ครั้งที่ ๑๒ "
                          "ที่ประชุมฯ ยินดีต่อข้อริเริ่ม ๒ ประการที่ประธานาธิบดีสาธารณรัฐเกาหลีได้ประกาศไว้ ได้แก่ (๑) ความร่วมมือ"
                          "เพื่อการพัฒนา และ (๒) การเติบโตสีเขียว\n", day="2009-10-25", lang="th")
    assert {c.by for c in th.commitments if c.kind == "proposal"} == {"rok"}
    en = _facts(tmp_path, "Summit\n\nThe 12th ASEAN-ROK Summit was held on 24 October 2009. The Summit welcomed the three "
                          "initiatives that the Republic of Korea announced in June: (1) development cooperation, "
                          "(2) green growth and (3) people-to-people exchanges.\n", day="2009-10-25")
    assert {c.by for c in en.commitments if c.kind == "proposal"} == {"rok"}


def test_a_byline_of_its_own_names_the_publisher(tmp_path):
    """heldout25 misses: "Ministry of External Affairs, New Delhi" in a text file's first lines, then "Prime Minister
    announced the following initiatives: (i) ..." (the publisher's own Prime Minister) gave no proposer, and "(i) a line
    of credit of US$ 1 billion" no pledge."""
    path = tmp_path / "release.txt"
    path.write_text("Prime Minister at the ASEAN-India Summit\n\nMinistry of External Affairs, New Delhi\nNovember 22, "
                    "2015\n\nPrime Minister Shri Narendra Modi attended the 13th ASEAN-India Summit in Kuala Lumpur on 21 "
                    "November 2015.\n\nPrime Minister announced the following initiatives:\n\n(i) a line of credit of "
                    "US$ 1 billion for connectivity projects;\n(ii) a project development fund.\n", encoding="utf-8")
    f = extract(path).facts
    assert {c.by for c in f.commitments if c.kind == "proposal"} == {"india"}
    assert [(c.by, c.amount) for c in f.commitments if c.kind == "pledge"] == [("india", "1000000000")]


def test_a_name_set_off_before_its_post_and_the_subject_of_a_role_to_come(tmp_path):
    """heldout25 misses: "co-chaired by Catherine Ashton, High Representative ..." (no honorific, not in the reference);
    "X, Deputy Minister ..., will head the delegation ... and co-chair the meeting with Ms. Y" made only Y a co-chair.
    Not a name: "On Sunday, the President ..."; "THE WHITE HOUSE" holds no honorific "HE"."""
    f = _facts(tmp_path, "THE WHITE HOUSE\n\nThe 19th ASEAN-EU Ministerial Meeting on 26 April 2012 was co-chaired by Catherine "
                         "Ashton, High Representative of the Union for Foreign Affairs and Security Policy, and the Minister "
                         "of Foreign Affairs of Brunei Darussalam. On Sunday, the President joined.\n\n"
                         "The 25th ASEAN-ROK Dialogue will be held on 6 July 2012. Yeo Seung-bae, Deputy Minister for Political "
                         "Affairs, will head the delegation and co-chair the meeting with Ms. Emaleen Abdul Rahman Teo.\n",
                day="2012-04-27")
    names = {f.people[p.person].name_en: p.role for p in f.participations}
    assert names.get("Catherine Ashton") == "co-chair" and names.get("Yeo Seung-bae") == "co-chair"
    assert not [n for n in names if "Sunday" in n or "WHITE" in n]


def test_a_one_word_alias_names_someone_after_a_title_only(tmp_path):
    """heldout25 extra: "at the Dusit Thani Manila" (a hotel) made Thani Thongphakdi an attendee."""
    f = _facts(tmp_path, "Forum\n\nThe 27th ASEAN-Australia Forum was held on 25-26 March 2015 at the Dusit Thani Manila. "
                         "Ambassador Thani spoke later.\n", day="2015-03-30")
    assert len([m for m in recognise("held at the Dusit Thani Manila", 2015).of("person")]) == 0
    assert {p.person for p in f.participations} <= {"thani_thongphakdi"}


def test_when_a_plan_for_a_partnership_expired_is_not_the_partnerships_year(tmp_path):
    """heldout25 miss: "the Priority Plan for the ASEAN-Norway Sectoral Dialogue Partnership expired in March 2021" dated
    the partnership 2021; "was accorded the status of Sectoral Dialogue Partner of ASEAN in 2015" says when."""
    f = _facts(tmp_path, "JSCC\n\nThe 6th ASEAN-Norway Joint Sectoral Cooperation Committee met on 31 May 2021. The Priority "
                         "Plan for the ASEAN-Norway Sectoral Dialogue Partnership expired in March 2021.\n\nNorway was "
                         "accorded the status of Sectoral Dialogue Partner of ASEAN in 2015.\n", day="2021-06-01")
    assert ("norway", "SectoralDialoguePartner", 2015) in _levels(f)


def test_a_consultation_of_asean_with_a_partner_is_a_meeting(tmp_path):
    """heldout25 misses: "การหารือระหว่างคณะกรรมการผู้แทนถาวรประจำอาเซียนกับนางเมลานี โฌลี รัฐมนตรีว่าการกระทรวงการต่างประเทศ
    แคนาดา" and "จะจัดการหารือระดับสูงอาเซียน-สหภาพยุโรปว่าด้วย... ครั้งที่ ๒" (to come) were no meetings. Not one:
    ASEAN's own discussion ("การหารือระหว่างรัฐมนตรีต่างประเทศอาเซียนเพื่อติดตาม...")."""
    f = _facts(tmp_path, "อาเซียน-แคนาดา\n\nเมื่อวันจันทร์ที่ ๑๑ เมษายน ๒๕๖๕ ผู้แทนถาวรไทยประจำอาเซียนได้เข้าร่วมการหารือระหว่าง"
                         "คณะกรรมการผู้แทนถาวรประจำอาเซียน (Committee of Permanent Representatives to ASEAN: CPR) กับนางเมลานี "
                         "โฌลี รัฐมนตรีว่าการกระทรวงการต่างประเทศแคนาดา ณ สำนักเลขาธิการอาเซียน กรุงจาการ์ตา\n\nทั้งสองฝ่ายจะจัด"
                         "การหารือระดับสูงอาเซียน-สหภาพยุโรปว่าด้วยความร่วมมือด้านความมั่นคงทางทะเล ครั้งที่ ๒ ที่มาเลเซีย "
                         "และมีการหารือระหว่างรัฐมนตรีต่างประเทศอาเซียนเพื่อติดตามการดำเนินการ\n", day="2022-04-12", lang="th")
    assert {(m.kind, m.parties[-1], m.status, m.city) for m in f.meetings} == {
        ("Other", "canada", "held", "jakarta"), ("Other", "eu", "planned", "")}
    assert {p.person for p in f.participations} == {"melanie_joly"}


def test_a_meeting_named_in_passing_a_month_back_is_the_past_and_held_where_it_was(tmp_path):
    """dev and heldout25: "...ซึ่งได้ประกาศในการหารือระหว่างรัฐมนตรีเศรษฐกิจอาเซียนกับแคนาดา ครั้งที่ 10 เมื่อเดือน พ.ย. 2564" (in
    a release of March 2565) took the sentences after it from the meeting reported; a past meeting told as held in a city
    was held in person."""
    f = _facts(tmp_path, "อาเซียน-แคนาดา\n\nเมื่อวันที่ 28 มี.ค. 2565 ได้มีการประชุมคณะกรรมการความร่วมมือร่วมอาเซียน-แคนาดา ครั้งที่ 10 "
                         "ผ่านระบบการประชุมทางไกล\n\nที่ประชุมฯ ยินดีต่อการเปิดการเจรจาความตกลงการค้าเสรี ซึ่งได้ประกาศในการหารือ"
                         "ระหว่างรัฐมนตรีเศรษฐกิจอาเซียนกับแคนาดา ครั้งที่ 10 เมื่อเดือน พ.ย. 2564\n\nที่ประชุมฯ ได้หารือเรื่อง"
                         "การค้าและการลงทุน\n\nการประชุมนี้ต่อยอดจากการประชุมคณะกรรมการความร่วมมือร่วมอาเซียน-แคนาดา ครั้งที่ 9 "
                         "ซึ่งจัดขึ้นเมื่อวันที่ 3 มีนาคม 2563 ณ กรุงจาการ์ตา\n", day="2022-03-28", lang="th")
    assert {t.meeting for t in f.topics} == {"asean-canada-jcc/10"}
    assert ("asean-canada-jcc/9", "in-person", "jakarta") in {(m.key, m.mode, m.city) for m in f.meetings}
