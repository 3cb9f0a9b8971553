#!/usr/bin/env python3
"""Scores predicted quotations against a gold file (both TSV: file, start, end, kind, speaker, cue).

A predicted span matches a gold span of the same kind in the same file when they overlap by at
least half of the longer one (one-to-one, greedy by overlap). Per kind: counts, precision, recall,
F1 and the speaker accuracy on matched spans (names compared case- and diacritic-insensitively,
without a leading "the"; with --speakers, any variant of the gold canonical also counts).

A row with a `parts` column ("start-end;start-end") counts as one row per piece.

Usage: eval-quotes.py --gold GOLD.tsv --pred PRED.tsv [--speakers speakers.tsv]
The last lines are machine-readable: RESULT kind=... p=... r=... f1=... speaker_acc=...
"""
import argparse
import csv
import signal
import sys
import unicodedata

KINDS = ("direct", "indirect", "term")


def norm(name):
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("\u2019", "'").strip()
    if s.startswith("the "):
        s = s[4:]
    return " ".join(s.split())


def read(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            try:
                # A quotation in several pieces (column parts: "s-e;s-e") is scored piece by piece,
                # as the gold annotates each piece of an interrupted or multi-paragraph quotation.
                spans = [tuple(map(int, x.split("-"))) for x in (r.get("parts") or "").split(";") if x]
                for s, e in spans or [(int(r["start"]), int(r["end"]))]:
                    rows.append((r["file"], s, e, r["kind"], r.get("speaker") or "?"))
            except (KeyError, ValueError):
                continue
    return rows


def variants(path):
    table = {}
    if not path:
        return table
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            names = {norm(r["canonical"])} | {norm(v) for v in r.get("variants", "").split("|") if v}
            table[norm(r["canonical"])] = names
    return table


def same_speaker(gold, pred, table):
    g, p = norm(gold), norm(pred)
    if g == "?" or p == "?":
        return g == p
    return g == p or p in table.get(g, ())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--speakers")
    ap.add_argument("--verbose", action="store_true", help="list unmatched spans and wrong speakers")
    a = ap.parse_args()
    gold, pred, table = read(a.gold), read(a.pred), variants(a.speakers)
    results = []
    for kind in KINDS:
        g = [r for r in gold if r[3] == kind]
        p = [r for r in pred if r[3] == kind]
        pairs = []
        for i, pr in enumerate(p):
            for j, gr in enumerate(g):
                if pr[0] != gr[0]:
                    continue
                overlap = min(pr[2], gr[2]) - max(pr[1], gr[1])
                if overlap > 0 and overlap * 2 >= max(pr[2] - pr[1], gr[2] - gr[1]):
                    pairs.append((-overlap, i, j))
        pairs.sort()
        used_p, used_g, matched = set(), set(), []
        for _, i, j in pairs:
            if i not in used_p and j not in used_g:
                used_p.add(i); used_g.add(j); matched.append((i, j))
        tp = len(matched)
        prec = tp / len(p) if p else 0.0
        rec = tp / len(g) if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        right = sum(1 for i, j in matched if same_speaker(g[j][4], p[i][4], table))
        acc = right / tp if tp else 0.0
        results.append((kind, len(p), len(g), tp, prec, rec, f1, right, acc))
        if a.verbose:
            for j, gr in enumerate(g):
                if j not in used_g:
                    print(f"  missed {kind}: {gr[0][:3]} {gr[1]}-{gr[2]} {gr[4]}", file=sys.stderr)
            for i, pr in enumerate(p):
                if i not in used_p:
                    print(f"  spurious {kind}: {pr[0][:3]} {pr[1]}-{pr[2]} {pr[4]}", file=sys.stderr)
            for i, j in matched:
                if not same_speaker(g[j][4], p[i][4], table):
                    print(f"  speaker {kind}: {g[j][0][:3]} {g[j][1]}-{g[j][2]} gold={g[j][4]} pred={p[i][4]}", file=sys.stderr)
    print(f"{'kind':9} {'pred':>5} {'gold':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8}")
    for kind, np_, ng, tp, prec, rec, f1, right, acc in results:
        print(f"{kind:9} {np_:5d} {ng:5d} {tp:5d} {prec:6.3f} {rec:6.3f} {f1:6.3f} {acc:8.3f}")
    for kind, np_, ng, tp, prec, rec, f1, right, acc in results:
        print(f"RESULT kind={kind} pred={np_} gold={ng} matched={tp} p={prec:.4f} r={rec:.4f} f1={f1:.4f} "
              f"speaker_correct={right} speaker_acc={acc:.4f}")


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    main()
