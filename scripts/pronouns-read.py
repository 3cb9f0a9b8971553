#!/usr/bin/env python3
"""Pronoun sources as a reader judges them, beside the PolNeAR scorer's pronAcc.

The scorer judges a pronoun source ("he said") against the nearest earlier non-pronoun gold source
in the file, which is not always whom the pronoun stands for. For dev, every pronoun row the scorer
counts wrong was read by hand against the article (scripts/polnear-dev-pronouns-read.tsv: file,
gold start, crq's speaker, verdict right|wrong, judge_is, why). A verdict counts only while crq still gives
the speaker it was made for (whatever its case or apostrophe); any other wrong row counts wrong, so the figure cannot rise unread.
judge_is says whom the scorer's judge (that earlier gold source) names: the person or body the pronoun stands for
("referent"), the same under a description or another spelling that no name of it shares ("referent, other words"),
or someone else. From it the script prints the most any system could score by the scorer's rule: the scorer's right
rows (taken as right) and the read rows whose judge is the referent; a row whose judge is someone else can only be
counted right by naming that someone else.
Usage: pronouns-read.py DETAILS.tsv VERDICTS.tsv SCORER.py
"""
import csv, importlib.util, sys

details, verdicts, scorer = sys.argv[1:4]
spec = importlib.util.spec_from_file_location("scorer", scorer)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
rows = [r for r in csv.DictReader(open(details, encoding="utf-8"), delimiter="\t")
        if r["status"] == "TP" and r["source_ok"] in ("0", "1") and score.is_pronoun(r["gold_source"])]
read = {(v["file"], v["start"]): v for v in csv.DictReader(open(verdicts, encoding="utf-8"), delimiter="\t")}
right = sum(r["source_ok"] == "1" for r in rows)
wrong = [r for r in rows if r["source_ok"] == "0"]
def same(a, b):  # the same speaker, whatever its case or apostrophe
    return a is not None and a.lower().replace("\u2019", "'") == b.lower().replace("\u2019", "'")
unread = [r for r in wrong if not same(read.get((r["file"], r["gold_start"]), {}).get("crq_speaker"), r["pred_speaker"])]
reader = sum(read[(r["file"], r["gold_start"])]["verdict"] == "right" for r in wrong if r not in unread)
if rows:
    print(f"pronoun sources read by hand: {100 * (right + reader) / len(rows):.1f} ({right + reader} of {len(rows)}; "
          f"the scorer's {right} and {reader} of its {len(wrong)} wrong rows right for a reader, {len(unread)} not read)")
    if not unread:
        judged = [read[(r["file"], r["gold_start"])]["judge_is"] for r in wrong]
        named = right + judged.count("referent")
        worded = named + judged.count("referent, other words")
        print(f"pronAcc within reach of a system that names every pronoun's referent: {100 * named / len(rows):.1f} "
              f"({named} of {len(rows)}); {100 * worded / len(rows):.1f} if it also took the words of the scorer's "
              f"earlier gold source (a description, another spelling); {len(rows) - worded} rows judged against "
              f"someone else")
