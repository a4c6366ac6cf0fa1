using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using PlaceWords = FiscalAudit.Core.Data.PlaceWords;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// Whether two printings name one department (FA3014): each without its leading prefix (“中国共产党”) and with its long
/// forms shortened (“委员会办公厅” → “委办公厅”, “人民检察院” → “检察院”), one ends with the other or abbreviates it. The forms are data:
/// Templates/department-name-forms.json; the words that end a place, Core's place-words.json.
/// </summary>
public static class DepartmentNameForms
{
    private static readonly FormsFile Data = EmbeddedJson.Load<FormsFile>("department-name-forms.json");

    private static readonly IReadOnlyList<(Regex Pattern, string Replacement)> Patterns =
        Data.Patterns.Select(p => (new Regex(p.Expression, RegexOptions.CultureInvariant), p.Replacement)).ToList();

    public static bool Same(string a, string b)
    {
        var (x, y) = (Short(a), Short(b));
        return x.Length > 0 && y.Length > 0 && (x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal) || Abbreviates(x, y) || Abbreviates(y, x));
    }

    /// <summary>
    /// “沁阳市疾控中心” of “沁阳市疾病预防控制中心”, “沁阳市农技站” of “沁阳市农业技术推广站”, “沁阳市委办” of “沁阳市委办公室”: the short name
    /// starts as the full one does (its place), keeps the full name's characters in their order, and ends with a character of
    /// the full name's last word (`abbreviations` of the file: how many characters are shared at the start, how many end it).
    /// Of a merged name it keeps each department (“沁阳市农水局” of “沁阳市农业农村和水利局”, not “沁阳市水利局”).
    /// </summary>
    private static bool Abbreviates(string shortName, string full)
    {
        var rule = Data.Abbreviations;
        if (shortName.Length >= full.Length || shortName.Length <= rule.SharedStart
            || string.CompareOrdinal(shortName, 0, full, 0, rule.SharedStart) != 0 || !full[^rule.EndWord..].Contains(shortName[^1])) return false;
        var found = new List<int>();
        var at = 0;
        foreach (var c in shortName)
        {
            at = full.IndexOf(c, at) + 1;
            if (at == 0) return false;
            found.Add(at - 1);
        }
        return KeepsEachMergedName(shortName, full, found);
    }

    /// <summary>
    /// Whether the characters of the short name after the shared place and before its ending (found at <paramref name="found"/>
    /// in the full name) fall on both sides of the word that merges two departments in the full name, when it has one.
    /// </summary>
    private static bool KeepsEachMergedName(string shortName, string full, IReadOnlyList<int> found)
    {
        var place = SharedPlace(shortName, full);
        var merger = Data.Abbreviations.Mergers.Select(m => full.IndexOf(m, place, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (merger < 0) return true;
        var own = found.Skip(place).SkipLast(1).ToList();
        return own.Any(i => i < merger) && own.Any(i => i > merger);
    }

    /// <summary>How many characters the place both names start with takes: the longest shared start that ends with a word of places.</summary>
    private static int SharedPlace(string a, string b)
    {
        for (var n = Math.Min(a.Length, b.Length); n > 0; n--)
        {
            if (string.CompareOrdinal(a, 0, b, 0, n) == 0 && PlaceWords.All.Any(p => a.AsSpan(0, n).EndsWith(p, StringComparison.Ordinal))) return n;
        }
        return 0;
    }

    /// <summary>“中国共产党江苏省委员会办公厅” → “江苏省委办公厅”: spaces removed, patterns applied, prefix and long forms removed.</summary>
    public static string Short(string name)
    {
        var s = name.Replace(" ", string.Empty).Replace("\u3000", string.Empty);
        foreach (var (pattern, replacement) in Patterns) s = pattern.Replace(s, replacement, 1);
        if (Data.Prefixes.FirstOrDefault(p => s.StartsWith(p, StringComparison.Ordinal)) is { } prefix) s = s[prefix.Length..];
        foreach (var form in Data.Forms) s = s.Replace(form.Full, form.Short, StringComparison.Ordinal);
        return s;
    }

    private sealed record Form(
        [property: JsonPropertyName("full")] string Full,
        [property: JsonPropertyName("short")] string Short);

    private sealed record Pattern(
        [property: JsonPropertyName("pattern")] string Expression,
        [property: JsonPropertyName("replacement")] string Replacement);

    private sealed record AbbreviationRule(
        [property: JsonPropertyName("sharedStart")] int SharedStart,
        [property: JsonPropertyName("endWord")] int EndWord,
        [property: JsonPropertyName("mergers")] IReadOnlyList<string> Mergers);

    private sealed record FormsFile(
        [property: JsonPropertyName("patterns")] IReadOnlyList<Pattern> Patterns,
        [property: JsonPropertyName("prefixes")] IReadOnlyList<string> Prefixes,
        [property: JsonPropertyName("forms")] IReadOnlyList<Form> Forms,
        [property: JsonPropertyName("abbreviations")] AbbreviationRule Abbreviations);
}
