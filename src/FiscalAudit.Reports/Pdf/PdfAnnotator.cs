using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace FiscalAudit.Reports.Pdf;

/// <summary>
/// Writes the reviewer's copy of a checked PDF: the original pages with a highlight on every finding's
/// box (red 错误, orange 警告, blue 提示) carrying the note “规则 FA2004 错误：…（编号 …）”, and a lighter
/// highlight on each related place that points back to the finding's page. A finding without a box (a
/// note about the whole file) becomes a comment icon at the top of its page, or of page 1. The original
/// bytes are only read; the copy goes to the output stream.
/// </summary>
public static class PdfAnnotator
{
    /// <summary>The copy of “x.pdf” is “x.审核标注.pdf”.</summary>
    public const string CopySuffix = ".审核标注.pdf";

    /// <summary>Highlights reach this far (points) beyond the printed text they cover.</summary>
    private const double Padding = 1;

    public static string CopyName(string file) => Path.GetFileNameWithoutExtension(file) + CopySuffix;

    /// <summary>
    /// Annotates <paramref name="findings"/> (those of this one document) on a copy of <paramref name="original"/>
    /// written to <paramref name="output"/>. Throws <see cref="InvalidDataException"/> (Chinese message) when
    /// the PDF cannot be opened for writing (encrypted or damaged).
    /// </summary>
    public static void Annotate(byte[] original, IReadOnlyList<Finding> findings, Stream output)
    {
        using var document = Open(original);
        var notes = new CommentPlacer(document);
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var name = f.Id.Length > 0 ? f.Id : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var color = AnnotationColor.Of(f.Severity);
            var main = PlaceOf(document, f.Location.Source);
            if (main is { Box: { } box } place)
                place.Page.Annotations.Add(new HighlightAnnotation(document, box, color, name, AnnotationText.FindingSubject, AnnotationText.Note(f)));
            else
                notes.Add(f.Location.Source?.Page, color, name, AnnotationText.Note(f));
            var findingPage = main?.Number ?? f.Location.Source?.Page ?? 1;
            var r = 0;
            foreach (var related in f.RelatedLocations)
            {
                r++;
                if (PlaceOf(document, related.Source) is not { Box: { } relatedBox } at) continue;
                if (main is { Box: { } mainBox } && at.Number == main.Value.Number && Contains(mainBox, relatedBox)) continue;
                at.Page.Annotations.Add(new HighlightAnnotation(document, relatedBox, color.Lighter(), $"{name}-{r}", AnnotationText.RelatedSubject, AnnotationText.RelatedNote(f, findingPage)));
            }
        }
        document.Save(output, false);
    }

    private static PdfDocument Open(byte[] original)
    {
        try
        {
            return PdfReader.Open(new MemoryStream(original, writable: false), PdfDocumentOpenMode.Modify);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException("无法生成标注副本：PDF 文件已加密或结构无法写入。", e);
        }
    }

    /// <summary>The page of a location and its box (padded, inside the page), when the location is on a page of this file.</summary>
    private static (PdfPage Page, int Number, BoundingBox? Box)? PlaceOf(PdfDocument document, SourceLocation? location)
    {
        if (location?.Page is not int number || number < 1 || number > document.PageCount) return null;
        var page = document.Pages[number - 1];
        if (location.Box is not { } box) return (page, number, null);
        var media = page.MediaBox;
        var padded = new BoundingBox(
            Math.Max(box.Left - Padding, media.X1), Math.Max(box.Bottom - Padding, media.Y1),
            Math.Min(box.Right + Padding, media.X2), Math.Min(box.Top + Padding, media.Y2));
        return (page, number, padded.Width > 0 && padded.Height > 0 ? padded : null);
    }

    private static bool Contains(BoundingBox outer, BoundingBox inner) =>
        outer.Left <= inner.Left && outer.Bottom <= inner.Bottom && inner.Right <= outer.Right && inner.Top <= outer.Top;
}
