/// The chart stylesheet that the site appends to its CSS.
///
/// Colours are CSS custom properties with light and dark defaults (by `prefers-color-scheme`), declared
/// with zero specificity so that a theme overrides them (`--vista-accent-chart` and
/// `--vista-accent-chart-dark` colour the first series in the light and the dark scheme).
/// The wide variant of a chart shows in containers of 660 px and more, the narrow one below (container
/// queries, with a viewport media query where those are missing); print always uses the wide variant.
public enum ChartStyles {
    /// The stylesheet.
    public static let css: String = {
        var css = "/* Vista charts */\n"
        css += ":where(:root){\(ChartPalette.light.declarations)}\n"
        css += "@media (prefers-color-scheme: dark){:where(:root){\(ChartPalette.dark.declarations)}}\n"
        css += rules
        return css
    }()

    static let rules = """
    .vista-chart{container-type:inline-size;margin:1rem 0;color:var(--vista-text)}
    .vista-chart-svg,.vista-sparkline{display:block;width:100%;height:auto;overflow:visible}
    .vista-chart-narrow{display:none}
    @container (max-width: 659.98px){.vista-chart-wide{display:none}.vista-chart-narrow{display:block}}
    @supports not (container-type:inline-size){@media (max-width: 719.98px){.vista-chart-wide{display:none}.vista-chart-narrow{display:block}}}
    .vista-sparkline{max-width:10rem;color:var(--vista-chart-1)}
    .vista-chart-svg text{font-family:var(--vista-chart-font,system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif);fill:var(--vista-text)}
    .vista-chart-svg .vista-value,.vista-chart-svg .vista-row-label,.vista-chart-svg .vista-end-label,.vista-chart-svg .vista-target-label,.vista-chart-svg .vista-event-label,.vista-chart-svg .vista-baseline-label{paint-order:stroke;stroke:var(--vista-chart-bg);stroke-width:3px;stroke-linejoin:round}
    .vista-chart-svg .vista-end-label{fill:currentColor}
    .vista-chart-svg .vista-target-label{fill:var(--vista-target)}
    .vista-grid line{stroke:var(--vista-grid);stroke-width:1}
    .vista-zero{stroke:var(--vista-text);stroke-width:1;opacity:.6}
    .vista-c1{color:var(--vista-chart-1)}.vista-c2{color:var(--vista-chart-2)}.vista-c3{color:var(--vista-chart-3)}.vista-c4{color:var(--vista-chart-4)}
    .vista-c5{color:var(--vista-chart-5)}.vista-c6{color:var(--vista-chart-6)}.vista-c7{color:var(--vista-chart-7)}.vista-c8{color:var(--vista-chart-8)}
    .vista-good{color:var(--vista-good)}.vista-bad{color:var(--vista-bad)}.vista-neutral,.vista-total{color:var(--vista-neutral)}
    .vista-total{color:var(--vista-chart-1)}
    .vista-line{fill:none;stroke:currentColor;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}
    .vista-sparkline .vista-line{stroke-width:2}
    .vista-area{fill:currentColor;fill-opacity:.18;stroke:none}
    .vista-dot,.vista-after,.vista-bar,.vista-swatch{fill:currentColor}
    .vista-before{fill:var(--vista-chart-bg);stroke:currentColor;stroke-width:2}
    .vista-stem{stroke:currentColor;stroke-width:3}
    .vista-swatch-line{stroke:currentColor;stroke-width:3}
    .vista-connector{stroke:var(--vista-text);stroke-width:1;stroke-dasharray:2 2;opacity:.7}
    .vista-target{stroke:var(--vista-target);stroke-width:1.5;stroke-dasharray:6 4}
    .vista-event,.vista-baseline{stroke:var(--vista-text);stroke-width:1;stroke-dasharray:3 3;opacity:.7}
    .vista-one-off{fill:var(--vista-bad);fill-opacity:.12;stroke:var(--vista-bad);stroke-width:2;stroke-dasharray:6 3}
    .vista-one-off-rule{stroke:var(--vista-text);stroke-width:1;stroke-dasharray:1 3;opacity:.6}
    .vista-payback{stroke:var(--vista-good);stroke-width:1.5;stroke-dasharray:5 3}
    .vista-chart-svg .vista-payback-label,.vista-chart-svg .vista-payback-none-label{font-weight:600;paint-order:stroke;stroke:var(--vista-chart-bg);stroke-width:3px;stroke-linejoin:round}
    .vista-payback-point{fill:var(--vista-chart-bg);stroke:var(--vista-good);stroke-width:2.5}
    .vista-table-scroll{overflow-x:auto;max-width:100%}
    .vista-chart-table{border-collapse:collapse;font-variant-numeric:tabular-nums}
    .vista-chart-table caption{text-align:left;font-weight:600;padding:.25rem 0}
    .vista-chart-table th,.vista-chart-table td{padding:.25rem .6rem;border-bottom:1px solid var(--vista-grid)}
    .vista-chart-table td{text-align:right;white-space:nowrap}
    .vista-chart-table th[scope=row]{text-align:left;font-weight:normal}
    .vista-chart-table thead th{text-align:right}.vista-chart-table thead th:first-child{text-align:left}
    .vista-sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    @media print{:where(:root){\(ChartPalette.light.declarations)}.vista-chart{break-inside:avoid}.vista-chart .vista-chart-wide{display:block!important}.vista-chart .vista-chart-narrow{display:none!important}}

    """
}
