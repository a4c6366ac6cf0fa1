using System.Xml.Linq;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// One page of an OFD document drawn: the glyphs and segments of its layers (PageBlocks opened) and of the template pages
/// it draws under or over itself, in points, and the images it holds. Its area is its own Area or the document's.
/// </summary>
internal sealed class OfdPageDrawing
{
    private readonly OfdSettings settings;
    private int objects;

    private OfdPageDrawing(OfdPageArea area, OfdSettings settings)
    {
        Area = area;
        this.settings = settings;
    }

    public OfdPageArea Area { get; }

    public List<Glyph> Glyphs { get; } = [];

    public List<Segment> Segments { get; } = [];

    public List<PlacedImage> Images { get; } = [];

    public static OfdPageDrawing Read(OfdPackage package, OfdDocument document, string part, OfdSettings settings)
    {
        var page = package.Xml(part);
        var numbers = new OfdNumbers(part);
        var area = OfdPageArea.Of(page.Child("Area"), numbers) ?? document.Area
            ?? throw new OfdPartException(part, "没有页面大小（页面的 Area 和 Document.xml 的 CommonData/PageArea 都没有 PhysicalBox）");
        var drawing = new OfdPageDrawing(area, settings);
        var templates = page.Children("Template").Select(t => (Foreground: (string?)t.Attribute("ZOrder") == "Foreground", Part: Template(document, part, t))).ToList();
        foreach (var template in templates.Where(t => !t.Foreground)) drawing.Draw(package.Xml(template.Part), new OfdNumbers(template.Part));
        drawing.Draw(page, numbers);
        foreach (var template in templates.Where(t => t.Foreground)) drawing.Draw(package.Xml(template.Part), new OfdNumbers(template.Part));
        return drawing;
    }

    private static string Template(OfdDocument document, string part, XElement reference)
    {
        var id = ((string?)reference.Attribute("TemplateID"))?.Trim() ?? string.Empty;
        return document.Templates.TryGetValue(id, out var template)
            ? template
            : throw new OfdPartException(part, $"引用的模板页“{id}”不存在（{document.Part} 的 CommonData 中没有这个 TemplatePage）");
    }

    private void Draw(XElement page, OfdNumbers numbers)
    {
        foreach (var layer in page.Child("Content")?.Children("Layer") ?? []) Walk(layer, numbers);
    }

    private void Walk(XElement container, OfdNumbers numbers)
    {
        foreach (var graphic in container.Elements())
        {
            if (++objects > settings.MaxObjects) throw new OfdPartException(numbers.Part, $"（连同模板页）的图形对象超过 {settings.MaxObjects} 个，不予读取");
            switch (graphic.Name.LocalName)
            {
                case "TextObject":
                    Glyphs.AddRange(OfdText.Glyphs(graphic, numbers, Area, settings));
                    break;
                case "PathObject":
                    Segments.AddRange(OfdPath.Segments(graphic, numbers, Area, settings));
                    break;
                case "ImageObject":
                    Images.Add(PlacedImage.Of(graphic, numbers, Area, settings));
                    break;
                case "PageBlock":
                    Walk(graphic, numbers);
                    break;
            }
        }
    }
}
