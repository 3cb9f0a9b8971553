#!/usr/bin/env python3
"""The figures of scripts/bench: crq beside SQLite FTS5 (one row per sentence) and ripgrep, as ratios.

Usage: scripts/bench.py CRQ_BINARY CORPUS_DIR [--runs N] [--timeout S]
Prints one table: each figure, crq's time, the peers' times on the same corpus, and crq ÷ peer.
"""
import argparse, csv, io, os, re, sqlite3, statistics, subprocess, sys, time

# Each crq statement, and what FTS5 and ripgrep do for the same figure (None: no peer).
FIGURES = [
    ('sentences | filter "restraint" | count', "restraint", "restraint"),
    ('sentences | filter "maximum restraint" | count', '"maximum restraint"', "maximum restraint"),
    ('sentences | filter /de-?escalat\\w*/ | count', 'deescalat* OR "de escalat" *', "de-?escalat\\w*"),
    ('sentences | filter /\\w+ation\\b/ | count', None, "\\w+ation\\b"),
    ('sentences | filter "Iran" near 4 "Pakistan" | count', "NEAR(iran pakistan, 4)", None),
    ('sentences | group by source', "GROUP", None),
    ('terms | top 20', None, None),
    ('@csv sentences | filter "restraint" | show id, text | limit 100000', "CSV", None),
    ('@table sentences', "SCREEN", None),
    ('@table sentences | filter "restraint" | show id, text', "SCREEN restraint", None),
    ('@table quotes', None, None),
    ('quotes | count', None, None),
    ('compare by source on terms | count', None, None),
    ('compare by source on quotes | count', None, None),
    ('compare by source on speakers | count', None, None),
    ('compare by source on figures | count', None, None),
    ('compare by source on passages | count', None, None),
]


def median_ms(fn, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def sentences(text):
    for para in re.split(r"\n\s*\n", text):
        for s in re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", para.strip()):
            if s:
                yield s


def fts5(corpus, cache):
    """Builds (once, cached) an FTS5 index of the corpus's sentences; returns (connection, build seconds or None)."""
    built = None
    if not os.path.exists(cache):
        t0 = time.perf_counter()
        tmp = cache + ".tmp"
        if os.path.exists(tmp):
            os.remove(tmp)
        db = sqlite3.connect(tmp)
        db.execute("create virtual table s using fts5(text, source unindexed, doc unindexed)")
        sources = {}
        with open(os.path.join(corpus, "metadata.tsv"), encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                sources[row["file"]] = row.get("source", "")
        rows = []
        for name in sorted(os.listdir(corpus)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(corpus, name), encoding="utf-8") as f:
                for s in sentences(f.read()):
                    rows.append((s, sources.get(name, ""), name))
            if len(rows) > 100000:
                db.executemany("insert into s values (?, ?, ?)", rows)
                rows = []
        db.executemany("insert into s values (?, ?, ?)", rows)
        db.commit()
        db.close()
        os.rename(tmp, cache)
        built = time.perf_counter() - t0
    t0 = time.perf_counter()
    db = sqlite3.connect(cache)
    db.execute("select count(*) from s where s match 'restraint'").fetchone()
    return db, built, time.perf_counter() - t0


def fts_query(db, what):
    if what == "GROUP":
        return lambda: db.execute("select source, count(*) from s group by source order by 2 desc").fetchall()
    if what == "CSV":
        def run():
            out = io.StringIO()
            w = csv.writer(out)
            w.writerow(["id", "text"])
            for row in db.execute("select rowid, text from s where s match 'restraint' limit 100000"):
                w.writerow(row)
            return out.getvalue()
        return run
    if what.startswith("SCREEN"):
        match = what[len("SCREEN "):]
        sql = "select rowid, text from s" + (" where s match ?" if match else "") + " limit 40"
        return lambda: db.execute(sql, (match,) if match else ()).fetchall()
    return lambda: db.execute("select count(*) from s where s match ?", (what,)).fetchone()


def rg_ms(pattern, corpus, runs):
    def run():
        subprocess.run(["rg", "--count-matches", "-i", pattern, corpus], stdout=subprocess.DEVNULL)
    return median_ms(run, runs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("crq")
    ap.add_argument("corpus")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--only", help="a regex: only the statements it finds")
    args = ap.parse_args()
    figures = [f for f in FIGURES if not args.only or re.search(args.only, f[0])]

    cmd = ["/usr/bin/time", "-v", args.crq, "bench", args.corpus, *[f[0] for f in figures],
           "--runs", str(args.runs), "--timeout", str(args.timeout), "--annotations", "--reuse"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit(1)
    crq_ms = {}
    for line in proc.stdout.splitlines():
        m = re.match(r"\s*([\d.]+) ms\t(.*?)\t\((.*)\)$", line)
        if m:
            crq_ms[m.group(2)] = (float(m.group(1)), m.group(3))
        else:
            print("crq " + line)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    if peak:
        print(f"crq peak RSS (whole run, /usr/bin/time -v): {int(peak.group(1)) / 1024:.0f} MB")

    have_rg = subprocess.run(["sh", "-c", "command -v rg"], capture_output=True).returncode == 0
    cache = os.path.join(os.environ.get("TMPDIR", "/tmp"), "crq-fts5-" + os.path.basename(os.path.normpath(args.corpus)) + ".db")
    db, built, opened = fts5(args.corpus, cache)
    if built is not None:
        print(f"FTS5 index built in {built:.1f} s ({cache})")
    print(f"FTS5 open + first query: {opened * 1000:.1f} ms")

    print(f"\n{'ms (median of ' + str(args.runs) + ')':>12}  {'FTS5':>9}  {'rg':>9}  {'÷FTS5':>7}  {'÷rg':>7}  statement (result)")
    for statement, fts, rg in figures:
        ms, result = crq_ms.get(statement, (float("nan"), "missing"))
        f = median_ms(fts_query(db, fts), args.runs) if fts else None
        r = rg_ms(rg, args.corpus, min(args.runs, 3)) if rg and have_rg else None
        def cell(v): return f"{v:9.2f}" if v is not None else f"{'–':>9}"
        def ratio(v): return f"{ms / v:7.1f}" if v else f"{'–':>7}"
        print(f"{ms:12.2f}  {cell(f)}  {cell(r)}  {ratio(f)}  {ratio(r)}  {statement} ({result})")


if __name__ == "__main__":
    main()
