using System.Text.Json;
using FiscalAudit.Reports.Parts;

namespace FiscalAudit.Reports;

/// <summary>A part of the disclosure: {"key","title","check","found"} (the check-sheet's rows).</summary>
public static class PartJson
{
    public static void Write(Utf8JsonWriter w, DisclosurePart part)
    {
        w.WriteStartObject();
        w.WriteString("key", part.Key);
        w.WriteString("title", part.Title);
        w.WriteString("check", part.Check);
        w.WriteBoolean("found", part.Found);
        w.WriteEndObject();
    }

    /// <summary>Reads one back (the web application keeps the JSON and shows its parts).</summary>
    public static DisclosurePart Read(JsonElement e) => new(
        e.GetProperty("key").GetString() ?? string.Empty,
        e.GetProperty("title").GetString() ?? string.Empty,
        e.TryGetProperty("check", out var c) ? c.GetString() ?? string.Empty : string.Empty,
        e.TryGetProperty("found", out var f) && f.ValueKind == JsonValueKind.True);
}
