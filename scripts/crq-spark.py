"""Runs crq statements over the shards of a corpus on Apache Spark (see scripts/crq-spark, docs/scale.md).

Each statement is one Spark job: one partition per shard, each running `crq worker` (the crq binary is
shipped with the job) and yielding its partial result as JSON lines; Spark adds up the counts by key
(reduceByKey) and brings the lines to the driver, where `crq merge` finishes the statement and prints it
through crq's renderer, so the output is the same bytes as `crq -c STATEMENT` on the whole corpus.
Python only moves lines: what they mean is crq's.
"""
import argparse
import operator
import os
import re
import signal
import subprocess
import sys
import tempfile
import time


LOG_CONFIG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "spark-log4j2.properties")


def parse_arguments(argv):
    p = argparse.ArgumentParser(prog="crq-spark", description=__doc__.splitlines()[0])
    p.add_argument("master", help="spark://HOST:PORT, or local[N]")
    p.add_argument("shards", nargs="+", help="shard folders (crq shard), in corpus order; seen by every executor at the same path")
    p.add_argument("-c", dest="statements", action="append",
                   help="a statement or .mode MODE (repeatable; each statement is a job); none: statements from standard input")
    p.add_argument("--mode", help="output mode, as crq's --mode")
    p.add_argument("--crq", default=os.environ.get("CRQ"), help="the crq binary (default: .build/release/crq, else .build/debug/crq)")
    p.add_argument("--retries", type=int, default=4, help="attempts per task (spark.task.maxFailures; default 4)")
    p.add_argument("--timing", action="store_true", help="say on standard error how long each job took")
    return p.parse_args(argv)


def crq_binary(given):
    if given:
        return os.path.abspath(given)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for build in ("release", "debug"):
        path = os.path.join(root, ".build", build, "crq")
        if os.access(path, os.X_OK):
            return path
    sys.exit("crq-spark: no crq binary: build one (swift build) or give --crq PATH")


