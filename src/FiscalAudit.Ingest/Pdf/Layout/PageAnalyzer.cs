namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// The chain for one page: glyphs → words → rulings → grids → cells; remaining words → lines → tables
/// aligned without rulings → cells; remaining words → lines, all in reading order. Every step is replaceable.
/// </summary>
public sealed class PageAnalyzer
{
    private readonly WordExtractor words;
    private readonly RulingExtractor rulings;
    private readonly GridBuilder grids;
    private readonly CellFiller cells;
    private readonly LineBuilder lines;
    private readonly AlignedTableFinder aligned;

    public PageAnalyzer(WordExtractor? words = null, RulingExtractor? rulings = null, GridBuilder? grids = null, CellFiller? cells = null, LineBuilder? lines = null, AlignedTableFinder? aligned = null)
    {
        this.aligned = aligned ?? new AlignedTableFinder();
        this.words = words ?? new WordExtractor();
        this.rulings = rulings ?? new RulingExtractor();
        this.grids = grids ?? new GridBuilder();
        this.lines = lines ?? new LineBuilder();
        this.cells = cells ?? new CellFiller(this.lines);
    }

    public PageLayout Analyze(int number, double width, double height, IEnumerable<Glyph> glyphs, IEnumerable<Segment> segments)
    {
        var pageWords = words.Extract(glyphs);
        var pageGrids = grids.Build(rulings.Extract(segments));
        var (ruled, rest) = cells.Fill(pageGrids, pageWords);
        var restLines = lines.Build(rest);
        var alignedGrids = aligned.Find(restLines);
        // Most pages have no table without rulings: their lines are the ones already built.
        var (unruled, outside) = alignedGrids.Count == 0 ? ([], rest) : cells.Fill(alignedGrids, rest);
        var outsideLines = alignedGrids.Count == 0 ? restLines : lines.Build(outside);
        var tables = ruled.Concat(unruled).ToList();
        var items = outsideLines.Select(l => (Top: l.Box.Top, Item: (object)l))
            .Concat(tables.Where(t => t.Rows.Any(r => r.Any(c => c.Text.Length > 0))).Select(t => (Top: t.Box.Top, Item: (object)t)))
            .OrderByDescending(i => i.Top)
            .Select(i => i.Item)
            .ToList();
        return new PageLayout(number, width, height, items);
    }
}
