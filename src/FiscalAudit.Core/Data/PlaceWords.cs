using System.Text.Json;

namespace FiscalAudit.Core.Data;

/// <summary>
/// The words that end the name of a place (省, 自治区, 市, 区, 县 …) and the words ending so that start none (“城市”), read by
/// extraction and rules alike, and the places two names share or part at: place-words.json.
/// </summary>
public static class PlaceWords
{
    private static readonly File Data = EmbeddedJson.Load<File>(
        typeof(PlaceWords).Assembly, "place-words.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>The words, as listed.</summary>
    public static IReadOnlyList<string> All { get; } = Data.Places;

    /// <summary>The words ending with a word of places that start no place (“城市” of “南宁市城市管理局”).</summary>
    public static IReadOnlyList<string> NotPlaces { get; } = Data.NotPlaces;

    /// <summary>The most characters a place's own name has before its word (“锡林郭勒盟”, “广西壮族自治区”): the limit of every reader of places.</summary>
    public static int NameLength { get; } = Data.NameLength;

    /// <summary>The words ending the name of a place whose own name may be longer (“…自治县”, “科尔沁右翼前旗”), each ending with a word of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Long { get; } = Data.LongPlaces;

    /// <summary>The most characters a place's own name has before a word of <see cref="Long"/> (“双江拉祜族佤族布朗族傣族自治县”).</summary>
    public static int LongNameLength { get; } = Data.LongNameLength;

    /// <summary>The words ending the name of a zone (“高新区”, “开发区”, “新区”) whose bodies a host district may oversee.</summary>
    public static IReadOnlyList<string> Zones { get; } = Data.Zones;

    /// <summary>Whether <paramref name="text"/> ends with a word of places.</summary>
    public static bool EndsAPlace(ReadOnlySpan<char> text)
    {
        foreach (var p in All)
        {
            if (text.EndsWith(p, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>How many characters the place both names start with takes: the longest shared start that ends with a word of places.</summary>
    public static int SharedStart(string a, string b)
    {
        for (var n = Math.Min(a.Length, b.Length); n > 0; n--)
        {
            if (string.CompareOrdinal(a, 0, b, 0, n) == 0 && EndsAPlace(a.AsSpan(0, n))) return n;
        }
        return 0;
    }

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> name bodies of two places apart, neither body's place above the other's: they
    /// start with the same places, then each with a place of its own (“南宁市兴宁区教育局” and “南宁市青秀区第一中学”), or, sharing no
    /// place printed first, each names a district of its own (“南宁市兴宁区教育局” and “青秀区第一中学”). Only certain places are
    /// compared (<see cref="Certain"/>), never a zone.
    /// </summary>
    public static bool Siblings(string a, string b)
    {
        var shared = SharedStart(a, b);
        var (x, y) = shared > 0 ? (Opening(a[shared..]), Opening(b[shared..])) : (District(a), District(b));
        return x is not null && y is not null && x != y && Certain(x) && Certain(y);
    }

    /// <summary>
    /// Whether <paramref name="place"/> surely names a place: its own name has certainLength characters or more before its word, and it is
    /// no zone (“高新区”) and ends with no word of uncertain (“…社区”, “红旗”).
    /// </summary>
    private static bool Certain(string place) =>
        place.Length - Word(place).Length >= Data.CertainLength
        && !Zones.Concat(Data.Uncertain).Any(w => place.EndsWith(w, StringComparison.Ordinal));

    /// <summary>The first of the places <paramref name="name"/> opens with whose word is a district's (“兴宁区” of “南宁市兴宁区教育局”), or null.</summary>
    private static string? District(string name)
    {
        for (var at = 0; at < name.Length && Opening(name[at..]) is { } place; at += place.Length)
        {
            if (Data.Districts.Contains(Word(place))) return place;
        }
        return null;
    }

    /// <summary>The longest word of places <paramref name="place"/> ends with (“自治区” of “广西壮族自治区”, not “区”).</summary>
    private static string Word(string place) => All.Where(p => place.EndsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length) ?? string.Empty;

    /// <summary>
    /// The place <paramref name="text"/> opens with (one to nameLength characters, then a word of places, or one to longNameLength, then
    /// a word of longPlaces; not a word of notPlaces), or null.
    /// </summary>
    private static string? Opening(string text)
    {
        if (NotPlaces.Any(w => text.StartsWith(w, StringComparison.Ordinal))) return null;
        for (var n = 2; n <= Math.Min(text.Length - 1, LongNameLength + Long.Max(p => p.Length)); n++)
        {
            if (Ends(text.AsSpan(0, n), All, NameLength) || Ends(text.AsSpan(0, n), Long, LongNameLength)) return text[..n];
        }
        return null;
    }

    /// <summary>Whether <paramref name="place"/> is one to <paramref name="limit"/> characters followed by one of <paramref name="words"/>.</summary>
    private static bool Ends(ReadOnlySpan<char> place, IReadOnlyList<string> words, int limit)
    {
        foreach (var w in words)
        {
            if (place.Length > w.Length && place.Length - w.Length <= limit && place.EndsWith(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private sealed class File
    {
        public List<string> Places { get; init; } = new();

        public List<string> NotPlaces { get; init; } = new();

        public List<string> Zones { get; init; } = new();

        public int NameLength { get; init; }

        public List<string> LongPlaces { get; init; } = new();

        public int LongNameLength { get; init; }

        public List<string> Districts { get; init; } = new();

        public int CertainLength { get; init; }

        public List<string> Uncertain { get; init; } = new();
    }
}
