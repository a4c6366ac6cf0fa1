namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// The chain for one page: glyphs → words (footnote marks left out, <see cref="FootnoteMarks"/>) → rulings → grids → cells; remaining words → lines,
/// the footnotes at the page's foot set apart (<see cref="FootnoteAreas"/>) (<see cref="Ruled"/>);
/// then the page's parts (<see cref="PageRegions"/>: tables side by side), and in each part tables aligned without rulings among
/// those lines → cells; remaining words → lines, all in reading order (<see cref="Aligned"/>). Every step is replaceable.
/// </summary>
public sealed class PageAnalyzer
{
    private readonly WordExtractor words;
    private readonly RulingExtractor rulings;
    private readonly GridBuilder grids;
    private readonly CellFiller cells;
    private readonly LineBuilder lines;
    private readonly AlignedTableFinder aligned;
    private readonly PageRegions regions;

    public PageAnalyzer(WordExtractor? words = null, RulingExtractor? rulings = null, GridBuilder? grids = null, CellFiller? cells = null, LineBuilder? lines = null, AlignedTableFinder? aligned = null, PageRegions? regions = null)
    {
        this.aligned = aligned ?? new AlignedTableFinder();
        this.regions = regions ?? new PageRegions();
        this.words = words ?? new WordExtractor();
        this.rulings = rulings ?? new RulingExtractor();
        this.grids = grids ?? new GridBuilder();
        this.lines = lines ?? new LineBuilder();
        this.cells = cells ?? new CellFiller(this.lines);
    }

    /// <summary>
    /// The first part of the chain: the page's ruled tables and the lines outside them. Page furniture is removed
    /// from these lines (across pages) before <see cref="Aligned"/> looks for tables among them, so that a running
    /// header or page number never becomes a row of a table without rulings.
    /// </summary>
    public PageLayout Ruled(int number, double width, double height, IEnumerable<Glyph> glyphs, IEnumerable<Segment> segments)
    {
        var pageWords = FootnoteMarks.Without(words.Extract(glyphs));
        var pageRulings = rulings.Extract(segments);
        var (ruled, rest) = cells.Fill(grids.Build(pageRulings), pageWords);
        var (text, notes) = FootnoteAreas.Split(lines.Build(rest), pageRulings, width, height);
        return new PageLayout(number, width, height, Ordered(text, ruled), Footnotes: notes);
    }

    /// <summary>
    /// The second part: tables without rulings found among the lines of a page read by <see cref="Ruled"/>, in each of the page's
    /// parts (<see cref="PageRegions"/>) read one after the other; the pages of one document share one <paramref name="alignment"/>, read in order.
    /// </summary>
    public PageLayout Aligned(PageLayout page, RowAlignment? alignment = null) =>
        page with { Items = regions.Split(page.Items).SelectMany(part => Aligned(part, alignment)).ToList() };

    private IReadOnlyList<object> Aligned(IReadOnlyList<object> items, RowAlignment? alignment)
    {
        var restLines = items.OfType<PdfLine>().ToList();
        var alignedGrids = aligned.Find(restLines, alignment);
        // Most parts have no table without rulings: their lines are the ones already built.
        if (alignedGrids.Count == 0) return items;
        var (unruled, outside) = cells.Fill(alignedGrids, restLines.SelectMany(l => l.Words).ToList());
        return Ordered(lines.Build(outside), items.OfType<PageTable>().Concat(unruled));
    }

    private static List<object> Ordered(IEnumerable<PdfLine> lines, IEnumerable<PageTable> tables) =>
        lines.Select(l => (Top: l.Box.Top, Item: (object)l))
            .Concat(tables.Where(t => t.Rows.Any(r => r.Any(c => c.Text.Length > 0))).Select(t => (Top: t.Box.Top, Item: (object)t)))
            .OrderByDescending(i => i.Top)
            .Select(i => i.Item)
            .ToList();
}
