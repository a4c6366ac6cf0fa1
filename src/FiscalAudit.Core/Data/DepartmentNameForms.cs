using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace FiscalAudit.Core.Data;

/// <summary>
/// Whether two printings name one department, one list for all who ask: the weighing of which department a document is
/// (Extract's DepartmentEvidence), FA3014 and FA6611, and the matching of the files of one document set. Each is read without its
/// leading prefix (“中国共产党”) and with its long forms shortened (“委员会办公厅” → “委办公厅”, “人民检察院” → “检察院”); they agree
/// when one ends with the other or abbreviates it (<see cref="DepartmentAbbreviation"/>), or when they name the two bodies of one office
/// (<see cref="SharedOffices"/>: “…区委组织部” and “…区公务员局”). The forms are data: department-name-forms.json.
/// </summary>
public static class DepartmentNameForms
{
    private static readonly FormsFile Data = EmbeddedJson.Load<FormsFile>(typeof(DepartmentNameForms).Assembly, "department-name-forms.json");

    private static readonly IReadOnlyList<(Regex Pattern, string Replacement)> Patterns =
        Data.Patterns.Select(p => (new Regex(p.Expression, RegexOptions.CultureInvariant), p.Replacement)).ToList();

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> name one department: either of a name's two names (“中共上海市普陀区委组织部
    /// （上海市普陀区公务员局）”) agrees with either of the other's, one perhaps printed with its level only (“市委编办”).
    /// </summary>
    public static bool Same(string a, string b) => Names(a).Any(x => Names(b).Any(y => SameName(x, y)));

    private static bool SameName(string a, string b)
    {
        var (x, y) = (Short(a), Short(b));
        if (x.Length == 0 || y.Length == 0) return false;
        return Agree(x, y) || Agree(Placed(x, y), y) || Agree(x, Placed(y, x));
    }

    private static bool Agree(string x, string y) =>
        x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal) || DepartmentAbbreviation.Either(x, y) || SharedOffices.Same(x, y);

    /// <summary>
    /// A name and, when it prints one in brackets after it, the body's second name with its places (“…区委组织部（…区公务员局）”); a
    /// bracket without places (“（本级）”, “（汇总）”) is no second name.
    /// </summary>
    private static IEnumerable<string> Names(string name)
    {
        var open = name.IndexOfAny(['（', '(']);
        if (open <= 0 || name[^1] is not ('）' or ')')) return [name];
        var second = name[(open + 1)..^1];
        return PlaceWords.All.Any(p => second.Contains(p, StringComparison.Ordinal)) ? [name[..open], second] : [name];
    }

    /// <summary>
    /// <paramref name="name"/> given the places of <paramref name="other"/> before its level when it starts with one (“市委编办” of
    /// “南宁市委机构编制委办公室” → “南宁市委编办”, “市财政局” of “上海市普陀区财政局” → “上海市财政局”, the city's); else as printed.
    /// </summary>
    public static string Placed(string name, string other)
    {
        if (PlaceWords.All.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal)) is not { } level) return name;
        var end = other.IndexOf(level, StringComparison.Ordinal);
        return end > 0 ? other[..end] + name : name;
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

    private sealed record FormsFile(
        [property: JsonPropertyName("patterns")] IReadOnlyList<Pattern> Patterns,
        [property: JsonPropertyName("prefixes")] IReadOnlyList<string> Prefixes,
        [property: JsonPropertyName("forms")] IReadOnlyList<Form> Forms);
}
