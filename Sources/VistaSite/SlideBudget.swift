/// The room on a slide and what each kind of block takes of it, in the px of a 1280 × 720 slide
/// (the deck's design size; at any other size every length scales with the slide). The slide
/// stylesheet (`slides.css`) sets the root font size to 24 of these px, so `1rem` is 24 px.
///
/// The figures were measured in headless Chromium on the example's slides (see docs/THEMING.md,
/// "slides"): each estimate is the measured height rounded up, and the body's room is a little
/// less than what the slide has, so that an estimate that is short by a line still fits.
struct SlideBudget: Sendable, Equatable {
    /// The height a slide's content may fill: 720 less 32 px of padding above and 64 below (the
    /// controls and the slide number), less 16 px of margin for estimates that fall short.
    var height: Double = 608
    /// The width of the text: 1280 less 2 × 64 px of padding.
    var width: Double = 1152
    /// A section's `##` heading: 44 px text, one line at 1.15, 24 px below.
    var heading: Double = 76
    /// Each further line of a heading that wraps.
    var headingLine: Double = 51
    /// The average width of a character of body text at 24 px, a little wide on purpose.
    var characterWidth: Double = 12.6
    /// One line of body text: 24 px at a line height of 1.4.
    var line: Double = 34
    /// The margin below a paragraph, a list or a table.
    var gap: Double = 20
    /// The space between two list items.
    var itemGap: Double = 6
    /// A list item's indent.
    var indent: Double = 40
    /// A `###` (or smaller) heading: 28 px at 1.2, with its margins.
    var subheading: Double = 58
    /// One line of code: 20 px at 1.4, and the block's padding.
    var codeLine: Double = 28
    var codePadding: Double = 40
    /// Tables: 18 px text at a line height of 1.3, a character's width, a row's padding and
    /// border, a cell's padding on each side.
    var tableLine: Double = 24
    var tableCharacterWidth: Double = 9.5
    var tableRowPadding: Double = 10
    var tableCellPadding: Double = 10
    /// The width a chart is drawn at on a slide (its height follows from its proportions).
    var chartWidth: Double = 1100
    /// KPI tiles: how many fit in a row, and the height of a row.
    var tilesPerRow: Int = 4
    var tileRow: Double = 236
    /// A horizontal rule.
    var rule: Double = 40
}
