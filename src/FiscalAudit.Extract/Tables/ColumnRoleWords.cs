using System.Text.Json;
using System.Text.Json.Serialization;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Tables;

/// <summary>The role of a column by the last label of its header (column-roles.json): code, unit code, code parts, 行次, name, or value.</summary>
public static class ColumnRoleWords
{
    private static readonly File Words = EmbeddedJson.Load<File>(
        typeof(ColumnRoleWords).Assembly,
        "column-roles.json",
        new JsonSerializerOptions { PropertyNameCaseInsensitive = true, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } });

    /// <summary>The role of a column whose header ends in <paramref name="label"/>; <see cref="ColumnRole.Value"/> when its words name no other.</summary>
    public static ColumnRole RoleOf(string label)
    {
        if (Words.CodeWords.Any(w => label.Contains(w, StringComparison.Ordinal)))
            return Words.UnitCodeStarts.Any(s => label.StartsWith(s, StringComparison.Ordinal)) ? ColumnRole.UnitCode : ColumnRole.Code;
        if (Words.Labels.TryGetValue(label, out var role)) return role;
        return Words.NameEndings.Any(e => label.EndsWith(e, StringComparison.Ordinal)) ? ColumnRole.Name : ColumnRole.Value;
    }

    private sealed class File
    {
        public List<string> CodeWords { get; init; } = new();

        public List<string> UnitCodeStarts { get; init; } = new();

        public Dictionary<string, ColumnRole> Labels { get; init; } = new();

        public List<string> NameEndings { get; init; } = new();
    }
}
