using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>Options for <see cref="PageFurnitureFilter"/>.</summary>
/// <param name="MarginFraction">The top and bottom bands of a page (fraction of its height) where headers, footers and page numbers live.</param>
/// <param name="RepeatFraction">A margin line repeated (digits ignored) on at least this fraction of pages is a running header/footer.</param>
/// <param name="MinRepeatPages">…and on at least this many pages.</param>
/// <param name="CentreTolerance">A page number standing last on a short page is centred within this fraction of the page width.</param>
public sealed record PageFurnitureOptions(double MarginFraction = 0.08, double RepeatFraction = 0.5, int MinRepeatPages = 3, double CentreTolerance = 0.05);

/// <summary>
/// Removes page numbers, running headers and footers: text lines in the page margins that are not content; the running headers
/// and footers removed are handed on once each (<see cref="Running"/>).
/// </summary>
public sealed partial class PageFurnitureFilter
{
    private readonly PageFurnitureOptions options;

    public PageFurnitureFilter(PageFurnitureOptions? options = null)
    {
        this.options = options ?? new PageFurnitureOptions();
    }

    [GeneratedRegex(@"[0-9０-９]+")]
    private static partial Regex Digits();

    public IReadOnlyList<PageLayout> Filter(IReadOnlyList<PageLayout> pages)
    {
        var marginTexts = RunningTexts(pages);
        return pages.Select(p =>
        {
            var furniture = MarginLines(p).Where(l => IsPageNumber(l) || marginTexts.Contains(Key(l.Text, pages.Count))).ToHashSet();
            if (TrailingPageNumber(p, pages.Count) is { } number) furniture.Add(number);
            return furniture.Count == 0 ? p : p with { Items = p.Items.Where(i => i is not PdfLine l || !furniture.Contains(l)).ToList() };
        }).ToList();
    }

    /// <summary>
    /// The running headers and footers <see cref="Filter"/> removes from <paramref name="pages"/> of the file <paramref name="path"/>, as the
    /// document keeps them (<see cref="SourceDocument.RunningLines"/>): each distinct text once, placed on the first page it stands on
    /// (“第1页页眉”), its page number left out. They are no paragraph's nor table's, but what they name is the document's.
    /// </summary>
    public IReadOnlyList<TextLine> Running(string path, IReadOnlyList<PageLayout> pages)
    {
        var marginTexts = RunningTexts(pages);
        return RunningText.Lines(pages.SelectMany(p => MarginLines(p)
            .Where(l => !IsPageNumber(l) && marginTexts.Contains(Key(l.Text, pages.Count)))
            .OrderByDescending(l => l.Box.Top)
            .Select(l => new TextLine(l.Text, new SourceLocation(path, p.Number, Box: l.Box, Margin: l.Box.Bottom >= p.Height / 2 ? "页眉" : "页脚")))));
    }

    /// <summary>
    /// The margin lines (digits ignored) repeated on at least <see cref="PageFurnitureOptions.MinRepeatPages"/> pages and that fraction of
    /// the pages — or, in a document shorter than that, printed the same, digits too, on each of its pages (two at least): a header
    /// printed on both pages of a short document is as much a header as on thirty, while “附表1”, “附表2” are two captions.
    /// </summary>
    private HashSet<string> RunningTexts(IReadOnlyList<PageLayout> pages)
    {
        var least = Short(pages.Count) ? Math.Max(pages.Count, 2) : options.MinRepeatPages;
        return pages.SelectMany(p => MarginLines(p).Select(l => Key(l.Text, pages.Count)).Distinct()).GroupBy(k => k)
            .Where(g => g.Count() >= least && g.Count() >= options.RepeatFraction * pages.Count)
            .Select(g => g.Key)
            .ToHashSet();
    }

    /// <summary>
    /// The page number of a page whose text ends above the bottom margin (江苏 budgets print it right under the last
    /// line: 检察院17 p24 “23”, 人大18 p16 “16”): the page's last item, a centred line holding only a number no greater
    /// than the document's page count. Left in, it would split a paragraph running on to the next page.
    /// </summary>
    private PdfLine? TrailingPageNumber(PageLayout page, int pageCount) =>
        page.Items.Count > 1 && page.Items[^1] is PdfLine line && IsPageNumber(line)
        && int.TryParse(Digits().Match(line.Text).Value, out var n) && n >= 1 && n <= pageCount
        && Math.Abs((line.Box.Left + line.Box.Right) / 2 - page.Width / 2) <= options.CentreTolerance * page.Width
            ? line
            : null;

    /// <summary>
    /// A line that reads as a page number (<see cref="PageNumberLine.IsInMargin"/>: “3”, “- 3 -”, “第 3 页，共 9 页”, “Page 3 of 9”): a few words, no number of more
    /// than four digits — the row of 栏次 numbers of a table (“1 2 3 … 12”) at the top of a page is no page number.
    /// </summary>
    private static bool IsPageNumber(PdfLine line) =>
        line.Words.Count <= MaxPageNumberWords && PageNumberLine.IsInMargin(line.Text.Trim()) && line.Words.All(w => Digits().Matches(w.Text).All(m => m.Length <= 4));

    private const int MaxPageNumberWords = 5;

    private IEnumerable<PdfLine> MarginLines(PageLayout page)
    {
        var band = page.Height * options.MarginFraction;
        var top = page.Items.TakeWhile(i => i is PdfLine l && l.Box.Bottom >= page.Height - band).Cast<PdfLine>();
        var bottom = page.Items.Reverse().TakeWhile(i => i is PdfLine l && l.Box.Top <= band).Cast<PdfLine>();
        return top.Concat(bottom);
    }

    private bool Short(int pageCount) => pageCount < options.MinRepeatPages;

    /// <summary>What tells margin lines apart: the text with its digits ignored, the text itself in a short document.</summary>
    private string Key(string text, int pageCount) => Short(pageCount) ? text : Digits().Replace(text, "#");
}
