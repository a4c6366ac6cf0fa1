namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// The first document of an OFD package as far as reading its pages needs: OFD.xml's DocBody/DocRoot → Document.xml
/// with the default page area (CommonData/PageArea), the template pages by ID, the pages' Content.xml parts in order and the
/// resource parts (PublicRes, DocumentRes).
/// </summary>
internal sealed record OfdDocument(string Part, OfdPageArea? Area, IReadOnlyDictionary<string, string> Templates, IReadOnlyList<string> Pages, IReadOnlyList<string> Resources)
{
    public const string Entry = "OFD.xml";

    public static OfdDocument Read(OfdPackage package, OfdSettings settings)
    {
        var root = package.Xml(Entry);
        var location = root.Child("DocBody")?.ChildText("DocRoot") ?? throw new OfdPartException(Entry, "中没有 DocBody/DocRoot（文档入口），不是有效的 OFD 文件");
        var part = OfdPackage.Resolve(Entry, location);
        var document = package.Xml(part);
        var numbers = new OfdNumbers(part);
        var common = document.Child("CommonData");
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in common?.Children("TemplatePage") ?? [])
            if ((string?)template.Attribute("ID") is { } id && (string?)template.Attribute("BaseLoc") is { } baseLoc) templates.TryAdd(id.Trim(), OfdPackage.Resolve(part, baseLoc));
        var pages = document.Child("Pages")?.Children("Page").ToList() ?? [];
        if (pages.Count == 0) throw new OfdPartException(part, "中没有页面（Pages/Page）");
        if (pages.Count > settings.MaxPages) throw new OfdPartException(part, $"列出 {pages.Count} 页，超过可读取的上限 {settings.MaxPages} 页");
        var contents = pages.Select((page, i) => (string?)page.Attribute("BaseLoc") is { } baseLoc
            ? OfdPackage.Resolve(part, baseLoc)
            : throw new OfdPartException(part, $"中第{i + 1}页没有 BaseLoc（页面内容的位置）")).ToList();
        var resources = (common?.Elements() ?? []).Where(e => e.Name.LocalName is "PublicRes" or "DocumentRes" && e.Value.Trim().Length > 0).Select(e => OfdPackage.Resolve(part, e.Value)).ToList();
        return new OfdDocument(part, OfdPageArea.Of(common?.Child("PageArea"), numbers), templates, contents, resources);
    }
}
