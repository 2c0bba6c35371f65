"""Generate N realistic ASEAN press releases in Thai and English for the benchmark and the tests.

Releases are filled from templates with the reference data (seeds/reference/*.csv): partners and
their Thai names, people in the posts they held in that year, dates in BE with Thai digits and in
CE, amounts with scale words, meeting kinds and attendance modes. Output is deterministic for a
seed, so a benchmark run can be repeated on the same corpus.

    python -m bench.corpus 1000 /tmp/corpus-1k
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent.parent / "seeds" / "reference"
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
THAI_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
               "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
PARTNERS = ["australia", "canada", "china", "eu", "india", "japan", "rok", "newzealand", "russia", "uk", "usa"]
HOST_CITIES = ["jakarta", "bangkok", "vientiane", "phnom_penh", "hanoi", "manila", "kuala_lumpur", "singapore_city",
               "bandar_seri_begawan", "nay_pyi_taw", "bali", "labuan_bajo", "luang_prabang", "siem_reap"]
ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}

# (English name pattern, Thai name pattern, level of the people who attend)
KINDS = {
    "summit": ("ASEAN-{p} Summit", "การประชุมสุดยอดอาเซียน-{p}", "leader"),
    "fmm": ("ASEAN-{p} Foreign Ministers' Meeting", "การประชุมรัฐมนตรีต่างประเทศอาเซียน-{p}", "minister"),
    "som": ("ASEAN-{p} Senior Officials' Meeting", "การประชุมเจ้าหน้าที่อาวุโสอาเซียน-{p}", "official"),
}
LEVEL_POSTS = {
    "leader": ("Prime Minister", "President", "Premier of the State Council", "President of the European Council"),
    "minister": ("Minister of Foreign Affairs", "Secretary of State", "Minister of External Affairs",
                 "High Representative", "Secretary of State for Foreign"),
    "official": ("Deputy", "Permanent Secretary", "Vice Minister", "Assistant Secretary", "Deputy Minister"),
}
TOPICS_EN = ["climate change", "the digital economy", "maritime cooperation", "connectivity", "public health",
             "supply chains", "energy security", "the South China Sea", "the situation in Myanmar", "food security",
             "sustainable development", "human capital development", "counter-terrorism", "the Indo-Pacific",
             "economic integration", "the COVID-19 recovery", "cybersecurity", "smart cities"]
TOPICS_TH = ["การเปลี่ยนแปลงสภาพภูมิอากาศ", "เศรษฐกิจดิจิทัล", "ความร่วมมือทางทะเล", "ความเชื่อมโยง", "สาธารณสุข",
             "ห่วงโซ่อุปทาน", "ความมั่นคงด้านพลังงาน", "ทะเลจีนใต้", "สถานการณ์ในเมียนมา", "ความมั่นคงทางอาหาร",
             "การพัฒนาที่ยั่งยืน", "การพัฒนาทุนมนุษย์", "การต่อต้านการก่อการร้าย", "เศรษฐกิจดิจิทัล",
             "การรับมือและฟื้นฟูจากโควิด-19", "ความมั่นคงทางไซเบอร์"]
PURPOSES_EN = ["the COVID-19 ASEAN Response Fund", "scholarships for ASEAN students", "the ASEAN Smart Cities Network",
               "maritime law enforcement training", "clean energy projects in the Mekong subregion",
               "the ASEAN Centre for Public Health Emergencies and Emerging Diseases", "disaster management"]
PURPOSES_TH = ["กองทุนรับมือโควิด-๑๙ ของอาเซียน", "ทุนการศึกษาสำหรับนักศึกษาอาเซียน", "โครงการพลังงานสะอาดในอนุภูมิภาคลุ่มน้ำโขง",
               "การบริหารจัดการภัยพิบัติ", "การพัฒนาทุนมนุษย์ในภูมิภาค"]
CURRENCIES_EN = [("US$", "USD"), ("A$", "AUD"), ("EUR ", "EUR"), ("NZ$", "NZD"), ("US$", "USD")]
CURRENCIES_TH = ["ดอลลาร์สหรัฐ", "ยูโร", "ดอลลาร์ออสเตรเลีย", "บาท"]
LEVELS = {"DialoguePartner": ("Dialogue Partnership", "คู่เจรจา"),
          "StrategicPartnership": ("Strategic Partnership", "หุ้นส่วนทางยุทธศาสตร์"),
          "ComprehensiveStrategicPartnership": ("Comprehensive Strategic Partnership",
                                                "หุ้นส่วนทางยุทธศาสตร์ที่ครอบคลุม")}
MODES_EN = [("via videoconference", "online"), ("in {city}", "in-person"), ("in {city}", "in-person")]
MODES_TH = ["ผ่านระบบการประชุมทางไกล", "ณ {city}", "ณ {city}"]


@dataclass
class Actor:
    id: str
    en: str
    th: str


@dataclass
class Post:
    person: str
    name_en: str
    name_th: str
    post_en: str
    post_th: str
    actor: str
    start: int
    end: int


@cache
def reference() -> dict:
    """The reference tables the templates draw on, read once."""

    def rows(name: str) -> list[dict[str, str]]:
        with open(REFERENCE / name, encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    actors = {}
    for r in rows("actors.csv"):
        short_th = min([r["label_th"], *[a for a in r["aliases_th"].split(";") if a]], key=len)
        short_en = {"usa": "U.S.", "rok": "ROK", "eu": "EU", "china": "China", "russia": "Russia",
                    "uk": "UK"}.get(r["id"], r["label_en"])
        actors[r["id"]] = Actor(r["id"], short_en, short_th)
    people = {r["id"]: r for r in rows("people.csv")}
    posts = []
    for r in rows("posts.csv"):
        person = people.get(r["person_id"])
        if not person or not r["actor_id"] or not person["label_th"]:
            continue
        start = int(r["from"][:4]) if r["from"][:4].isdigit() else 1990
        end = int(r["to"][:4]) if r["to"][:4].isdigit() else 2030
        posts.append(Post(r["person_id"], person["label_en"], person["label_th"], r["post_en"], r["post_th"],
                          r["actor_id"], start, end))
    places = {r["id"]: Actor(r["id"], r["label_en"], r["label_th"]) for r in rows("places.csv")}
    coordinators = [(r["partner_id"], r["coordinator_id"], int(r["from_year"]), int(r["to_year"] or 2030))
                    for r in rows("coordinators.csv") if r["from_year"].isdigit()]
    partnerships = [(r["partner_id"], r["level"], int(r["since_year"])) for r in rows("partnerships.csv")
                    if r["since_year"].isdigit() and r["level"] in LEVELS]
    return {"actors": actors, "posts": posts, "places": places, "coordinators": coordinators,
            "partnerships": partnerships}


def thai_num(n: int | str) -> str:
    return str(n).translate(THAI_DIGITS)


def ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else ORDINAL_SUFFIX.get(n % 10, "th")
    return f"{n}{suffix}"


def _person(rng: random.Random, actor: str, level: str, year: int) -> Post | None:
    posts = [p for p in reference()["posts"] if p.actor == actor and p.start <= year <= p.end
             and any(p.post_en.startswith(w) for w in LEVEL_POSTS[level])]
    if not posts:
        posts = [p for p in reference()["posts"] if p.actor == actor and p.start <= year <= p.end]
    return rng.choice(posts) if posts else None


def _coordinator(partner: str, year: int) -> str | None:
    for p, c, start, end in reference()["coordinators"]:
        if p == partner and start <= year <= end:
            return c
    return None


@dataclass
class Plan:
    """What one release is about; the English and Thai writers render it."""

    partner: Actor
    kind: str
    ordinal: int
    day: date
    days: int
    city: Actor
    mode: int
    chair: Post | None
    guest: Post | None
    coordinator: Actor | None
    pledge: tuple[float, int, int, int] | None  # amount, scale index, currency index, purpose index
    topics: list[int]
    proposals: int
    status_planned: bool
    partnership: tuple[str, int] | None = None


def plan(rng: random.Random) -> Plan:
    ref = reference()
    partner = ref["actors"][rng.choice(PARTNERS)]
    kind = rng.choice(list(KINDS))
    year = rng.randint(2015, 2025)
    day = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
    level = KINDS[kind][2]
    coord = _coordinator(partner.id, year)
    return Plan(
        partner=partner, kind=kind, ordinal=rng.randint(1, 40) if kind != "fmm" or rng.random() < 0.5 else 0,
        day=day, days=rng.choice([1, 1, 1, 2]), city=ref["places"][rng.choice(HOST_CITIES)], mode=rng.randrange(3),
        chair=_person(rng, "thailand", level, year), guest=_person(rng, partner.id, level, year),
        coordinator=ref["actors"][coord] if coord else None,
        pledge=(rng.choice([1, 1.5, 2, 5, 10, 21, 50, 100, 112, 250]), rng.randrange(2), rng.randrange(5),
                rng.randrange(7)) if rng.random() < 0.6 else None,
        topics=rng.sample(range(len(TOPICS_EN)), rng.randint(2, 5)), proposals=rng.choice([0, 0, 2, 3]),
        status_planned=rng.random() < 0.1,
        partnership=next(((lv, y) for pid, lv, y in ref["partnerships"] if pid == partner.id and y <= year
                          and rng.random() < 0.3), None),
    )


def english(p: Plan) -> str:
    name = KINDS[p.kind][0].format(p=p.partner.en)
    full = f"{ordinal_en(p.ordinal)} {name}" if p.ordinal else name
    when = f"{p.day.day} {EN_MONTHS[p.day.month - 1]} {p.day.year}"
    if p.days > 1:
        end = p.day + timedelta(days=p.days - 1)
        when = f"{p.day.day}-{end.day} {EN_MONTHS[end.month - 1]} {end.year}" if end.month == p.day.month else when
    mode, _ = MODES_EN[p.mode]
    mode = mode.format(city=p.city.en)
    verb = "will be held" if p.status_planned else "was held"
    out = [f"ASEAN and {p.partner.en} Advance Cooperation at the {full}"]
    out.append(f"{p.city.en.upper()}, {when} – The {full} {verb} {mode} on {when}.")
    people = []
    if p.chair:
        people.append(f"{p.chair.name_en}, {p.chair.post_en} of Thailand")
    if p.guest:
        people.append(f"{p.guest.name_en}, {p.guest.post_en} of {p.partner.en}")
    if people:
        out.append(f"The meeting was co-chaired by {' and '.join(people)}.")
    if p.coordinator:
        out.append(f"{p.coordinator.en} attended in its capacity as Country Coordinator for ASEAN-{p.partner.en} "
                   f"Dialogue Relations.")
    topics = [TOPICS_EN[i % len(TOPICS_EN)] for i in p.topics]
    out.append(f"The meeting discussed {', '.join(topics[:-1])} and {topics[-1]}.")
    if p.pledge:
        amount, scale, cur, purpose = p.pledge
        sym, _code = CURRENCIES_EN[cur]
        out.append(f"{p.partner.en} announced {sym}{amount:g} {['million', 'billion'][scale]} for "
                   f"{PURPOSES_EN[purpose]}.")
    if p.proposals:
        items = "; ".join(f"({i + 1}) to strengthen cooperation on {TOPICS_EN[(p.topics[0] + i) % len(TOPICS_EN)]}"
                          for i in range(p.proposals))
        out.append(f"Thailand proposed {p.proposals} areas of cooperation: {items}.")
    if p.partnership:
        level, since = p.partnership
        out.append(f"Leaders recalled that relations were elevated to a {LEVELS[level][0]} in {since}.")
    out.append("The two sides looked forward to the next meeting.")
    return "\n\n".join([out[0], " ".join(out[1:4]), " ".join(out[4:])]) + "\n"


def thai(p: Plan) -> str:
    name = KINDS[p.kind][1].format(p=p.partner.th)
    full = f"{name} ครั้งที่ {thai_num(p.ordinal)}" if p.ordinal else name
    be = p.day.year + 543
    when = f"{thai_num(p.day.day)} {THAI_MONTHS[p.day.month - 1]} {thai_num(be)}"
    mode = MODES_TH[p.mode].format(city=p.city.th)
    out = [f"ไทยร่วม{full} {mode} ส่งเสริมความร่วมมืออาเซียน-{p.partner.th}"]
    lead = f"เมื่อวันที่ {when} "
    if p.chair:
        lead += f"{'นาย' if not p.chair.name_th.startswith(('พล', 'นาง')) else ''}{p.chair.name_th} {p.chair.post_th} "
    lead += f"{'จะเข้าร่วม' if p.status_planned else 'ได้เข้าร่วม'}{full} {mode}"
    if p.guest:
        lead += f" โดยมี{p.guest.name_th} {p.guest.post_th}{p.partner.th} เป็นประธานร่วม"
    out.append(lead)
    if p.coordinator:
        out.append(f"{p.coordinator.th}ในฐานะประเทศผู้ประสานงานความสัมพันธ์อาเซียน-{p.partner.th} ได้กล่าวถ้อยแถลง")
    topics = list(dict.fromkeys(TOPICS_TH[i % len(TOPICS_TH)] for i in p.topics))
    out.append(f"ที่ประชุมฯ หารือเกี่ยวกับ{' '.join(topics)}")
    if p.pledge:
        amount, scale, cur, purpose = p.pledge
        words = "ล้าน" if scale == 0 else "พันล้าน"
        out.append(f"ทั้งนี้ {p.partner.th}ได้ประกาศสมทบเงินจำนวน {thai_num(f'{amount:g}')} {words}"
                   f"{CURRENCIES_TH[cur % len(CURRENCIES_TH)]} ให้แก่{PURPOSES_TH[purpose % len(PURPOSES_TH)]}")
    if p.proposals:
        items = " ".join(f"({thai_num(i + 1)}) การส่งเสริมความร่วมมือด้าน{TOPICS_TH[(p.topics[0] + i) % len(TOPICS_TH)]}"
                         for i in range(p.proposals))
        out.append(f"ไทยได้เสนอแนวทาง {thai_num(p.proposals)} ประการ ได้แก่ {items}")
    if p.partnership:
        level, since = p.partnership
        out.append(f"ทั้งสองฝ่ายยกระดับความสัมพันธ์เป็น{LEVELS[level][1]}เมื่อปี {thai_num(since + 543)}")
    return "\n".join(out) + "\n"


def render(p: Plan, lang: str, fmt: str, stem: str) -> str:
    body = english(p) if lang == "en" else thai(p)
    if fmt == "md":
        return f"---\ntitle: {body.splitlines()[0]}\ndate: {p.day.isoformat()}\nlanguage: {lang}\n---\n\n{body}"
    if fmt == "html":
        from html import escape

        paras = "".join(f"<p>{escape(line)}</p>\n" for line in body.splitlines()[1:] if line.strip())
        return (f"<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
                f"<title>{escape(body.splitlines()[0])}</title>"
                f"<meta name=\"date\" content=\"{p.day.isoformat()}\"><style>p{{margin:0}}</style></head>\n"
                f"<body><nav>Home | News</nav><h1>{escape(body.splitlines()[0])}</h1>\n{paras}"
                f"<footer>© {stem}</footer></body></html>\n")
    return body


def generate(n: int, out: Path, seed: int = 6) -> list[Path]:
    """Write ``n`` releases into ``out`` (about half Thai, some .md and .html) and return their paths."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = plan(rng)
        lang = "th" if rng.random() < 0.5 else "en"
        fmt = rng.choices(["txt", "md", "html"], weights=[80, 12, 8])[0]
        stem = f"{i:06d}_{lang}_{p.partner.id}_{p.kind}"
        path = out / (f"{i // 1000:03d}" if n > 2000 else "") / f"{stem}.{fmt}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(p, lang, fmt, stem), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args(argv)
    paths = generate(args.n, args.out, args.seed)
    print(f"wrote {len(paths)} releases to {args.out}")


if __name__ == "__main__":
    main()
