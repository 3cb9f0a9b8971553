import Testing
@testable import CrqKit

@Test func alignsAgreementsDifferencesAndOneSidedFigures() {
    let left = FigureExtractor.extract("Nine deaths. At least seven militant sites. Two days later.")
    let right = FigureExtractor.extract("Two youths were killed and nine people died. Five militant sites. Three sites.")
    let rows = FigureAligner.align(left, right)
    #expect(rows == [
        FigureAlignment(measure: "duration", left: 2, right: nil, status: .onlyLeft),
        FigureAlignment(measure: "killed", left: 0, right: 1, status: .agree),
        FigureAlignment(measure: "killed", left: nil, right: 0, status: .onlyRight),
        FigureAlignment(measure: "site", left: 1, right: 2, status: .differ),
        FigureAlignment(measure: "site", left: nil, right: 3, status: .onlyRight),
    ])
    #expect(rows.filter { $0.status == .agree }.count == 1)
}

@Test(.enabled(if: SharedFiles.available)) func seedKillingFiguresLineUp() throws {
    let f001 = FigureExtractor.extract(try SharedFiles.seed("001"))
    let f003 = FigureExtractor.extract(try SharedFiles.seed("003"))
    let f004 = FigureExtractor.extract(try SharedFiles.seed("004"))
    // two children (001) and two youths (004) killed in Pakistan
    let children = FigureAligner.align(f001, f004).filter { $0.measure == "killed" && $0.status == .agree }
    #expect(children.map { f001[$0.left!].text + " = " + f004[$0.right!].text } == ["two innocent children = two youths"])
    // nine individuals (003) and nine deaths (004) killed in Iran
    let nine = FigureAligner.align(f003, f004).filter { $0.measure == "killed" && $0.status == .agree }
    #expect(nine.map { f003[$0.left!].text + " = " + f004[$0.right!].text } == ["nine individuals = nine deaths"])
}
