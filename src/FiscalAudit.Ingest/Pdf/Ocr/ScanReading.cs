using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// The pages of a PDF with its scanned pages recognised where OCR is available: each recognised page goes through the layout
/// chain as a text page does (<see cref="PageAnalyzer.Ruled"/>), with the real text a scanned page has (<see cref="TextLayer"/>)
/// where it is; a page that gave no text stays a scanned page, with the reason, or is read from its real text alone.
/// A sheet of two pages side by side is read as two pages, the left one first (<see cref="SheetGutter"/>): the pages read
/// are numbered in reading order, and <see cref="Placements"/> knows the PDF page each lies on.
/// Says what the reviewer must know: which pages were recognised (scans, and pages whose letters were mojibake), which could
/// not be read and why — by the numbers of the PDF's pages.
/// </summary>
internal sealed class ScanReading
{
    private readonly Dictionary<int, string> failures = new();
    private readonly List<int> recognised = new();
    private readonly HashSet<int> garbled;
    private readonly bool available;
    private readonly int sheets;

    public ScanReading(ScanRecogniser recogniser, PageAnalyzer analyzer, byte[] content, List<PageLayout> pages, IReadOnlyDictionary<int, TextLayer> layers, CancellationToken cancellation)
    {
        available = recogniser.Available;
        sheets = pages.Count;
        var scanned = pages.Where(p => p.Scanned).ToList();
        ScannedCount = scanned.Count;
        garbled = scanned.Where(p => p.Garbled).Select(p => p.Number).ToHashSet();
        var read = available && scanned.Count > 0 ? recogniser.Recognise(content, scanned, cancellation).ToLookup(r => r.Number) : null;
        foreach (var page in pages)
        {
            var layer = layers.GetValueOrDefault(page.Number);
            var parts = read?[page.Number].ToList() ?? [];
            if (parts.Count > 0 && parts.All(p => p.Failure is not null) && layer is null) failures[page.Number] = parts[0].Failure!;
            var done = parts.Where(p => p.Failure is null).ToList();
            if (done.Count == 0)
            {
                Pages.Add(layer is null ? page with { Number = Pages.Count + 1 } : analyzer.Ruled(Pages.Count + 1, page.Width, page.Height, layer.Glyphs, layer.Segments));
                Placements.AddRead(Pages.Count, page.Number, 0);
                continue;
            }
            recognised.Add(page.Number);
            Placements.Add(page.Number, page.Rotate + done[0].Turn, parts.Max(p => p.Left + p.Width), done[0].Height);
            Placements.AddOrigin(page.Number, page.Origin.X, page.Origin.Y);
            // The real text of a sheet cut in two goes with the half it lies on, moved as the half is.
            foreach (var part in done)
            {
                var kept = parts.Count == 1 ? layer : layer?.Columns(part.Left, part.Left + part.Width);
                var (glyphs, segments) = kept is not null ? kept.With(part.Glyphs, part.Segments) : ([.. part.Glyphs], [.. part.Segments]);
                Pages.Add(analyzer.Ruled(Pages.Count + 1, part.Width, part.Height, glyphs, segments));
                Placements.AddRead(Pages.Count, page.Number, part.Left);
            }
        }
        if (Pages.Count != sheets) Placements.PageCount = sheets;
    }

    /// <summary>Where the pages read lie on the PDF's pages (<see cref="PagePlacements"/>).</summary>
    public PagePlacements Placements { get; } = new();

    /// <summary>The numbers of the PDF's pages recognised.</summary>
    public IReadOnlyList<int> Recognised => recognised;

    /// <summary>The pages read, in reading order, numbered from 1; the recognised ones with their text.</summary>
    public List<PageLayout> Pages { get; } = new();

    /// <summary>How many pages are images without text, or pages whose letters are mojibake.</summary>
    public int ScannedCount { get; }

    /// <summary>Why a file whose pages all lack text cannot be read.</summary>
    public string Unreadable(string path) =>
        ScannedCount == 0 ? $"文件“{path}”没有可提取的文字（共 {sheets} 页，均为空白）。"
        : !available ? $"文件“{path}”{What()}，本服务器未安装文字识别（OCR）组件（pdftoppm、tesseract），无法识别。请先做文字识别（OCR）再审核。"
        : $"文件“{path}”{What()}，文字识别（OCR）也未能读出文字：{string.Join("；", failures.OrderBy(f => f.Key).Select(f => $"第{f.Key}页：{f.Value}"))}。请检查扫描是否清晰、页面方向是否正确，或先做文字识别（OCR）再审核。";

    /// <summary>What the unreadable pages are: scans, pages of mojibake, or both.</summary>
    private string What() =>
        garbled.Count == 0 ? $"是扫描件，无可提取文字（共 {sheets} 页，{ScannedCount} 页为图像）"
        : garbled.Count == ScannedCount ? $"的文字无法正确提取（共 {sheets} 页，{ScannedCount} 页的文字提取为乱码，字体编码表损坏）"
        : $"是扫描件，无可正确提取的文字（共 {sheets} 页，{ScannedCount - garbled.Count} 页为图像，{garbled.Count} 页的文字提取为乱码）";

    /// <summary>
    /// The notes for the reviewer on <paramref name="pages"/> (the pages read): one for the scanned pages recognised, one for
    /// the pages of mojibake recognised, one for each page of either kind left unread.
    /// </summary>
    public IEnumerable<ReadNote> Notes(string path, IReadOnlyList<PageLayout> pages)
    {
        var scans = recognised.Where(n => !garbled.Contains(n)).ToList();
        var mojibake = recognised.Where(garbled.Contains).ToList();
        if (scans.Count > 0) yield return Note(path, On(pages, scans[0]), $"第{PageNumbers.List(scans)}页为扫描件，已做文字识别（OCR），识别结果可能有误，请对照原件核对。");
        if (mojibake.Count > 0) yield return Note(path, On(pages, mojibake[0]), $"第{PageNumbers.List(mojibake)}页的文字提取为乱码（字体编码表损坏），已按页面图像做文字识别（OCR），识别结果可能有误，请对照原件核对。");
        foreach (var page in pages.Where(p => p.Scanned))
        {
            var number = Placements.Page(page.Number);
            var why = failures.TryGetValue(number, out var failure) ? $"，文字识别（OCR）未能读出文字（{failure}）" : available ? string.Empty : "，本服务器未安装文字识别（OCR）组件";
            yield return Note(path, page, page.Garbled ? $"第{number}页的文字提取为乱码（字体编码表损坏）{why}，该页内容未审核。" : $"第{number}页是扫描件，无可提取文字{why}，该页内容未审核。");
        }
    }

    /// <summary>The first page read of PDF page <paramref name="number"/>.</summary>
    private PageLayout On(IReadOnlyList<PageLayout> pages, int number) => pages.First(p => Placements.Page(p.Number) == number);

    private static ReadNote Note(string path, PageLayout page, string message) =>
        new(message, new SourceLocation(path, page.Number, Box: new BoundingBox(0, 0, page.Width, page.Height)));
}
