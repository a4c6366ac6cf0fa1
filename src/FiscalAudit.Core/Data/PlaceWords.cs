using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Core.Data;

/// <summary>
/// The words that end the name of a place (省, 自治区, 市, 区, 县 …) and the words ending so that start none (“城市”), read by
/// extraction and rules alike, and the places two names share or part at: place-words.json.
/// </summary>
public static class PlaceWords
{
    private const string Han = @"\u4e00-\u9fa5";

    private static readonly File Data = EmbeddedJson.Load<File>(
        typeof(PlaceWords).Assembly, "place-words.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>The words, as listed.</summary>
    public static IReadOnlyList<string> All { get; } = Data.Places;

    /// <summary>The most characters a place's own name has before its word (“锡林郭勒盟”, “广西壮族自治区”): the limit of every reader of places.</summary>
    public static int NameLength { get; } = Data.NameLength;

    /// <summary>The words ending the name of a zone (“高新区”, “开发区”, “新区”) whose bodies a host district may oversee.</summary>
    public static IReadOnlyList<string> Zones { get; } = Data.Zones;

    /// <summary>
    /// The pattern of a place: a place printed whole (wholePlaces: “第八师”, “自由贸易试验区”, perhaps after its wholePlaceLead, “中国（湖南）”), one to nameLength characters ending with a word of places (“普陀区”), or one to longNameLength ending
    /// with a word of longPlaces (“科尔沁右翼前旗”, “双江拉祜族佤族布朗族傣族自治县”) and no character of notInLongNames (“白沙黎族自治县社会福利院是
    /// 白沙黎族自治县” is no place), never a word that starts no place (“城市”): the one shape of a place every reader shares (Extract's
    /// OrganisationNames, the place a name opens with here).
    /// </summary>
    public static string Pattern { get; } =
        $"(?!{Words(Data.NotPlaces)})(?:(?:{Data.WholePlaceLead})?(?:{Words(Data.WholePlaces)})|[{Han}]{{1,{Data.NameLength}}}?(?:{Words(Data.Places)})"
        + $"|{LongPlace(1)})";

    /// <summary>
    /// The pattern of a place whose own name may run past nameLength (“南宁高新技术产业开发区”, longPlaces), its own name at least
    /// <paramref name="least"/> characters: how a reader of names tells a running text's verb before such a place from the place
    /// (“支持南宁高新技术产业开发区管委会…”).
    /// </summary>
    public static string LongPlace(int least) =>
        $"[{Han}-[{Regex.Escape(string.Concat(Data.NotInLongNames))}]]{{{least},{Data.LongNameLength}}}?(?:{Words(Data.LongPlaces)})";

    /// <summary>A place opening a text that goes on after it, the shortest.</summary>
    private static readonly Regex OpeningPlace = new($"^(?:{Pattern})(?=.)", RegexOptions.Compiled);

    /// <summary>The side words a place's name may end with before its word (“前” of “鄂托克前旗”), data.</summary>
    private static readonly Regex SideRun = new($"^(?:{Words(Data.Sides)})+$", RegexOptions.Compiled);

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

    /// <summary>The place <paramref name="text"/> opens with (<see cref="Pattern"/>, the shortest, some text after it), or null.</summary>
    internal static string? Opening(string text) => OpeningPlace.Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>
    /// Whether the place <paramref name="shortPlace"/> is a short form of the place <paramref name="fullPlace"/>: it ends with the same
    /// word, its own name (abbreviatedLength characters or more) keeps the full one's characters in their order from its first, and
    /// either starts it (“双江县” of “双江拉祜族佤族布朗族傣族自治县”, “东乌旗” of “东乌珠穆沁旗”) or ends with its last (“鄂前旗” of
    /// “鄂托克前旗”, “科右中旗” of “科尔沁右翼中旗”). A place whose own name is the full one's without the side words that end it is
    /// another place, no short form (“鄂托克旗” and “鄂托克前旗”, “杭锦旗” and “杭锦后旗”: sides). The short forms in common use that
    /// keep fewer characters or skip some (“莫旗” of “莫力达瓦达斡尔族自治旗”, “达茂旗” of “达尔罕茂明安联合旗”, “喀左县” of
    /// “喀喇沁左翼蒙古族自治县”) are listed (shortForms), each of its one place only; a place of its own that such a form would name
    /// (namesakes: “东乡县”, a county of 江西 besides 甘肃's 东乡族自治县) abbreviates none. A form two places are called by (sharedShortForms:
    /// “扎旗”) names the full place only under the parent <paramref name="parents"/>, the places printed before the full one, end with
    /// (“通辽市” for 扎鲁特旗, “兴安盟” for 扎赉特旗).
    /// </summary>
    public static bool Abbreviates(string shortPlace, string fullPlace, string parents = "")
    {
        if (Data.Namesakes.Contains(shortPlace)) return false;
        if (Data.ShortForms.TryGetValue(shortPlace, out var listed)) return listed == fullPlace;
        if (Data.SharedShortForms.TryGetValue(shortPlace, out var byParent))
            return byParent.Any(p => p.Value == fullPlace && parents.EndsWith(p.Key, StringComparison.Ordinal));
        var word = Word(shortPlace);
        if (word.Length == 0 || shortPlace.Length >= fullPlace.Length || !fullPlace.EndsWith(word, StringComparison.Ordinal)) return false;
        var (own, full) = (shortPlace[..^word.Length], fullPlace[..^word.Length]);
        if (own.Length < Data.AbbreviatedLength || own[0] != full[0] || InOrder.Positions(own, full) is null) return false;
        return full.StartsWith(own, StringComparison.Ordinal) ? !SideRun.IsMatch(full[own.Length..]) : own[^1] == full[^1];
    }

    /// <summary>
    /// The parent under which a form two places are called by (sharedShortForms: “扎旗”) names the place <paramref name="name"/> opens
    /// with (“通辽市” for “扎鲁特旗财政局”), when <paramref name="printed"/> (the document's text) prints it and no other parent of that
    /// form (“兴安盟”); null otherwise, and when the name opens with no such place (“通辽市扎鲁特旗财政局” already prints its parent).
    /// </summary>
    public static string? PrintedParent(string name, string printed)
    {
        if (Opening(name) is not { } place) return null;
        var parents = Data.SharedShortForms.Values.Where(f => f.ContainsValue(place)).ToList();
        if (parents.Count == 0) return null;
        var named = parents.SelectMany(f => f.Keys).Distinct().Where(p => printed.Contains(p, StringComparison.Ordinal)).ToList();
        return named.Count == 1 && parents.Any(f => f.TryGetValue(named[0], out var own) && own == place) ? named[0] : null;
    }

    private static string Words(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));

