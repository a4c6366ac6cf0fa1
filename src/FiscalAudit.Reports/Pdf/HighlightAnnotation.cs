using System.Globalization;
using System.Text;
using FiscalAudit.Core.Documents;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace FiscalAudit.Reports.Pdf;

/// <summary>
/// A /Highlight markup annotation over one box: /Rect and /QuadPoints around it, the colour, a note
/// (/Contents, /T, /Subj) and an appearance stream that multiplies the colour over the page, so that
/// every viewer draws it the same way and the text stays readable.
/// </summary>
internal sealed class HighlightAnnotation : PdfAnnotation
{
    private const string QuadPointsKey = "/QuadPoints";

    public HighlightAnnotation(PdfDocument document, BoundingBox box, AnnotationColor color, string name, string subject, string contents)
        : base(document)
    {
        Elements.SetName(Keys.Subtype, "/Highlight");
        Elements[Keys.Rect] = PdfValues.Numbers(document, box.Left, box.Bottom, box.Right, box.Top);
        Elements[QuadPointsKey] = PdfValues.Numbers(document, box.Left, box.Top, box.Right, box.Top, box.Left, box.Bottom, box.Right, box.Bottom);
        PdfValues.Describe(document, this, color, name, subject, contents);
        var appearance = new PdfDictionary(document);
        appearance.Elements.SetReference("/N", Appearance(document, box, color));
        Elements[Keys.AP] = appearance;
    }

    private static PdfDictionary Appearance(PdfDocument document, BoundingBox box, AnnotationColor color)
    {
        var multiply = new PdfDictionary(document);
        multiply.Elements.SetName("/Type", "/ExtGState");
        multiply.Elements.SetName("/BM", "/Multiply");
        var states = new PdfDictionary(document);
        states.Elements["/Highlight"] = multiply;
        var resources = new PdfDictionary(document);
        resources.Elements["/ExtGState"] = states;

        var form = new PdfDictionary(document);
        form.Elements.SetName("/Type", "/XObject");
        form.Elements.SetName("/Subtype", "/Form");
        form.Elements["/BBox"] = PdfValues.Numbers(document, box.Left, box.Bottom, box.Right, box.Top);
        form.Elements["/Resources"] = resources;
        var content = string.Create(CultureInfo.InvariantCulture,
            $"q /Highlight gs {color.Red:0.###} {color.Green:0.###} {color.Blue:0.###} rg {box.Left:0.##} {box.Bottom:0.##} {box.Width:0.##} {box.Height:0.##} re f Q");
        form.CreateStream(Encoding.ASCII.GetBytes(content));
        document.Internals.AddObject(form);
        return form;
    }
}
