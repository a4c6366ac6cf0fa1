using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Engine.Pairing;

/// <summary>
/// One name for the ways a department is printed (“中国共产党江苏省委员会办公厅” = “江苏省委办公厅”): the
/// abbreviations and aliases of Pairing/department-names.json applied to <see cref="DocumentPairing.DepartmentKey"/>.
/// </summary>
public static class DepartmentNames
{
    private static readonly NamesFile Data = EmbeddedJson.Load<NamesFile>(typeof(DepartmentNames).Assembly, "department-names.json");

    private static readonly IReadOnlyList<(Regex Pattern, string Replacement)> Abbreviations =
        Data.Abbreviations.Select(a => (new Regex(a.Pattern, RegexOptions.CultureInvariant), a.Replacement)).ToList();

    private static readonly IReadOnlyDictionary<string, string> Aliases = Data.Aliases
        .SelectMany(group => group.Select(name => (Name: Shorten(name), First: Shorten(group[0]))))
        .ToDictionary(p => p.Name, p => p.First, StringComparer.Ordinal);

    /// <summary>The department's one name, or null when the document names none.</summary>
    public static string? Canonical(string? printed) =>
        DocumentPairing.DepartmentKey(printed) is { } key ? Aliases.GetValueOrDefault(Shorten(key), Shorten(key)) : null;

    private static string Shorten(string name) =>
        Abbreviations.Aggregate(name, (n, a) => a.Pattern.Replace(n, a.Replacement, 1));

    private sealed record Abbreviation(
        [property: JsonPropertyName("pattern")] string Pattern,
        [property: JsonPropertyName("replacement")] string Replacement);

    private sealed record NamesFile(
        [property: JsonPropertyName("abbreviations")] IReadOnlyList<Abbreviation> Abbreviations,
        [property: JsonPropertyName("aliases")] IReadOnlyList<IReadOnlyList<string>> Aliases);
}
