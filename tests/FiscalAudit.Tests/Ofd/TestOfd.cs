using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace FiscalAudit.Tests.Ofd;

/// <summary>One page of a test OFD: its size in millimetres, its layer's objects and, if any, the objects of a template page drawn under it.</summary>
internal sealed record OfdTestPage(double Width, double Height, IReadOnlyList<XElement> Objects, IReadOnlyList<XElement>? Template = null);

/// <summary>
/// Writes OFD packages (GB/T 33190) for reader tests: OFD.xml → Doc_0/Document.xml (page area, template pages, pages) →
/// Doc_0/Pages/Page_N/Content.xml, template pages under Doc_0/Tpls/, images under Doc_0/Res/. <see cref="Parts"/> gives the parts to change before
/// <see cref="Zip"/> packs them, for tests of damaged files.
/// </summary>
internal static class TestOfd
{
    public static readonly XNamespace Ns = "http://www.ofdspec.org/2016";

    /// <summary>The package of <paramref name="pages"/>, with the image files of <paramref name="media"/> (by resource ID) under Doc_0/Res.</summary>
    public static byte[] Write(IReadOnlyList<OfdTestPage> pages, IReadOnlyDictionary<string, byte[]>? media = null) =>
        Zip(Parts(pages, media?.Keys), media?.Select(m => KeyValuePair.Create($"Doc_0/Res/image_{m.Key}", m.Value)));

    /// <summary>The XML parts of the package by path; the document resources list the images of <paramref name="media"/>.</summary>
    public static Dictionary<string, string> Parts(IReadOnlyList<OfdTestPage> pages, IEnumerable<string>? media = null)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["OFD.xml"] = Xml(new XElement(Ns + "OFD", new XAttribute(XNamespace.Xmlns + "ofd", Ns), new XAttribute("Version", "1.0"), new XAttribute("DocType", "OFD"),
                new XElement(Ns + "DocBody", new XElement(Ns + "DocInfo", new XElement(Ns + "DocID", "0")), new XElement(Ns + "DocRoot", "Doc_0/Document.xml")))),
            ["Doc_0/PublicRes.xml"] = Xml(new XElement(Ns + "Res", new XAttribute(XNamespace.Xmlns + "ofd", Ns), new XAttribute("BaseLoc", "Res"),
                new XElement(Ns + "Fonts", new XElement(Ns + "Font", new XAttribute("ID", "1"), new XAttribute("FontName", "宋体"))))),
        };
        var first = pages[0];
        var common = new XElement(Ns + "CommonData", new XElement(Ns + "MaxUnitID", "1"), new XElement(Ns + "PageArea", new XElement(Ns + "PhysicalBox", Box(0, 0, first.Width, first.Height))),
            new XElement(Ns + "PublicRes", "PublicRes.xml"));
        if (media is not null)
        {
            common.Add(new XElement(Ns + "DocumentRes", "DocumentRes.xml"));
            parts["Doc_0/DocumentRes.xml"] = Xml(new XElement(Ns + "Res", new XAttribute(XNamespace.Xmlns + "ofd", Ns), new XAttribute("BaseLoc", "Res"),
                new XElement(Ns + "MultiMedias", media.Select(id => new XElement(Ns + "MultiMedia", new XAttribute("ID", id), new XAttribute("Type", "Image"), new XElement(Ns + "MediaFile", $"image_{id}"))))));
        }
        var list = new XElement(Ns + "Pages");
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var content = new XElement(Ns + "Page", new XAttribute(XNamespace.Xmlns + "ofd", Ns));
            if (page.Template is not null)
            {
                common.Add(new XElement(Ns + "TemplatePage", new XAttribute("ID", $"T{i}"), new XAttribute("BaseLoc", $"Tpls/Tpl_{i}/Content.xml")));
                parts[$"Doc_0/Tpls/Tpl_{i}/Content.xml"] = Xml(new XElement(Ns + "Page", new XAttribute(XNamespace.Xmlns + "ofd", Ns), Layer(page.Template)));
                content.Add(new XElement(Ns + "Template", new XAttribute("TemplateID", $"T{i}"), new XAttribute("ZOrder", "Background")));
            }
            if (page.Width != first.Width || page.Height != first.Height) content.Add(new XElement(Ns + "Area", new XElement(Ns + "PhysicalBox", Box(0, 0, page.Width, page.Height))));
            content.Add(Layer(page.Objects));
            parts[$"Doc_0/Pages/Page_{i}/Content.xml"] = Xml(content);
            list.Add(new XElement(Ns + "Page", new XAttribute("ID", $"P{i}"), new XAttribute("BaseLoc", $"Pages/Page_{i}/Content.xml")));
        }
        parts["Doc_0/Document.xml"] = Xml(new XElement(Ns + "Document", new XAttribute(XNamespace.Xmlns + "ofd", Ns), common, list));
        return parts;
    }

    /// <summary>The parts packed as a ZIP, in the order given, then the <paramref name="files"/>.</summary>
    public static byte[] Zip(IEnumerable<KeyValuePair<string, string>> parts, IEnumerable<KeyValuePair<string, byte[]>>? files = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts.Select(p => KeyValuePair.Create(p.Key, Encoding.UTF8.GetBytes(p.Value))).Concat(files ?? []))
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>An ST_Box or ST_Array of <paramref name="values"/>.</summary>
    public static string Box(params double[] values) => string.Join(' ', values.Select(Number));

    public static string Number(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    private static XElement Layer(IReadOnlyList<XElement> objects) =>
        new(Ns + "Content", new XElement(Ns + "Layer", new XAttribute("ID", "L"), objects));

    private static string Xml(XElement root) => new XDeclaration("1.0", "UTF-8", null) + "\n" + root.ToString(SaveOptions.DisableFormatting);
}
