using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using static FiscalAudit.Extract.Narrative.LabelWordsFile;

namespace FiscalAudit.Extract.Metadata;

/// <summary>
/// The pattern of an organisation's name: places (省 … 县), then a name ending as offices, Party departments, institutes and
/// teams do (“上海市普陀区财政局”, “中共沁阳市委组织部”, “沁阳市农业技术推广站”), read as long as the text names it: a unit of an
/// organisation (“沁阳市财政局国库支付中心”) and two organisations named as one (“中共沁阳市纪律检查委员会沁阳市监察委员会”,
/// “沁阳市纪委监委”) are one name. The words are data: organisation-words.json and, for the places, Core's place-words.json; a part heading's ordinal (“第三部分省委办公厅”) is
/// structure and is no place.
/// </summary>
internal static class OrganisationNames
{
    private const string Han = @"\u4e00-\u9fa5";

    private static readonly Words Data = EmbeddedJson.Load<Words>(
        typeof(OrganisationNames).Assembly, "organisation-words.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    public static Regex Pattern { get; } = new(Name(Data, "+"), RegexOptions.Compiled);

    /// <summary>
    /// A whole text that is an organisation's name, its places perhaps left out as a sentence's subject leaves them
    /// (“敦化路街道办事处”, “县教育局”), never the words that make it a sentence or the whole of a place (notStarts).
    /// </summary>
    public static Regex Subject { get; } = new($"^(?:{Name(Data, "*")})$", RegexOptions.Compiled);

    /// <summary>The pattern of a name with its places repeated as <paramref name="places"/> says (“+”: at least one).</summary>
    private static string Name(Words words, string places)
    {
        var notStarts = Either(words.NotStarts.Select(Regex.Escape).Append("第[一二三四五六七八九十]+部分"));
        var place = $"[{Han}]{{1,5}}?(?:{Alternatives(PlaceWords.All)})";
        var end = $"(?:{Alternatives(words.Ends)})(?:{Alternatives(words.Suffixes)})?(?!{Alternatives(words.NotFollowedBy)})";
        return $"(?<![{Han}])(?!{notStarts})(?:{place}){places}[{Han}]{{1,14}}?{end}(?:(?:{place})*[{Han}]{{1,{words.UnitLength}}}?{end})*";
    }

    private sealed class Words
    {
        public List<string> Ends { get; init; } = new();

        public List<string> Suffixes { get; init; } = new();

        public List<string> NotFollowedBy { get; init; } = new();

        public List<string> NotStarts { get; init; } = new();

        public int UnitLength { get; init; }
    }
}
