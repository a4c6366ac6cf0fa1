using System.Text.Json;

namespace FiscalAudit.Web.Application;

/// <summary>One finding as the document page lists it, read from the stored JSON document object (nothing recomputed).</summary>
public sealed record FindingItem(string Id, string Rule, string Severity, string Message, string Location, string? Table, string? Expected, string? Actual, IReadOnlyList<string> Merged)
{
    /// <summary>Its own id, then the ids of the findings folded into it.</summary>
    public IEnumerable<string> AllIds => Merged.Prepend(Id);

    /// <summary>The findings of a JSON document object, in its order.</summary>
    public static IReadOnlyList<FindingItem> ReadAll(string documentJson)
    {
        using var document = JsonDocument.Parse(documentJson);
        return document.RootElement.GetProperty("findings").EnumerateArray().Select(f =>
        {
            var location = f.GetProperty("location");
            return new FindingItem(
                f.GetProperty("id").GetString() ?? "",
                f.GetProperty("rule").GetString() ?? "",
                f.GetProperty("severity").GetString() ?? "",
                f.GetProperty("message").GetString() ?? "",
                location.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
                location.TryGetProperty("table", out var table) && table.ValueKind == JsonValueKind.String ? table.GetString() : null,
                Printed(f, "expected"),
                Printed(f, "actual"),
                f.TryGetProperty("merged", out var merged) && merged.ValueKind == JsonValueKind.Array
                    ? merged.EnumerateArray().Select(m => m.GetString() ?? "").ToList()
                    : []);
        }).ToList();
    }

    /// <summary>A compared value as printed in the JSON (number text kept as written), or null.</summary>
    private static string? Printed(JsonElement finding, string name) =>
        finding.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        } : null;
}
