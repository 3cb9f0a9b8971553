import Foundation
import Testing

/// Where Debian installs Chromium.
enum Browser {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// `crq render --html` opened in a real browser: headless Chromium (Debian's `chromium`, which
/// scripts/test installs when missing) takes a screenshot, and scripts/png-ink counts what it shows.
@Suite(.enabled(if: Browser.chromium != nil, "needs chromium (scripts/test installs it: apt-get install chromium)"),
       .timeLimit(.minutes(2)))
struct BrowserTests {
    static let pngInk = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/png-ink").path

    let fixture: ShellFixture
    init() throws { fixture = try ShellFixture() }

    /// A screenshot of `page` (in the scratch folder) and what png-ink counts in it.
    func screenshot(_ page: String) throws -> (other: Int, ink: Int) {
        let png = fixture.folder.appendingPathComponent(page + ".png").path
        let shot = try fixture.run(executable: try #require(Browser.chromium),
                                   ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1000,1200",
                                    "--user-data-dir=" + fixture.folder.appendingPathComponent("profile").path,
                                    "--screenshot=" + png, "file://" + fixture.folder.appendingPathComponent(page).path],
                                   timeout: .seconds(60))
        #expect(FileManager.default.fileExists(atPath: png), "chromium: \(shot.stderr)")
        let count = try fixture.run(executable: "/usr/bin/env", ["python3", Self.pngInk, png], timeout: .seconds(60))
        // `1000x1200 background ffffff other N ink M`
        let words = count.stdout.split(whereSeparator: \.isWhitespace)
        #expect(words.first == "1000x1200" && words.count == 7, "\(count.stdout)\(count.stderr)")
        return (Int(words[4]) ?? -1, Int(words[6]) ?? -1)
    }

    @Test func theChartsAreDrawnOnTheScreen() throws {
        defer { fixture.removeFolder() }
        try fixture.write("voices.crq", """
            -- # Who is quoted
            quotes | filter kind != "term" | group by speaker | limit 8
            compare by source on speakers

            """)
        let render = try fixture.run(["render", "--html", "voices.crq", "-o", "voices.html"], timeout: .seconds(30))
        #expect(render.status == 0, "\(render.stderr)")
        let (other, ink) = try screenshot("voices.html")
        // Text, bars and heatmap cells: a good part of the page is not background, and thousands of
        // pixels have the charts' ink (8 bars of up to 400 × 16 pixels, the darkest heatmap cells).
        #expect(other > 50_000)
        #expect(ink > 5_000)
    }

    @Test func aBlankPageCountsAsBlank() throws {
        defer { fixture.removeFolder() }
        try fixture.write("blank.html", "<!doctype html><html><body></body></html>")
        let (other, ink) = try screenshot("blank.html")
        #expect(other == 0 && ink == 0)
    }
}
