/// The escape codes of styled output, for callers that allow colour (crq decides: a terminal, and no `NO_COLOR`).
enum Style {
    static let bold = "\u{1B}[1m", highlight = "\u{1B}[1;33m", error = "\u{1B}[1;31m", reset = "\u{1B}[0m"
}
