@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// The SVG charts of the HTML page, read back as elements and attributes.
@Suite struct ChartTests {
    /// The attributes of every `<NAME …>` element whose class is `cls`, in order.
    func elements(_ svg: String, _ name: String, class cls: String) -> [[String: String]] {
        svg.components(separatedBy: "<\(name) ").dropFirst().compactMap { rest in
            let tag = rest.prefix { $0 != ">" }
            var attributes: [String: String] = [:]
            for part in tag.components(separatedBy: "\" ") {
                let kv = part.split(separator: "=", maxSplits: 1)
                if kv.count == 2 { attributes[String(kv[0])] = kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"/")) }
            }
            return attributes["class"] == cls ? attributes : nil
        }
    }

    func table(_ statement: String, on corpus: Corpus = Fixtures.seeds) throws -> Table {
        Materializer.table(try Fixtures.run(statement, on: corpus), EvalContext(corpus: corpus))
    }

    @Test func groupByDrawsOneBarPerRowScaledToTheLargest() throws {
        let t = try table(#"sentences | filter "restraint" | group by source"#)
        let svg = try #require(SVGChart.render(t))
        let bars = elements(svg, "rect", class: "bar")
        #expect(bars.count == t.rows.count)
        let values = bars.map { Double($0["data-value"]!)! }, widths = bars.map { Double($0["width"]!)! }
        #expect(values == t.rows.map { $0[1].doubleValue! })
        #expect(widths[0] == 400)
        for (v, w) in zip(values, widths) { #expect(abs(w - v / values[0] * 400) < 0.1) }
        #expect(svg.contains(">(none)</text>") && svg.contains(">Infostani International</text>"))
        #expect(!svg.contains("<script"))
    }

    @Test func groupByDayDrawsALineInTimeOrder() throws {
        let folder = Fixtures.folder(text: [
            "a.txt": "Talks began.\n", "b.txt": "Talks went on.\n", "c.txt": "Talks ended.\n", "d.txt": "More talks.\n",
            "metadata.tsv": "file\tdate\na.txt\t2024-01-18\nb.txt\t2024-01-16\nc.txt\t2024-01-18\nd.txt\t2024-01-20\n",
        ])
        let corpus = try CorpusLoader().load(folder.path)
        let t = try table("docs | group by day(date)", on: corpus)
        #expect(t.chart == .timeline(value: 1))
        let svg = try #require(SVGChart.render(t))
        let points = elements(svg, "circle", class: "point")
        #expect(points.map { $0["data-value"]! } == ["1", "0", "2", "0", "1"])   // 16th to 20th, the days without documents at 0
        let xs = points.map { Double($0["cx"]!)! }, ys = points.map { Double($0["cy"]!)! }
        #expect(xs == xs.sorted() && Set(xs).count == 5)
        #expect(ys[2] == 20 && ys[0] == 120 && ys[4] == 120 && ys[1] == 220)     // the top for 2, half-way for 1, the axis for 0
        #expect(svg.contains(">2024-01-16</text>") && svg.contains(">2024-01-20</text>"))
        #expect(svg.contains("<polyline class=\"line\""))
    }

    /// A quiet week or month is a point at 0 between the others, so the line's spacing is time's.
    @Test func weeksAndMonthsWithoutDocumentsAreZeroOnTheLine() throws {
        #expect(SVGChart.periods(from: .string("2024-W52"), to: .string("2025-W02")) == ["2024-W52", "2025-W01", "2025-W02"])
        #expect(SVGChart.periods(from: .string("2020-W53"), to: .string("2021-W01")) == ["2020-W53", "2021-W01"])
        let jan = try #require(PartialDate(year: 2024, month: 11)), feb = try #require(PartialDate(year: 2025, month: 2))
        #expect(SVGChart.periods(from: .date(jan), to: .date(feb)) == ["2024-11", "2024-12", "2025-01", "2025-02"])
        #expect(SVGChart.periods(from: .string("Brussels"), to: .string("Rome")) == nil)
        let folder = Fixtures.folder(text: [
            "a.txt": "Talks began.\n", "b.txt": "Talks went on.\n", "c.txt": "Talks ended.\n", "d.txt": "Talks again.\n",
            "metadata.tsv": "file\tdate\na.txt\t2024-01-18\nb.txt\t2024-04-02\nc.txt\t2024-04-20\nd.txt\t2024-06-05\n",
        ])
        let svg = try #require(SVGChart.render(try table("docs | group by month(date)", on: try CorpusLoader().load(folder.path))))
        #expect(elements(svg, "circle", class: "point").map { $0["data-value"]! } == ["1", "0", "0", "2", "0", "1"])
        // Months a limit, top or filter left out are not drawn as months without documents.
        for cut in ["limit 2", "top 2", "filter count < 2"] {
            let t = try table("docs | group by month(date) | \(cut)", on: try CorpusLoader().load(folder.path))
            let drawn = try #require(SVGChart.render(t))
            #expect(!elements(drawn, "circle", class: "point").contains { $0["data-value"] == "0" }, "\(cut)")
        }
        #expect(try table("docs | group by month(date) | limit 9 | sort by month", on: try CorpusLoader().load(folder.path)).isWhole)
    }

    @Test func compareOnSpeakersDrawsAHeatmapCellPerSpeakerAndGroup() throws {
        let t = try table("compare by source on speakers")
        #expect(t.chart == .heatmap(columns: 1..<5))
        let svg = try #require(SVGChart.render(t))
        let cells = elements(svg, "rect", class: "cell")
        #expect(cells.count == min(t.rows.count, SVGChart.maxRows) * 4)
        let values = cells.map { Double($0["data-value"]!)! }, shades = cells.map { Double($0["fill-opacity"]!)! }
        let high = try #require(values.max())
        for (v, s) in zip(values, shades) { #expect(abs(s - (0.06 + 0.94 * v / high)) < 0.051) }
        #expect(shades.max() == 1)
        #expect(svg.contains(">Pakistan Ministry of Foreign Affairs</text>"))
        #expect(elements(svg, "text", class: "column").count == 4)
        #expect(svg.contains("<title>Infostani International</title>"))   // the full name, its words on lines of the header
    }

    @Test func aTableWithoutAChartHintHasNone() throws {
        #expect(SVGChart.render(try table("docs | show id, title")) == nil)
    }

    @Test func theHTMLPageIsSelfContained() throws {
        let notebook = Notebook("-- # Voices\n-- Who is quoted, `by outlet`.\nquotes | group by speaker | limit 5\ncompare by source on speakers\ndocs | count\n")
        let html = NotebookHTML.render(NotebookPage.rendering(notebook, name: "v.crq", runner: NotebookRunner(corpus: Fixtures.seeds)).page, title: "v.crq")
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<h1>Voices</h1>") && html.contains("<p>Who is quoted, <code>by outlet</code>.</p>"))
        #expect(html.components(separatedBy: "<svg ").count == 3)
        #expect(html.components(separatedBy: "<table>").count == 4)
        #expect(html.contains("<pre class=\"statement\"><code>compare by source on speakers</code></pre>"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
        #expect(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").range(of: "http") == nil)
    }

    @Test func aLongResultIsChartedWholeAndItsTablesStopAtTheRowLimit() throws {
        var files = ["metadata.tsv": "file\tdate\n" + (0..<120).map { "d\($0).txt\t2024-\(1 + $0 / 28)-\(1 + $0 % 28)\n" }.joined()]
        for i in 0..<120 { files["d\(i).txt"] = "Story \(i) about talks.\n" }
        let corpus = try CorpusLoader().load(Fixtures.folder(text: files).path)
        let page = NotebookPage.rendering(Notebook("docs | group by day(date)\n"), name: "t.crq", runner: NotebookRunner(corpus: corpus)).page
        let html = NotebookHTML.render(page, title: "t")
        // Every day from 1 January to 8 May 2024: the 120 with documents and the 29th to 31st of each month at 0.
        let points = elements(html, "circle", class: "point")
        #expect(points.count == 129 && points.filter { $0["data-value"] == "0" }.count == 9)
        #expect(html.components(separatedBy: "<tr>").count - 2 == RenderOptions.fixed.maxRows)   // less the header row
        #expect(html.contains("<p class=\"more\">… 20 more rows</p>"))
        let markdown = NotebookMarkdown.render(page)
        #expect(markdown.contains("\n… 20 more rows\n") && !markdown.contains("(120 rows)"))
    }
}
