import CorpusModel
import TextAnalysis

extension Annotations {
    /// CPU seconds of the extraction's two steps over every document, on the calling thread alone (for `crq bench`):
    /// the analysis (the text's scan, quotations, speakers and names) and the figures read from the same scan. The
    /// corpus-wide steps (merging names, grouping quantities) and the packing of results are in neither. `clock` is
    /// the calling thread's CPU time in seconds. Also counts what each step found.
    package static func stageSeconds(_ corpus: Corpus, clock: () -> Double)
        -> (analysis: Double, figures: Double, quotations: Int, claims: Int) {
        var analysis = 0.0, figures = 0.0, quotations = 0, claims = 0
        for d in corpus.documents.indices {
            let t0 = clock()
            let text = ScannedText(bytes: corpus.withText { Array($0[corpus.documents[d].bytes]) })
            let found = QuotationExtractor.analyze(text, sentenceStarts: corpus.innerSentenceStarts(ofDocument: d))
            let t1 = clock()
            let read = FigureExtractor.extract(text)
            let t2 = clock()
            (analysis, figures) = (analysis + t1 - t0, figures + t2 - t1)
            (quotations, claims) = (quotations + found.quotations.count, claims + read.count)
        }
        return (analysis, figures, quotations, claims)
    }
}
