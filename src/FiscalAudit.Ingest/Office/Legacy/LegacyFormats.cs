using FiscalAudit.Core.Data;
using FiscalAudit.Ingest.Content;

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

    /// <summary>
    /// The format a file named with <paramref name="extension"/> is converted as: the one its content is when that is not
    /// usual under the extension (a Word 97-2003 file named .xls is a .doc), otherwise the extension's; null when neither is
    /// a legacy format.
    /// </summary>
    public static LegacyFormat? Of(string extension, byte[] content) =>
        ContentSignatures.Readable(content)?.Reading is { } reading && !reading.IsUsualFor(extension) && For(reading.As) is { } real ? real : For(extension);

    /// <summary>The format of <paramref name="extension"/>; null when it is not a legacy Office extension.</summary>
    public static LegacyFormat? For(string extension) =>
        Known.Formats.FirstOrDefault(f => f.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase));
}
