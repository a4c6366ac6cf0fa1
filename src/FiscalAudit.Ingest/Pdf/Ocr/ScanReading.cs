using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// The pages of a PDF with its scanned pages recognised where OCR is available: each recognised page goes through the layout
/// chain as a text page does (<see cref="PageAnalyzer.Ruled"/>), with the real text a scanned page has (<see cref="TextLayer"/>)
/// where it is; a page that gave no text stays a scanned page, with the reason, or is read from its real text alone.
/// Says what the reviewer must know: which pages were recognised (scans, and pages whose letters were mojibake), which could
/// not be read and why.
/// </summary>
internal sealed class ScanReading
{
    private readonly Dictionary<int, string> failures = new();
    private readonly List<int> recognised = new();
    private readonly HashSet<int> garbled;
    private readonly bool available;

    public ScanReading(ScanRecogniser recogniser, PageAnalyzer analyzer, byte[] content, List<PageLayout> pages, IReadOnlyDictionary<int, TextLayer> layers, CancellationToken cancellation)
    {
        available = recogniser.Available;
        var scanned = pages.Where(p => p.Scanned).ToList();
        ScannedCount = scanned.Count;
        garbled = scanned.Where(p => p.Garbled).Select(p => p.Number).ToHashSet();
        Pages = pages;
        if (available && scanned.Count > 0)
        {
            foreach (var page in recogniser.Recognise(content, scanned, cancellation))
            {
                var layer = layers.GetValueOrDefault(page.Number);
                if (page.Failure is not null)
                {
                    if (layer is null) failures[page.Number] = page.Failure;
                    continue;
                }
                recognised.Add(page.Number);
                Turned.Add(page.Number, pages[page.Number - 1].Rotate + page.Turn, page.Width, page.Height);
                var (glyphs, segments) = layer?.With(page.Glyphs, page.Segments) ?? ([.. page.Glyphs], [.. page.Segments]);
                pages[page.Number - 1] = analyzer.Ruled(page.Number, page.Width, page.Height, glyphs, segments);
            }
        }
        foreach (var (number, layer) in layers.Where(l => !recognised.Contains(l.Key)))
            pages[number - 1] = analyzer.Ruled(number, pages[number - 1].Width, pages[number - 1].Height, layer.Glyphs, layer.Segments);
    }

    /// <summary>The recognised pages read turned upright (<see cref="TurnedPages"/>).</summary>
    public TurnedPages Turned { get; } = new();

    /// <summary>The numbers of the pages recognised.</summary>
    public IReadOnlyList<int> Recognised => recognised;

    /// <summary>The pages, the recognised ones with their text.</summary>
    public List<PageLayout> Pages { get; }

    /// <summary>How many pages are images without text, or pages whose letters are mojibake.</summary>
    public int ScannedCount { get; }

    /// <summary>Why a file whose pages all lack text cannot be read.</summary>
    public string Unreadable(string path) =>
        ScannedCount == 0 ? $"文件“{path}”没有可提取的文字（共 {Pages.Count} 页，均为空白）。"
        : !available ? $"文件“{path}”{What()}，本服务器未安装文字识别（OCR）组件（pdftoppm、tesseract），无法识别。请先做文字识别（OCR）再审核。"
        : $"文件“{path}”{What()}，文字识别（OCR）也未能读出文字：{string.Join("；", failures.OrderBy(f => f.Key).Select(f => $"第{f.Key}页：{f.Value}"))}。请检查扫描是否清晰、页面方向是否正确，或先做文字识别（OCR）再审核。";

    /// <summary>What the unreadable pages are: scans, pages of mojibake, or both.</summary>
    private string What() =>
        garbled.Count == 0 ? $"是扫描件，无可提取文字（共 {Pages.Count} 页，{ScannedCount} 页为图像）"
        : garbled.Count == ScannedCount ? $"的文字无法正确提取（共 {Pages.Count} 页，{ScannedCount} 页的文字提取为乱码，字体编码表损坏）"
        : $"是扫描件，无可正确提取的文字（共 {Pages.Count} 页，{ScannedCount - garbled.Count} 页为图像，{garbled.Count} 页的文字提取为乱码）";

    /// <summary>
    /// The notes for the reviewer: one for the scanned pages recognised, one for the pages of mojibake recognised, one for
    /// each page of either kind left unread.
    /// </summary>
    public IEnumerable<ReadNote> Notes(string path, IReadOnlyList<PageLayout> pages)
    {
        var scans = recognised.Where(n => !garbled.Contains(n)).ToList();
        var mojibake = recognised.Where(garbled.Contains).ToList();
        if (scans.Count > 0) yield return Note(path, pages[scans[0] - 1], $"第{PageNumbers.List(scans)}页为扫描件，已做文字识别（OCR），识别结果可能有误，请对照原件核对。");
        if (mojibake.Count > 0) yield return Note(path, pages[mojibake[0] - 1], $"第{PageNumbers.List(mojibake)}页的文字提取为乱码（字体编码表损坏），已按页面图像做文字识别（OCR），识别结果可能有误，请对照原件核对。");
        foreach (var page in pages.Where(p => p.Scanned))
        {
            var why = failures.TryGetValue(page.Number, out var failure) ? $"，文字识别（OCR）未能读出文字（{failure}）" : available ? string.Empty : "，本服务器未安装文字识别（OCR）组件";
            yield return Note(path, page, page.Garbled ? $"第{page.Number}页的文字提取为乱码（字体编码表损坏）{why}，该页内容未审核。" : $"第{page.Number}页是扫描件，无可提取文字{why}，该页内容未审核。");
        }
    }

    private static ReadNote Note(string path, PageLayout page, string message) =>
        new(message, new SourceLocation(path, page.Number, Box: new BoundingBox(0, 0, page.Width, page.Height)));
}
