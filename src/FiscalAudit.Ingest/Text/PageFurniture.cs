using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// The lines of a web page that belong to the site, not to the document (page-furniture.json): menus,
/// breadcrumbs, “打印本页 关闭窗口”, “字号：大 中 小”, the footer with 版权所有 and the ICP number.
/// </summary>
internal static class PageFurniture
{
    private sealed record Data(int MaximumLength, List<string> Phrases);

    private static readonly Data Words = EmbeddedJson.Load<Data>(typeof(PageFurniture).Assembly, "page-furniture.json", new(System.Text.Json.JsonSerializerDefaults.Web));

    public static bool Is(string line) =>
        line.Length <= Words.MaximumLength && Words.Phrases.Any(p => line.Contains(p, StringComparison.Ordinal));
}
