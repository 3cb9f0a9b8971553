#!/usr/bin/env python3
"""B-cubed precision, recall and F1 of quotations grouped by canonical speaker, on PolNeAR.

Usage: speaker-bcubed.py DETAILS.tsv GOLD.tsv TEXT_DIR   (DETAILS: the scorer's --details output)

Items are the matched (TP) attributions whose gold source names someone; each item's predicted
cluster is its predicted (canonical) speaker, an empty speaker being a cluster of its own.
The gold gives source text, not persons, so gold clusters come from that text by these rules:
- pronoun and relative-pronoun sources, and descriptions with no capitalised word ("the campaign",
  "officials", "the former governor") are left out: their text does not say who they are;
- of the text before an apposition (",", " of ", " for ", "("), the run of capitalised words that
  ends it is the name (none: "the Clinton campaign" is left out); titles and what precedes the last title are dropped ("Vermont Sen. Bernie Sanders"
  → "Bernie Sanders"), as are a possessor ("Fox's Jo Roe"), sentence-opening words ("Some", "While"),
  diacritics, case, and hyphens (read as spaces);
- a name of several words is keyed by its first and last word ("Donald J. Trump" = "Donald Trump");
- a single word (a surname: "Trump", "Mr. Trump") is keyed as the one full name in the same
  document ending in it (among the document's gold sources, else the runs of capitalised words
  of its text, a sentence-opening word the text also writes in lower case dropped); when the document
  gives none or several ("Bill Clinton" and "Hillary Clinton"), the item is left out, unless the
  word is an acronym in capitals ("CNN"), which is its own key.
Prints one line: items, gold clusters, predicted clusters, B-cubed P / R / F1.
"""
import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict

PRONOUNS = set("i me my mine we us our ours you your yours he him his she her hers it its they them "
               "their theirs himself herself themselves itself ourselves myself yourself who whom whose "
               "which that this these those one".split())
TITLES = set("mr mrs ms miss dr sen senator rep representative president gov governor prof sir former "
             "secretary gen general pres lt col sgt capt chairman chairwoman chair speaker leader "
             "minister ambassador judge justice attorney rev reverend mayor vice candidate nominee "
             "spokesman spokeswoman spokesperson director chief ceo founder host anchor dem gop "
             "republican democrat democratic independent then sens reps congressman congresswoman "
             "actor actress comedian journalist columnist commentator pollster moderator filmmaker billionaire "
             "pastor rabbi imam archbishop bishop sheriff alderman alderwoman assemblyman assemblywoman "
             "councilman councilwoman".split())


# Words that open a sentence or qualify a name without being part of it.
LEADING = set("the a an some several many most other others all both even yet while and but so then "
              "although though because if when after before since as now here there meanwhile however "
              "monday tuesday wednesday thursday friday saturday sunday state house senate".split())


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"'s\b", "", s)
    return s


def words_of(s):
    return re.findall(r"[^\W_][\w.']*", fold(s).replace("-", " "))


def name_words(source):
    """The name in a gold source as a list of words, or [] if it names no one."""
    s = re.split(r",|\(| of | for | at | from | who | with ", " " + source + " ")[0]
    s = re.split(r"(?<=\w)['\u2019](?:s\b|(?=\s))", s)[-1]  # "Fox's Jo Roe", "Fox News' Jo Roe": after the possessive
    ws = [w.strip(".'") for w in words_of(s)]
    ws = [w for w in ws if w]
    if not ws or all(w.lower() in PRONOUNS for w in ws):
        return []
    # the name ends the phrase: "the Clinton campaign", "the former Florida governor" name no one
    best = []
    while ws and (ws[-1][0].isupper() or ws[-1][0].isdigit()):
        best.insert(0, ws.pop())
    last_title = max((i for i, w in enumerate(best) if w.lower() in TITLES), default=-1)
    best = best[last_title + 1:]
    while best and best[0].lower() in LEADING:
        best = best[1:]
    return best


def items_of(details, gold_path, text_dir):
    """(gold person, predicted speaker) of each matched attribution whose gold source names someone."""
    rows = list(csv.DictReader(open(details, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    gold = list(csv.DictReader(open(gold_path, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    full = defaultdict(lambda: defaultdict(set))  # file -> surname -> {first last}
    for g in gold:
        ws = name_words(g.get("source_text", ""))
        if len(ws) >= 2:
            full[g["file"]][ws[-1].lower()].add(ws[0].lower() + " " + ws[-1].lower())
    texts = {}

    def text_names(f, surname):
        if f not in texts:
            raw = open(os.path.join(text_dir, f), encoding="utf-8", newline="").read().replace("\u2019", "'")
            t = re.sub(r"(?<=\w)-(?=\w)", " ", raw)
            lower = set(re.findall(r"\b[a-z]+\b", t))
            found = defaultdict(set)
            for m in re.finditer(r"(?:[A-Z][\w.']*[ \t]+)+[A-Z][\w']*", t):
                # a run does not cross a sentence end ("… in Rome. Roe said"): an initial keeps its period
                run = re.split(r"(?<=\w\w)\.\s+", m.group(0))[-1]
                # a sentence-opening word written in lower case elsewhere ("Following Roe") is not a name
                first = run.split()[0]
                before = t[:m.start()].rstrip()
                if (not before or before[-1] in ".!?\"'\n") and first.lower() in lower:
                    run = run[len(first):]
                ws = name_words(run)
                if len(ws) >= 2:
                    found[ws[-1].lower()].add(ws[0].lower() + " " + ws[-1].lower())
            texts[f] = found
        return texts[f].get(surname, set())

    def key(f, source):
        ws = name_words(source)
        if len(ws) >= 2:
            return ws[0].lower() + " " + ws[-1].lower()
        if len(ws) == 1:
            w = ws[0]
            names = full[f].get(w.lower()) or text_names(f, w.lower())
            if len(names) == 1:
                return next(iter(names))
            if not names and len(w) >= 2 and w.isupper():
                return w.lower()
        return None

    items = []
    for r in rows:
        if r["status"] != "TP":
            continue
        k = key(r["file"], r["gold_source"])
        if k is None:
            continue
        items.append((k, r["pred_speaker"].strip() or "\0%d" % len(items)))
    return items


def main():
    items = items_of(*sys.argv[1:4])
    if not items:
        print("speaker merging (B-cubed): no items")
        return
    by_gold, by_pred, both = defaultdict(int), defaultdict(int), defaultdict(int)
    for g, p in items:
        by_gold[g] += 1
        by_pred[p] += 1
        both[(g, p)] += 1
    n = len(items)
    precision = sum(both[(g, p)] / by_pred[p] for g, p in items) / n
    recall = sum(both[(g, p)] / by_gold[g] for g, p in items) / n
    f1 = 2 * precision * recall / (precision + recall)
    print("speaker merging (B-cubed over %d matched quotations with a named gold source; %d gold persons, "
          "%d predicted speakers): P %.3f  R %.3f  F1 %.3f"
          % (n, len(by_gold), len(by_pred), precision, recall, f1))


if __name__ == "__main__":
    main()
