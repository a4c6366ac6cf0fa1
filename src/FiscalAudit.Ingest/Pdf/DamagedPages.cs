using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>
/// What the reviewer must know about the pages of a fixed-layout file that could not be read (<see cref="PageLayout.Damaged"/>):
/// a note on each, and why a file none of whose pages gave text is refused.
/// </summary>
internal static class DamagedPages
{
    /// <summary>One note for each damaged page of <paramref name="pages"/> (the pages read), on the whole page, named by the number of the PDF page it is (<paramref name="pdfPage"/>).</summary>
    public static IEnumerable<ReadNote> Notes(string path, IEnumerable<PageLayout> pages, Func<int, int> pdfPage) =>
        pages.Where(p => p.Damaged).Select(p =>
            new ReadNote($"第{pdfPage(p.Number)}页内容损坏，无法读取，该页内容未审核。", new SourceLocation(path, p.Number, Box: new BoundingBox(0, 0, p.Width, p.Height))));

    /// <summary>Why a file whose pages all gave no text cannot be read: the damaged pages named, the other pages as <paramref name="scans"/> says.</summary>
    public static string Unreadable(string path, IReadOnlyList<PageLayout> pages, ScanReading scans)
    {
        var damaged = pages.Where(p => p.Damaged).Select(p => p.Number).ToList();
        if (damaged.Count == 0) return scans.Unreadable(path);
        if (damaged.Count == pages.Count)
            return $"文件“{path}”已损坏：全部 {pages.Count} 页的内容（页面内容、字体或图像）都无法解析，无法读取。请重新获取原文件，或用原软件重新导出后再审核。";
        var these = $"第{PageNumbers.List(damaged)}页内容损坏，无法读取";
        return scans.ScannedCount == 0
            ? $"文件“{path}”没有可读取的文字：{these}，其余 {pages.Count - damaged.Count} 页为空白。"
            : $"{scans.Unreadable(path)}另外，{these}。";
    }
}