    private sealed class File
    {
        public List<string> Places { get; init; } = new();

        public List<string> NotPlaces { get; init; } = new();

        /// <summary>Places printed whole, which no shape of a place reads (“第八师”, “自由贸易试验区”).</summary>
        public List<string> WholePlaces { get; init; } = new();

        /// <summary>The pattern of the words a place printed whole may open with (“中国（湖南）” of “中国（湖南）自由贸易试验区”).</summary>
        public string WholePlaceLead { get; init; } = string.Empty;

        public List<string> Zones { get; init; } = new();

        public int NameLength { get; init; }

        public List<string> LongPlaces { get; init; } = new();

        public int LongNameLength { get; init; }

        public List<string> NotInLongNames { get; init; } = new();

        public List<string> Districts { get; init; } = new();

        public int CertainLength { get; init; }

        public List<string> Uncertain { get; init; } = new();

        public List<string> Sides { get; init; } = new();

        public int AbbreviatedLength { get; init; }

        public Dictionary<string, string> ShortForms { get; init; } = new();

        public List<string> Namesakes { get; init; } = new();

        /// <summary>The short forms two places are called by, from the parent place each stands under to the place it names there.</summary>
        public Dictionary<string, Dictionary<string, string>> SharedShortForms { get; init; } = new();
    }
}
