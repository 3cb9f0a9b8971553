import Foundation

// libFuzzer target `loaders`: each input's bytes are loaded as a .txt file, as a .jsonl, .json,
// .csv and .tsv file, as a gzip-compressed .jsonl.gz file (damaged gzip data, mostly), and as a
// metadata.tsv and a metadata.csv sidecar beside two small text files; every corpus that loads is
// then queried once. Compiled together with the library layers' sources by `scripts/fuzz`.

/// A scratch folder per process, reused for every input.
private let scratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("crq-fuzz-load-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()

/// Writes `files` (name → bytes) into a fresh folder under the scratch folder and loads `entry` in it.
private func load(_ files: [String: Data], entry: String) {
    let folder = scratch.appendingPathComponent("corpus")
    try? FileManager.default.removeItem(at: folder)
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, data) in files { try? data.write(to: folder.appendingPathComponent(name)) }
    guard let corpus = try? CorpusLoader().load(folder.appendingPathComponent(entry).path) else { return }
    _ = try? Evaluator.run(#"sentences | filter "the" or /\d/ | group by source, month(date)"#, in: EvalContext(corpus: corpus))
    _ = corpus.warnings.map(DiagnosticRenderer.render)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoaders(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let data = Data(bytes: bytes, count: count)
    let texts = ["a.txt": Data("A headline\nBy Jo Doe\nSome text. More.\n".utf8), "b.md": Data("Other\n".utf8)]
    load(["article.txt": data], entry: "")
    for name in ["corpus.jsonl", "corpus.json", "corpus.csv", "corpus.tsv", "corpus.jsonl.gz"] { load([name: data], entry: name) }
    load(texts.merging(["metadata.tsv": data]) { $1 }, entry: "")
    load(texts.merging(["metadata.csv": data]) { $1 }, entry: "")
    return 0
}
