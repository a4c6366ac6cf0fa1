using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace FiscalAudit.Reports.Pdf;

/// <summary>
/// Comment icons for findings that have no box (notes about a whole page or file): stacked down the left
/// margin from the top of their page, or of page 1 when they name no page.
/// </summary>
internal sealed class CommentPlacer
{
    private const double Size = 20;
    private const double Margin = 12;

    private readonly PdfDocument document;
    private readonly Dictionary<int, int> placed = new();

    public CommentPlacer(PdfDocument document)
    {
        this.document = document;
    }

    public void Add(int? pageNumber, AnnotationColor color, string name, string contents)
    {
        var number = pageNumber is int n && n >= 1 && n <= document.PageCount ? n : 1;
        var page = document.Pages[number - 1];
        var count = placed.GetValueOrDefault(number);
        placed[number] = count + 1;
        var media = page.MediaBox;
        var top = media.Y2 - Margin - count * (Size + 4);
        var note = new PdfTextAnnotation(document) { Icon = PdfTextAnnotationIcon.Comment };
        note.Elements[PdfAnnotation.Keys.Rect] = PdfValues.Numbers(document, media.X1 + Margin, top - Size, media.X1 + Margin + Size, top);
        PdfValues.Describe(document, note, color, name, AnnotationText.FindingSubject, contents);
        page.Annotations.Add(note);
    }
}
