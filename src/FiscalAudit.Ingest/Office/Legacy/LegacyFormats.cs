using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Office.Legacy;

/// <summary>The legacy Office formats of legacy-formats.json, by extension.</summary>
public static class LegacyFormats
{
    private sealed record Data(List<LegacyFormat> Formats, List<string> WebPageStarts);

    private static readonly Data Known = EmbeddedJson.Load<Data>(typeof(LegacyFormats).Assembly, "legacy-formats.json", new(System.Text.Json.JsonSerializerDefaults.Web));

    /// <summary>The extensions (lower case, with the dot).</summary>
    public static IEnumerable<string> Extensions => Known.Formats.Select(f => f.Extension);

    /// <summary>How a web page saved under a legacy extension begins.</summary>
    public static IReadOnlyList<string> WebPageStarts => Known.WebPageStarts;

    /// <summary>The format of <paramref name="extension"/>; null when it is not a legacy Office extension.</summary>
    public static LegacyFormat? For(string extension) =>
        Known.Formats.FirstOrDefault(f => f.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase));
}
