#!/usr/bin/env python3
"""Checks the sample gold files against their articles.

    python3 samples/check_gold.py [--show]

For every samples/gold/NAME.json: the fields of ../shared/gold/SCHEMA.md plus `layout` are present,
line numbers are in range, the title is the text of one body line, and every entity mention, quote
text, event evidence and amount text occurs verbatim in a title/body line. --show prints each
body and caption line with its number, for reading by eye. Exit status 1 on any problem.
"""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["doc", "lang", "layout", "title", "outlet", "credits", "authors", "published", "dateline",
          "body_lines", "caption_lines", "entities", "quotes", "events", "amounts"]
LAYOUTS = {"state-agency", "broadcaster", "portal", "newspaper", "wire-dateline", "minimal", "english", "latin1"}
TYPES = {"PER", "ORG", "LOC", "MISC"}
EVENTS = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "REJECT", "ACCUSE", "REQUEST", "THREATEN", "SANCTION", "MOBILIZE", "AID"}
MODES = {None, "in_person", "phone", "video", "visit", "multilateral"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def date_ok(s):
    if s is None or s in WEEKDAYS or re.fullmatch(r"--\d\d-\d\d", s):
        return True
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def check(path, show):
    g = json.load(open(path, encoding="utf-8"))
    errs = []
    missing = [f for f in FIELDS if f not in g]
    if missing:
        return [f"missing fields {missing}"]
    art = os.path.join(HERE, "articles", g["doc"])
    if os.path.basename(path) != g["doc"] + ".json":
        errs.append("file name is not doc + '.json'")
    lines = open(art, encoding="utf-8").read().split("\n")
    if g["layout"] not in LAYOUTS:
        errs.append(f"unknown layout {g['layout']}")
    if g["layout"] == "latin1":
        try:
            open(art, encoding="utf-8").read().encode("iso-8859-1")
        except UnicodeEncodeError as e:
            errs.append(f"not encodable in ISO-8859-1: {e}")
    for n in g["body_lines"] + g["caption_lines"]:
        if not 1 <= n <= len(lines) or not lines[n - 1].strip():
            errs.append(f"line {n} is out of range or blank")
    if set(g["body_lines"]) & set(g["caption_lines"]):
        errs.append("a line is both body and caption")
    body = [lines[n - 1] for n in g["body_lines"] if 1 <= n <= len(lines)]
    if g["title"] is not None and g["title"] not in body:
        errs.append("title is not a body line")
    if not date_ok(g["published"]) or (g["published"] or "x")[0] in WEEKDAYS:
        errs.append(f"bad published {g['published']}")

    def verbatim(s, what):
        if not any(s in l for l in body):
            errs.append(f"{what} not verbatim in body: {s!r}")

    for e in g["entities"]:
        if e["type"] not in TYPES or not e["names"]:
            errs.append(f"bad entity {e}")
        for m in e.get("mentions", []):
            verbatim(m, "mention")
    for q in g["quotes"]:
        verbatim(q["text"], "quote")
        if not q["speaker"]:
            errs.append(f"quote without speaker {q['text'][:40]}")
    for v in g["events"]:
        verbatim(v["evidence"], "evidence")
        if v["type"] not in EVENTS or v["mode"] not in MODES or v["status"] not in {"happened", "planned", "cancelled"}:
            errs.append(f"bad event {v['type']} {v['mode']} {v['status']}")
        if not date_ok(v["date"]):
            errs.append(f"bad event date {v['date']}")
        pub = g["published"]
        if v["date"] and pub and len(pub) == 10 and len(v["date"]) == 10:
            later = v["date"] > pub
            if later != (v["status"] == "planned") and v["date"] != pub:
                errs.append(f"event date {v['date']} vs published {pub} and status {v['status']}")
    for a in g["amounts"]:
        verbatim(a["text"], "amount")
    if show:
        print(f"== {g['doc']} [{g['layout']}] title={g['title']!r} published={g['published']} dateline={g['dateline']}")
        for n in sorted(g["body_lines"] + g["caption_lines"]):
            tag = "C" if n in g["caption_lines"] else "B"
            print(f"  {tag}{n:3d} {lines[n - 1][:110]}")
    return errs


def main():
    show = "--show" in sys.argv
    gold = os.path.join(HERE, "gold")
    bad = 0
    for f in sorted(os.listdir(gold)):
        if f.endswith(".json"):
            for e in check(os.path.join(gold, f), show):
                print(f"{f}: {e}")
                bad += 1
    print("ok" if not bad else f"{bad} problem(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
