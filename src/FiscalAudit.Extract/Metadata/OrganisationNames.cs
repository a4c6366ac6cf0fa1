using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using static FiscalAudit.Extract.Narrative.LabelWordsFile;

namespace FiscalAudit.Extract.Metadata;

/// <summary>
/// The pattern of an organisation's name: perhaps the words of a full name before its places (“中国共产党”), places (省 … 县), then a name ending as offices, Party departments, institutes and
/// teams do (“上海市普陀区财政局”, “中共沁阳市委组织部”, “沁阳市农业技术推广站”), read as long as the text names it: a unit of an
/// organisation (“沁阳市财政局国库支付中心”) and two organisations named as one (“中共沁阳市纪律检查委员会沁阳市监察委员会”,
/// “沁阳市纪委监委”) are one name; a word of running text before it (“由成都市成华区住房和城乡建设局负责”, “经…批准”) is no part of it. The words are data: organisation-words.json and, for the places, Core's place-words.json; a part heading's ordinal (“第三部分省委办公厅”) is
/// structure and is no place.
/// </summary>
internal static class OrganisationNames
{
    private const string Han = @"\u4e00-\u9fa5";

    private static readonly Words Data = EmbeddedJson.Load<Words>(
        typeof(OrganisationNames).Assembly, "organisation-words.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>
    /// The pattern of a year printed before a name (“2023年度”, “二〇二三年”): no part of the name, which may start right after it
    /// (“2017年度江苏省高级人民法院部门收支预算总表”), never inside it.
    /// </summary>
    public static string Year { get; } = $@"{PrintedYears.Number}\s*年度?";

    /// <summary>An organisation's name, perhaps with the second name of the same body in brackets (“中共上海市普陀区委组织部（上海市普陀区公务员局）”).</summary>
    public static Regex Pattern { get; } = new(WithSecondName(Name(Data, "+")), RegexOptions.Compiled);

    /// <summary>
    /// A name whose place is only its level (“区财政局”, “市妇联”, “市委编办”, “团市委”), as a table's header or a heading may print
    /// the department's name without the places both know (levelLeads: the words before a level whose 委 alone ends a name).
    /// </summary>
    private static readonly Regex LevelOnly = new(
        $@"\G(?:(?:{Alternatives(Data.LevelLeads)})(?:{Alternatives(PlaceWords.All)})委(?![{Han}])|{Name(Data, "*", level: true)})", RegexOptions.Compiled);

    private static readonly Regex OwnLevelBefore = new($"(?:{Alternatives(Data.OwnLevels)})$", RegexOptions.Compiled);

    private static readonly Regex EndsWithPlace = new($"{PlaceWords.Pattern}$", RegexOptions.Compiled);

    private static readonly Regex Places = new($"^(?:{PlaceWords.Pattern})+$", RegexOptions.Compiled);

    private static readonly Regex Code = new($"^(?:{Data.Code}|{Year})", RegexOptions.Compiled);

    /// <summary>
    /// A whole text that is an organisation's name, its places perhaps left out as a sentence's subject leaves them
    /// (“敦化路街道办事处”, “县教育局”), never the words that make it a sentence or the whole of a place (notStarts).
    /// </summary>
    public static Regex Subject { get; } = new($"^(?:{Name(Data, "*")})$", RegexOptions.Compiled);

    /// <summary>
    /// The organisation whose name opens <paramref name="text"/>, after the unit's code or the year printed before it
    /// (“[101001]成都市金牛区教育局”, “101001-…”, “2023年度…”), or null when the text does not open with a name.
    /// </summary>
    public static Match? AtStart(string text)
    {
        var start = Code.Match(text).Length;
        var m = Pattern.Match(text, start);
        return m.Success && m.Index == start ? m : null;
    }

    /// <summary>Whether the text before <paramref name="index"/> ends with a word for a body's own level (“…教育局本级”), after which a units list glued by the layout names its next unit.</summary>
    public static bool AfterOwnLevel(string text, int index) => OwnLevelBefore.IsMatch(text[..index]);

    /// <summary>Whether <paramref name="name"/> ends as a department's name does (“…民政局”, “…镇人民政府”), not as a unit's (“…中心”, “…第一中学”): departmentEnds.</summary>
    public static bool IsDepartment(string name) => Data.DepartmentEnds.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="text"/> is places and nothing more (“中国（湖南）自由贸易试验区”, “哈尔滨市道里区”).</summary>
    public static bool IsPlaces(string text) => Places.IsMatch(text);

    /// <summary>
    /// The rest of a name the layout broke after its places (“编制单位：上海市普陀区” / “财政局”): <paramref name="next"/>, the
    /// line below, when <paramref name="value"/> ends with a place and the two are one whole name; null otherwise (“单位：万元”,
    /// “2023年度” below, or a value that ends no place).
    /// </summary>
    public static string? SplitEnd(string value, string next)
    {
        var joined = value + next;
        return next.Length > 0 && EndsWithPlace.IsMatch(value) && AtStart(joined) is { } m && m.Length == joined.Length ? next : null;
    }

    /// <summary>
    /// As <see cref="AtStart"/>, also when the name's place is only its level (“编制单位：区财政局”, “团市委”): where a header or a
    /// heading prints the department's own name, never in running text, which names other bodies so (“在县财政局指导下”).
    /// </summary>
    public static Match? AtStartOrLevelOnly(string text)
    {
        if (AtStart(text) is { } named) return named;
        var start = Code.Match(text).Length;
        var m = LevelOnly.Match(text, start);
        return m.Success ? m : null;
    }

    /// <summary>
    /// The pattern of a name with its places repeated as <paramref name="places"/> says (“+”: at least one): it starts after a
    /// character that is no Han or after a lead (“由”), never with a lead before a place of two characters or more, nor with the
    /// words before such a lead (“由成都市…”, “项目由成都市…”, which a place's few characters would take in); a unit joined to it
    /// never starts with a lead either (“沁阳市政务服务中心受焦作市…领导” names two bodies, not one), nor with a word for the body's own
    /// level before a place (ownLevels: “南宁市青秀区教育局本级南宁市青秀区第一中学”, a units list the layout glued, names two bodies,
    /// the second starting after “本级”).
    /// </summary>
    private static string Name(Words words, string places, bool level = false)
    {
        var placeWords = Alternatives(PlaceWords.All);
        var leads = Alternatives(words.Leads);
        var lead = $"[{Han}]{{0,{words.LeadAfter}}}(?!{Alternatives(words.KeptLeads)})(?!{Inside(words.KeptLeads)})(?:{leads})(?:[{Han}]{{2,{PlaceWords.NameLength}}}?(?:{placeWords})|{PlaceWords.LongPlace(2)})";
        var notStarts = Either(words.NotStarts.Select(Regex.Escape).Append("第[一二三四五六七八九十]+部分").Append(lead).Append($"[{PrintedYears.Digits}]{{0,3}}年"));
        var place = PlaceWords.Pattern;
        var notFollowed = $"(?!(?!{Alternatives(words.VerbsAfterEnd)})(?:{Alternatives(words.NotFollowedBy)}))";
        var end = $"(?:{Alternatives(words.Ends)})(?:{Alternatives(words.Suffixes)})?{notFollowed}";
        var prefix = $"(?:{Alternatives(words.Prefixes)})?";
        var clause = $"(?!{Alternatives(words.KeptLeads)})(?:{leads})";
        var own = $"(?:[{Han}]{{1,14}}?{end}|(?:{Alternatives(words.Committees)}){notFollowed})";
        var ownLevel = $"(?:{Alternatives(words.OwnLevels)})";
        var units = $"(?:(?!{clause})(?!{ownLevel}{place})(?:{place})*[{Han}]{{1,{words.UnitLength}}}?{end})*";
        if (level) return $"(?:{placeWords})(?!{Alternatives(words.NotLevelOnly)}){own}{units}";
        return $"(?:(?<![{Han}])|(?<=(?:{leads}))|(?<={ownLevel})|(?<={Year})(?!度))(?!{Inside(words.Leads)})(?!{notStarts}){prefix}(?:{place}){places}{own}{units}";
    }

    /// <summary>A name followed by the second name of the same body in brackets (“…区委组织部（…区公务员局）”), read as one.</summary>
    private static string WithSecondName(string name) => $"{name}(?:[（(]{name}[）)])?";

    /// <summary>
    /// A place inside one of <paramref name="words"/>, where its first characters end and the rest goes on: no name starts inside a lead
    /// (“隶属|于”: “于…” after “隶属于”), and a kept word's lead is none (“自|由”).
    /// </summary>
    private static string Inside(IEnumerable<string> words) =>
        Either(words.SelectMany(l => Enumerable.Range(1, l.Length - 1).Select(i => $"(?<={Regex.Escape(l[..i])})(?={Regex.Escape(l[i..])})")));

    private sealed class Words
    {
        /// <summary>The words of a full name before its places (“中国共产党”, “中国人民政治协商会议”).</summary>
        public List<string> Prefixes { get; init; } = new();

        public List<string> Ends { get; init; } = new();

        public List<string> Suffixes { get; init; } = new();

        /// <summary>The ends that may follow the places at once (“南宁市委员会”, “南宁市总工会”).</summary>
        public List<string> Committees { get; init; } = new();

        public List<string> NotFollowedBy { get; init; } = new();

        /// <summary>The verbs that may follow an end though a word of notFollowedBy starts them (“属于” after “…中心”, unlike “所属”).</summary>
        public List<string> VerbsAfterEnd { get; init; } = new();

        public List<string> NotStarts { get; init; } = new();

        /// <summary>The words of running text that open a clause before a name (“由”, “经”).</summary>
        public List<string> Leads { get; init; } = new();

        /// <summary>How many characters of a sentence may stand before a lead where a name could start (“项目由…”).</summary>
        public int LeadAfter { get; init; }

        /// <summary>Words of names that start with or hold a lead's character (“经济技术开发区”, “自由贸易试验区”).</summary>
        public List<string> KeptLeads { get; init; } = new();

        /// <summary>The pattern of a unit's code printed before its name (“[101001]”, “101001-”).</summary>
        public string Code { get; init; } = string.Empty;

        public int UnitLength { get; init; }

        /// <summary>The words for a body's own level after its name (“本级”, “机关”), where a units list glued by the layout goes on with the next unit's places.</summary>
        public List<string> OwnLevels { get; init; } = new();

        /// <summary>The ends of a department's name, as against a unit's (“局” and not “中心”).</summary>
        public List<string> DepartmentEnds { get; init; } = new();

        /// <summary>The words before a bare level whose 委 alone ends a name (“团市委”).</summary>
        public List<string> LevelLeads { get; init; } = new();

        /// <summary>What may not follow a bare level where it starts no name (“市本级”, “区级”).</summary>
        public List<string> NotLevelOnly { get; init; } = new();
    }
}
