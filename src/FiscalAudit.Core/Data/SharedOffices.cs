using System.Text.Json.Serialization;

namespace FiscalAudit.Core.Data;

/// <summary>
/// Whether two printings, both already shortened by <see cref="DepartmentNameForms"/>, name the two bodies of one office: a Party
/// department and the government body merged into it or whose name it bears (合署办公, 挂牌: “南宁市青秀区委组织部” and
/// “南宁市青秀区公务员局”, “武汉市江岸区纪律检查委员会” and “武汉市江岸区监察委员会”), of the same place. Another place's body
/// (“南宁市兴宁区公务员局”, the city's “南宁市公务员局”) and another office's (“南宁市青秀区新闻出版局” for the 组织部) do not
/// agree. The offices are data: `offices` of department-name-forms.json.
/// </summary>
public static class SharedOffices
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Offices =
        EmbeddedJson.Load<FormsFile>(typeof(SharedOffices).Assembly, "department-name-forms.json").Offices.Groups
            .Select(g => (IReadOnlyList<string>)g.Select(DepartmentNameForms.Short).OrderByDescending(n => n.Length).ToList()).ToList();

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> end with names of one office and their places agree (one ends with the other).</summary>
    public static bool Same(string a, string b) =>
        Offices.Any(office => Place(a, office) is { } x && Place(b, office) is { } y && (x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal)));

    /// <summary>The places before the office's name <paramref name="name"/> ends with, or null when it ends with none or its rest is no place.</summary>
    private static string? Place(string name, IReadOnlyList<string> office) =>
        office.FirstOrDefault(n => name.Length > n.Length && name.EndsWith(n, StringComparison.Ordinal)) is { } end
        && name[..^end.Length] is var place && PlaceWords.All.Any(w => place.EndsWith(w, StringComparison.Ordinal)) ? place : null;

    private sealed record OfficesFile([property: JsonPropertyName("groups")] IReadOnlyList<IReadOnlyList<string>> Groups);

    private sealed record FormsFile([property: JsonPropertyName("offices")] OfficesFile Offices);
}
