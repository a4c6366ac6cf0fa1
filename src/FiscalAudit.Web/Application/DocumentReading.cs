using System.Text.Json;
using FiscalAudit.Reports;
using FiscalAudit.Reports.Parts;

namespace FiscalAudit.Web.Application;

/// <summary>
/// What the document page needs beyond the stored JSON, read from the stored bytes by the engine: the
/// format, the part of the disclosure each finding belongs to (by finding id) and, for text, Word and
/// Excel files, the source lines to show beside the findings.
/// </summary>
public sealed record DocumentReading(
    string Format,
    IReadOnlyList<DisclosurePart> Parts,
    IReadOnlyDictionary<string, DisclosurePart> PartByFinding,
    IReadOnlyList<SourceLine> Lines)
{
    /// <summary>The format of a file the engine could not read.</summary>
    public const string Unreadable = "unreadable";

    public bool IsPdf => Format == "pdf";

    /// <summary>
    /// The reading of a PDF from its stored document JSON alone (its format, parts and each finding's
    /// part), so that the page does not read the file again; null when the JSON lacks them (stored by an
    /// older engine) or the file is not a PDF (its source lines must be read).
    /// </summary>
    public static DocumentReading? FromStoredJson(string documentJson)
    {
        using var document = JsonDocument.Parse(documentJson);
        var root = document.RootElement;
        if (!root.TryGetProperty("format", out var format) || format.GetString() != "pdf" || !root.TryGetProperty("parts", out var partsJson)) return null;
        var parts = partsJson.EnumerateArray().Select(PartJson.Read).ToList();
        return new DocumentReading("pdf", parts, StoredParts(root, parts), Array.Empty<SourceLine>());
    }

    /// <summary>
    /// This reading of the file alone with the parts the stored JSON gives its findings: a finding of a check made with
    /// another document (上年对比, 预决算对照) is not among the file's own findings but has its part in the JSON.
    /// </summary>
    public DocumentReading WithStoredParts(string documentJson)
    {
        using var document = JsonDocument.Parse(documentJson);
        var byFinding = new Dictionary<string, DisclosurePart>(PartByFinding, StringComparer.Ordinal);
        foreach (var (id, part) in StoredParts(document.RootElement, Parts)) byFinding.TryAdd(id, part);
        return this with { PartByFinding = byFinding };
    }

    /// <summary>Each finding's part as the JSON's "part" key names it among <paramref name="parts"/>.</summary>
    private static Dictionary<string, DisclosurePart> StoredParts(JsonElement root, IReadOnlyList<DisclosurePart> parts)
    {
        var byKey = parts.DistinctBy(p => p.Key).ToDictionary(p => p.Key, StringComparer.Ordinal);
        var byFinding = new Dictionary<string, DisclosurePart>(StringComparer.Ordinal);
        foreach (var f in root.GetProperty("findings").EnumerateArray())
        {
            if (f.TryGetProperty("part", out var key) && key.GetString() is { } k && byKey.TryGetValue(k, out var part))
                byFinding.TryAdd(f.GetProperty("id").GetString() ?? string.Empty, part);
        }
        return byFinding;
    }
}

/// <summary>One physical line of the source as read: its page (PDF), line number, cell (spreadsheets) and text.</summary>
public sealed record SourceLine(int? Page, int? Line, string? Cell, string Text);
