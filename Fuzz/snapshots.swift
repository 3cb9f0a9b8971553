import Foundation

// libFuzzer target `snapshots`: each input is read as a snapshot file twice, as it is and with its
// checksums recomputed (so mutations get past them to the decoders and consistency checks); every
// corpus that opens is then queried. Each input is also read as the annotations kept beside the seed
// corpus's snapshot (the payload, past the header and its checksums), which are then queried. The
// readers must say what is wrong, never trap. Compiled together
// with the library layers' sources by `scripts/fuzz`, which runs it in .build/fuzz/snapshots/.

private let version = "fuzz"

/// A scratch folder per process, reused for every input.
private let scratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("crq-fuzz-snapshot-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()

/// Seeds the fuzzer with the snapshot of a small corpus (two articles, a sidecar, a JSONL record and
/// a warning), written into `seeds/`: a few dozen kilobytes, mostly the padding between sections.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzSnapshotsInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    let folder = scratch.appendingPathComponent("seed-corpus")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let files = [
        "a.txt": "Talks resume in Geneva\nBy Ana Ruiz\n“We urge restraint,” the envoy said on Monday. Officials said 12 people died.\n",
        "b.md": "Grüße aus Köln\nDer Bürgermeister sagte, die Lage sei ruhig.\n",
        "feed.jsonl": #"{"id": "w1", "text": "Iran and Pakistan traded strikes, according to officials.", "source": "Wire", "date": "2024-01-18"}"# + "\nnot json\n",
        "metadata.tsv": "file\tsource\tdate\na.txt\tOutlet A\t2024-01-18\n",
    ]
    for (name, text) in files { try? Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    guard let corpus = try? CorpusLoader().load(folder.path), let sources = SourceFingerprint.of(folder.path) else { return 0 }
    let writer = SnapshotWriter(crqVersion: version, root: folder.path, fingerprint: sources, settings: "")
    _ = try? writer.write(corpus, to: URL(fileURLWithPath: "seeds/corpus.crq-snapshot"))
    try? Data(corpus.annotations.encoded(corpus)).write(to: URL(fileURLWithPath: "seeds/corpus.crq-annotations"))
    seedFolder = folder.path
    return 0
}

/// The seed corpus's folder, whose corpus each input's annotations are read against.
nonisolated(unsafe) private var seedFolder = ""

/// Reads `bytes` as the payload of the seed corpus's kept annotations and, if they are accepted, queries them.
private func openAnnotations(_ bytes: [UInt8]) {
    guard let corpus = try? CorpusLoader().load(seedFolder),
          let annotations = try? bytes.withUnsafeBytes({ raw throws(SnapshotProblem) in try Annotations(decoding: raw, of: corpus) }) else { return }
    _ = corpus.derived.value { annotations }
    for statement in ["quotes | show id, kind, speaker, as_written, cue, text, start, end, parts", "speakers | show name, variants, docs, sources",
                      "entities", "figures | show value, unit, time, quantity, status, text", "quantities", #"quote by "envoy""#,
                      "compare by source on quotes", "compare by source on figures", "compare by source on speakers"] {
        let context = EvalContext(corpus: corpus)
        guard let relation = try? Evaluator.run(statement, in: context) else { continue }
        _ = Materializer.table(relation, context, columns: relation.fieldNames)
    }
}

/// The bytes with every checksum the section table can reach recomputed.
private func resealed(_ input: [UInt8]) -> [UInt8] {
    var bytes = input
    guard bytes.count >= SnapshotFormat.headerSize else { return bytes }
    func u64(_ at: Int) -> UInt64 { bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: at, as: UInt64.self)) } }
    func put(_ v: UInt64, at: Int) { withUnsafeBytes(of: v.littleEndian) { for (i, b) in $0.enumerated() { bytes[at + i] = b } } }
    let count = bytes.withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: 16, as: UInt32.self))) }
    let tableEnd = SnapshotFormat.headerSize + SnapshotFormat.entrySize * min(count, 64)
    guard tableEnd <= bytes.count else { return bytes }
    for i in 0..<min(count, 64) {
        let at = SnapshotFormat.headerSize + i * SnapshotFormat.entrySize
        let offset = u64(at + 8), length = u64(at + 16)
        guard offset <= UInt64(bytes.count), length <= UInt64(bytes.count) - offset else { continue }
        let hash = bytes.withUnsafeBytes { SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: $0[Int(offset)..<Int(offset + length)])).hash }
        put(hash, at: at + 24)
    }
    put(SnapshotFormat.tableChecksum(prefix: Array(bytes[0..<32]), table: Array(bytes[SnapshotFormat.headerSize..<tableEnd])), at: 32)
    return bytes
}

private func open(_ bytes: [UInt8]) {
    let file = scratch.appendingPathComponent("snapshot")
    guard (try? Data(bytes).write(to: file)) != nil else { return }
    let reader = SnapshotReader(crqVersion: version, sources: nil, root: "corpus", name: "fuzz", settings: nil)
    guard let corpus = try? reader.read(file.path) else { return }
    for statement in [#"sentences | filter "the" or /\d/ | group by source, month(date)"#, "terms | top 5",
                      #"paragraphs | filter "a" near 3 "the" | show id, text"#, #"kwic "said" width 20"#,
                      "docs | show id, title, date | sort by date", "quotes | count", "figures | count"] {
        _ = try? Evaluator.run(statement, in: EvalContext(corpus: corpus))
    }
    _ = corpus.warnings.map(DiagnosticRenderer.render)
    _ = (0..<min(corpus.sentenceCount, 50)).map { corpus.locator(sentence: $0) + corpus.sentenceText($0) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshots(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let input = Array(UnsafeBufferPointer(start: bytes, count: count))
    open(input)
    open(resealed(input))
    openAnnotations(input)
    return 0
}
