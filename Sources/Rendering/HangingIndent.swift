/// Fits two-column help text to a width: a line too long is broken at spaces, and its further lines
/// start under its second column (the text after the first run of two spaces), or under its own
/// indent when it has none.
package enum HangingIndent {
    package static func fit(_ text: String, width: Int) -> String {
        guard width > 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { fitLine(Array($0), width) }
            .joined(separator: "\n")
    }

    private static func fitLine(_ chars: [Character], _ width: Int) -> String {
        guard chars.count > width else { return String(chars) }
        let lead = chars.prefix { $0 == " " }.count
        var start = lead, indent = lead
        if let gap = (lead..<chars.count - 1).first(where: { chars[$0] == " " && chars[$0 + 1] == " " }),
           let column = (gap..<chars.count).first(where: { chars[$0] != " " }), column <= width - 24 {
            start = column
            indent = column
        }
        let lines = TextTableView.wrap(String(chars[start...]), to: width - indent, maxLines: .max).map(\.text)
        let pad = String(repeating: " ", count: indent)
        return String(chars[..<start]) + lines.enumerated().map { $0.offset == 0 ? $0.element : pad + $0.element }
            .joined(separator: "\n")
    }
}
