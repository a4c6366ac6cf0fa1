using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace FiscalAudit.Reports.Pdf;

/// <summary>PDF objects the annotation builders write: number arrays (rectangles, quads, colours), Unicode text and the common fields.</summary>
internal static class PdfValues
{
    /// <summary>What every FiscalAudit annotation carries: colour, the print flag, a unique name, author, subject and the note.</summary>
    public static void Describe(PdfDocument document, PdfAnnotation annotation, AnnotationColor color, string name, string subject, string contents)
    {
        var fields = annotation.Elements;
        fields[PdfAnnotation.Keys.C] = Numbers(document, color.Red, color.Green, color.Blue);
        fields.SetInteger(PdfAnnotation.Keys.F, (int)PdfAnnotationFlags.Print);
        fields[PdfAnnotation.Keys.NM] = new PdfString(name);
        fields[PdfAnnotation.Keys.T] = Text(AnnotationText.Author);
        fields[PdfAnnotation.Keys.Subj] = Text(subject);
        fields[PdfAnnotation.Keys.Contents] = Text(contents);
    }

    public static PdfArray Numbers(PdfDocument document, params double[] values) =>
        new(document, values.Select(v => (PdfItem)new PdfReal(Math.Round(v, 3))).ToArray());

    /// <summary>A text string in UTF-16 (Chinese notes).</summary>
    public static PdfString Text(string value) => new(value, PdfStringEncoding.Unicode);
}
