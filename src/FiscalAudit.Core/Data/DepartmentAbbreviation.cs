using System.Text.Json.Serialization;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Core.Data;

/// <summary>
/// Whether one printing of a department's name abbreviates the other (FA3014, FA6611), both already shortened by
/// <see cref="DepartmentNameForms"/>: “沁阳市疾控中心” of “沁阳市疾病预防控制中心”, “吴中区农技站” of “苏州市吴中区农业技术推广站” (the parent
/// place dropped), “鄂前旗财政局” of “鄂托克前旗财政局” (its place in short: <see cref="PlaceWords.Abbreviates"/>), never the parent
/// place's bureau (“上海市财政局” is not 上海市普陀区财政局), another place's (“鄂托克旗财政局” is not 鄂托克前旗财政局) nor one side of
/// a merged name. The rule's numbers: `abbreviations` of department-name-forms.json; the words that end a place, place-words.json.
/// </summary>
public static class DepartmentAbbreviation
{
    private static readonly AbbreviationRule Rule = EmbeddedJson.Load<FormsFile>(typeof(DepartmentAbbreviation).Assembly, "department-name-forms.json").Abbreviations;

    /// <summary>True when either name abbreviates the other, the one with more places read without its parent places.</summary>
    public static bool Either(string a, string b) =>
        WithoutParentPlaces(a, b).Concat(WithoutParentPlaces(b, a)).Any(p => Abbreviates(p.Name, p.Other) || Abbreviates(p.Other, p.Name, p.Parents));

    /// <summary>
    /// <paramref name="name"/> as printed, and without each leading run of places (“苏州市”) after which it starts with the same
    /// place as <paramref name="other"/> (“吴中区农业技术推广站” for “吴中区农技站”), or one the other's abbreviates (“双江拉祜族佤族布朗族傣族
    /// 自治县教育体育局” of “临沧市双江拉祜族佤族布朗族傣族自治县教育体育局” for “双江县教育体育局”), with the places left out (“通辽市”, which tells
    /// the place a form two places are called by names: “扎旗” of “通辽市扎鲁特旗”).
    /// </summary>
    private static IEnumerable<(string Name, string Other, string Parents)> WithoutParentPlaces(string name, string other)
    {
        yield return (name, other, string.Empty);
        for (var i = 1; i < name.Length; i++)
        {
            if (PlaceWords.EndsAPlace(name.AsSpan(0, i)) && (PlaceWords.SharedStart(name[i..], other) > 0 || OpensWithShortPlace(other, name[i..], name[..i])))
                yield return (name[i..], other, name[..i]);
        }
    }

    /// <summary>
    /// Whether <paramref name="shortName"/> opens with a short form of the place <paramref name="full"/> opens with (“鄂前旗财政局” of “鄂托克前旗…”),
    /// under the places <paramref name="parents"/> printed before it.
    /// </summary>
    private static bool OpensWithShortPlace(string shortName, string full, string parents) =>
        PlaceWords.Opening(shortName) is { } place && PlaceWords.Opening(full) is { } fullPlace && PlaceWords.Abbreviates(place, fullPlace, parents);

    /// <summary>
    /// “沁阳市疾控中心” of “沁阳市疾病预防控制中心”, “沁阳市农技站” of “沁阳市农业技术推广站”, “沁阳市委办” of “沁阳市委办公室”: the short name
    /// opens with the full one's place or a short form of it (“鄂前旗” of “鄂托克前旗”, read as the full place), never another place
    /// (“鄂托克旗财政局” of “鄂托克前旗财政局”), a form two places are called by naming the full one's under its <paramref name="parents"/>; it starts as the full one does (its place), keeps the full name's characters in their order, and ends with a character of
    /// the full name's last word (how many characters are shared at the start, how many end it: the data). It drops no place
    /// after the shared one (“上海市财政局” keeps no character of 上海市普陀区财政局's 普陀区) and keeps each department of a merged
    /// name (“沁阳市农水局” of “沁阳市农业农村和水利局”, not “沁阳市水利局”).
    /// </summary>
    private static bool Abbreviates(string shortName, string full, string parents = "")
    {
        if (shortName.Length >= full.Length) return false;
        if (PlaceWords.Opening(shortName) is { } place && PlaceWords.Opening(full) is { } fullPlace && place != fullPlace)
        {
            if (!PlaceWords.Abbreviates(place, fullPlace, parents)) return false;
            var placed = fullPlace + shortName[place.Length..];
            return placed == full || KeepsInOrder(placed, full);
        }
        return KeepsInOrder(shortName, full);
    }

    /// <summary>The abbreviation of <see cref="Abbreviates"/>, the two names' places compared as printed.</summary>
    private static bool KeepsInOrder(string shortName, string full)
    {
        if (shortName.Length >= full.Length || shortName.Length <= Rule.SharedStart
            || string.CompareOrdinal(shortName, 0, full, 0, Rule.SharedStart) != 0 || !full[^Rule.EndWord..].Contains(shortName[^1])) return false;
        if (InOrder.Positions(shortName, full) is not { } found) return false;
        var place = PlaceWords.SharedStart(shortName, full);
        return !DropsAPlace(full, place, found) && KeepsEachMergedName(full, place, found);
    }

    /// <summary>
    /// Whether the characters of the full name skipped right after the shared place (before the short name's next character,
    /// found at <paramref name="found"/>) are a place of their own: “普陀区” of “上海市普陀区财政局” for “上海市财政局”.
    /// </summary>
    private static bool DropsAPlace(string full, int place, IReadOnlyList<int> found) =>
        place < found.Count && found[place] > place && PlaceWords.EndsAPlace(full.AsSpan(place, found[place] - place));

    /// <summary>
    /// Whether the characters of the short name after the shared place and before its ending (found at <paramref name="found"/>
    /// in the full name) fall on both sides of the word that merges two departments in the full name, when it has one.
    /// </summary>
    private static bool KeepsEachMergedName(string full, int place, IReadOnlyList<int> found)
    {
        var merger = Rule.Mergers.Select(m => full.IndexOf(m, place, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (merger < 0) return true;
        var own = found.Skip(place).SkipLast(1).ToList();
        return own.Any(i => i < merger) && own.Any(i => i > merger);
    }

    private sealed record AbbreviationRule(
        [property: JsonPropertyName("sharedStart")] int SharedStart,
        [property: JsonPropertyName("endWord")] int EndWord,
        [property: JsonPropertyName("mergers")] IReadOnlyList<string> Mergers);

    private sealed record FormsFile([property: JsonPropertyName("abbreviations")] AbbreviationRule Abbreviations);
}
