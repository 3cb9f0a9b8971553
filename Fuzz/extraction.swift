import Foundation

// libFuzzer target `extraction`: each input (bytes read as UTF-8, invalid sequences repaired) is one
// document through `QuotationExtractor.analyze` and the speaker resolution, then a one-document corpus of
// it through `annotations`; every quotation, piece and mention must lie inside the text (and each piece
// inside its quotation and one paragraph), as RobustnessTests checks. Compiled by `scripts/fuzz`.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtraction(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let utf8 = Array(text.utf8)
    let analysis = QuotationExtractor.analyze(text)
    for q in analysis.quotations {
        precondition(q.start >= 0 && q.start < q.end && q.end <= utf8.count, "quotation \(q.start)..<\(q.end) outside the text")
        for piece in q.pieces {
            precondition(q.start <= piece.lowerBound && piece.lowerBound < piece.upperBound && piece.upperBound <= q.end,
                         "piece \(piece) outside its quotation \(q.start)..<\(q.end)")
            precondition(!utf8[piece].contains(0x0A), "piece \(piece) runs over a paragraph")
        }
    }
    for m in analysis.mentions {
        precondition(m.start >= 0 && m.start < m.end && m.end <= utf8.count, "mention \(m.start)..<\(m.end) outside the text")
    }
    _ = EntityResolver([analysis])
    var builder = CorpusBuilder()
    builder.add(id: "fuzz", origin: "fuzz.txt", bytes: utf8, metadata: DocumentMetadata())
    _ = builder.build(name: "fuzz").annotations
    return 0
}
