using System.Text.Json;

namespace FiscalAudit.Web.Application;

/// <summary>One finding as the document page lists it, read from the stored JSON document object (nothing recomputed).</summary>
/// <param name="Former">The ids it (and the findings folded into it) had under earlier id schemes ("formerIds"; empty when none).</param>
public sealed record FindingItem(string Id, string Rule, string Severity, string Message, string Location, string? Table, string? Expected, string? Actual, IReadOnlyList<string> Merged, IReadOnlyList<string> Former)
{
    /// <summary>Its own id, then the ids of the findings folded into it, then the former ids: every id a decision on it may be stored under.</summary>
    public IEnumerable<string> AllIds => Merged.Prepend(Id).Concat(Former);

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
                Ids(f, "merged"),
                Ids(f, "formerIds"));
        }).ToList();
    }

    /// <summary>The ids listed under <paramref name="name"/>; empty when there is no such list.</summary>
    private static List<string> Ids(JsonElement finding, string name) =>
        finding.TryGetProperty(name, out var ids) && ids.ValueKind == JsonValueKind.Array ? ids.EnumerateArray().Select(m => m.GetString() ?? "").ToList() : [];

    /// <summary>A compared value as printed in the JSON (number text kept as written), or null.</summary>
    private static string? Printed(JsonElement finding, string name) =>
        finding.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        } : null;
}