def run_shard(statement, fault, pass_args=(), given=()):
    """The task of one partition: `crq worker` over its shard (with `pass_args`; with each (OPTION,
    broadcast text) of `given` — the whole corpus's name variants, its quantities — in a file of its
    own), yielding the partial's lines."""
    def task(part_and_shard):
        from pyspark import SparkFiles
        part, shard = part_and_shard
        crq = SparkFiles.get("crq")
        if not os.access(crq, os.X_OK):
            os.chmod(crq, 0o755)
        command = [crq, "worker", shard, "--part", str(part), "--quiet", *pass_args]
        files = []
        try:
            for option, text in given:
                with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
                    f.write(text.value)
                files.append(f.name)
                command += [option, f.name]
            process = subprocess.Popen(command + ["-c", statement], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            return run_process(process, part, shard, fault)
        finally:
            for name in files:
                os.unlink(name)
    return task


def run_process(process, part, shard, fault):
    """The lines a worker process prints; its error (naming the shard) if it fails."""
    if fault and part == 0 and not os.path.exists(fault["marker"]):
        # The fault test: the first attempt of shard 0 dies mid-task, once (the marker says it happened).
        open(fault["marker"], "w").close()
        time.sleep(0.05)
        if fault["kind"] == "python":
            os.kill(os.getpid(), signal.SIGKILL)
        process.kill()
    out, err = process.communicate()
    if process.returncode != 0:
        reason = err.decode("utf-8", "replace").strip() or "killed by signal %d" % -process.returncode
        raise RuntimeError("crq worker on shard %s failed:\n%s" % (shard, reason))
    return out.decode("utf-8").splitlines()


def counted(line):
    """A count line `{"key":KEY,"n":N}` as (KEY's text, N); other lines as (None, line). crq writes
    equal keys as equal text (keys sorted, no spaces), so the text is the key: nothing is parsed."""
    if line.startswith('{"key":'):
        cut = line.rindex(',"n":')
        return (line[7:cut], int(line[cut + 5:-1]))
    return (None, line)


def first_pass(sc, crq, statement, shards, kind, given=()):
    """A pass before a statement's job, as JSON lines the same for every statement: `--variants`, every
    shard's name variants merged by `crq merge --variants` into the whole corpus's; `--figures`, every
    shard's figures (their speakers resolved with `given`) grouped by `crq merge --quantities` into the
    whole corpus's quantities; `--words`, every shard's documents' words, whose reuse clusters `crq merge
    --passages` finds once; `--touches`, the clusters each shard's groups touch, of which `crq merge --shared`
    keeps those two groups or more share (the statement's own); `--pick`, every shard's candidates for the
    rows a limit keeps, chosen by `crq merge --select` (the statement's own: not kept for the next)."""
    lines = sc.parallelize(list(enumerate(shards)), numSlices=len(shards)) \
        .flatMap(run_shard(statement, None, [kind], given)).collect()
    merge = {"--variants": "--variants", "--figures": "--quantities", "--words": "--passages", "--touches": "--shared",
             "--pick": "--select"}[kind]
    merged = subprocess.run([crq, "merge", merge, "-c", statement], input="\n".join(lines) + "\n",
                            capture_output=True, text=True)
    if merged.returncode != 0:
        raise RuntimeError(merged.stderr.strip())
    return merged.stdout


def run_job(sc, statement, shards, fault, given=()):
    """The lines `crq merge` needs: headers and rows as the shards made them, counts added by key
    (into one partition per 16 shards: the sums are small next to the shards' work). `given`: the
    whole corpus's name variants and quantities, broadcast to every task, as (OPTION, broadcast)."""
    partials = sc.parallelize(list(enumerate(shards)), numSlices=len(shards)) \
        .flatMap(run_shard(statement, fault, given=given)).map(counted).cache()
    sums = partials.filter(lambda kv: kv[0] is not None).reduceByKey(operator.add, numPartitions=max(1, len(shards) // 16)) \
        .map(lambda kv: '{"key":%s,"n":%d}' % kv)
    rest = partials.filter(lambda kv: kv[0] is None).map(lambda kv: kv[1])
    lines = rest.union(sums).collect()
    partials.unpersist()
    return lines


def statements_from(lines):
    """Statements read from a script or a pipe: one a line, or continued while a line ends in '|';
    blank lines and comments (-- or #) skipped."""
    pending = ""
    for line in lines:
        text = line.strip()
        if not pending and (not text or text.startswith("--") or text.startswith("#")):
            continue
        pending = (pending + " " + text).strip()
        if not pending.endswith("|"):
            yield pending
            pending = ""
    if pending:
        yield pending


LET = re.compile(r"let\s+([A-Za-z_]\w*)\s*=\s*(.+)", re.S)
USE = re.compile(r"([A-Za-z_]\w*)\s*(\|.*)?", re.S)


def substituted(statement, lets):
    """The statement with a name bound by an earlier `let` (as its source) replaced by the bound
    pipeline, itself substituted: a job keeps nothing, so `x | top 5` runs as `PIPELINE | top 5`.
    A `let` is recorded and runs as its pipeline does (the merge prints what it binds)."""
    used = USE.fullmatch(statement)
    if used and used.group(1) in lets:
        statement = lets[used.group(1)] + (" " + used.group(2) if used.group(2) else "")
    bound = LET.fullmatch(statement)
    if bound:
        lets[bound.group(1)] = substituted(bound.group(2).strip(), lets)
        statement = "let %s = %s" % (bound.group(1), lets[bound.group(1)])
    return statement


def start_spark(args, crq):
    master = args.master
    # Local masters retry nothing unless told: local[N] becomes local[N,retries], as a cluster retries.
    m = re.fullmatch(r"local\[(\d+|\*)\]", master)
    if m:
        master = "local[%s,%d]" % (m.group(1), args.retries)
    from pyspark import SparkConf, SparkContext
    started = time.monotonic()
    conf = SparkConf().setMaster(master).setAppName("crq") \
        .set("spark.task.maxFailures", str(args.retries)) \
        .set("spark.pyspark.python", sys.executable) \
        .set("spark.ui.enabled", "false") \
        .set("spark.ui.showConsoleProgress", "false") \
        .set("spark.driver.extraJavaOptions", "-Dlog4j.configurationFile=" + LOG_CONFIG) \
        .set("spark.executor.extraJavaOptions", "-Dlog4j.configurationFile=" + LOG_CONFIG)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    sc.addFile(crq)
    if args.timing:
        print("crq-spark: context started in %.2f s" % (time.monotonic() - started), file=sys.stderr)
    return sc


def main(argv):
    args = parse_arguments(argv)
    crq = crq_binary(args.crq)
    mode = args.mode
    shards = [os.path.abspath(s) for s in args.shards]
    lets = {}
    items = (s if s.startswith(".") else substituted(s, lets) for s in (args.statements or statements_from(sys.stdin)))
    if args.statements:
        items = list(items)

    passes = {}  # statement → the passes it needs first ("entities", "figures", "passages", "shared", "select")

    def check(s):
        if s.startswith("."):
            return True
        checked = subprocess.run([crq, "merge", "--check", "-c", s], stdout=subprocess.PIPE, text=True)
        passes[s] = checked.stdout.split()
        return checked.returncode == 0
    # Statements given with -c are all checked before anything starts; those read from standard input as they come.
    if args.statements and not all(check(s) for s in items):
        return 1
    fault = None
    if os.environ.get("CRQ_SPARK_FAULT_MARKER"):
        fault = {"marker": os.environ["CRQ_SPARK_FAULT_MARKER"], "kind": os.environ.get("CRQ_SPARK_FAULT_KIND", "crq")}
    sc = None
    # The whole corpus's name variants, quantities and reuse clusters, broadcast; each found once, by the first
    # statement that needs it (the shared clusters and chosen rows are a statement's own, found for each).
    found = {}
    status = 0
    try:
        for s in items:
            if s.startswith("."):
                # Of the shell's commands only .mode means something here.
                words = s.split()
                if words[0] == ".quit":
                    break
                if words[0] != ".mode" or len(words) != 2:
                    print("crq-spark: only .mode MODE and .quit run over Spark, not %s" % words[0], file=sys.stderr)
                    status = 1
                    break
                mode = words[1]
                continue
            if not args.statements and not check(s):
                status = 1
                break
            sc = sc or start_spark(args, crq)
            job = time.monotonic()
            try:
                given = []
                for name, kind, option, what in (("entities", "--variants", "--entities", "the corpus's name variants"),
                                                 ("figures", "--figures", "--quantities", "the corpus's quantities"),
                                                 ("passages", "--words", "--passages", "the corpus's reused passages"),
                                                 ("shared", "--touches", "--shared", "the passages groups share"),
                                                 ("select", "--pick", "--selected", "the rows limit keeps")):
                    if name not in passes.get(s, []):
                        continue
                    if name not in found or name in ("shared", "select"):
                        found[name] = sc.broadcast(first_pass(sc, crq, s, shards, kind, given))
                        if args.timing:
                            print("crq-spark: %.2f s  %s" % (time.monotonic() - job, what), file=sys.stderr)
                    given.append((option, found[name]))
                lines = run_job(sc, s, shards, fault, given)
            except Exception as e:  # the task's own error, as Spark reports it after the last retry
                text = str(e)
                reason = re.search(r"RuntimeError: (crq worker on shard .*?)(\n\s*at |\n\n|$)", text, re.S)
                print("crq-spark: " + (reason.group(1).strip() if reason else (text.strip().splitlines() or [type(e).__name__])[0]), file=sys.stderr)
                status = 1
                break
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            sys.stdout.flush()
            code = subprocess.run([crq, "merge", "-c", s, *(["--mode", mode] if mode else []), f.name]).returncode
            os.unlink(f.name)
            if args.timing:
                print("crq-spark: %.2f s  %s" % (time.monotonic() - job, s), file=sys.stderr)
            if code != 0:
                status = code
                break
    finally:
        if sc:
            sc.stop()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
