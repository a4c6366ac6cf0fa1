using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The parts of a level cell or caption around its name (compact text), shared by the third-party tables' level cells
/// (<see cref="ThirdPartyTableReader"/>) and the first-level headings of the 产出/效益/满意度 form (<see cref="IndicatorHeadings"/>):
/// regular-expression parts built from the ordinal forms and points brackets of level-patterns.json (embedded), where each is described.
/// </summary>
internal sealed class LevelPatterns
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static LevelPatterns Default { get; } = EmbeddedJson.Load<LevelPatterns>(typeof(LevelPatterns).Assembly, "level-patterns.json", Options);

    /// <summary>The numerals of a Chinese ordinal (“一、”, “（三）”).</summary>
    public string ChineseNumerals { get; init; } = string.Empty;

    /// <summary>The marks after an ordinal's numeral (“一、”, “1.”).</summary>
    public List<string> OrdinalMarks { get; init; } = new();

    /// <summary>The brackets around an ordinal, each its opening and closing character (“()”).</summary>
    public List<string> OrdinalBrackets { get; init; } = new();

    /// <summary>The most digits of an Arabic ordinal in brackets (“（12）”).</summary>
    public int OrdinalDigits { get; init; }

    /// <summary>The letters of a level's code (“A决策”, “B1资金管理”) and the most digits after the letter.</summary>
    public string CodeLetters { get; init; } = string.Empty;

    public int CodeDigits { get; init; }

    /// <summary>The brackets around a level's points, each its opening and closing character (“()”, “【】”).</summary>
    public List<string> PointsBrackets { get; init; } = new();

    /// <summary>The units of a level's points (分, %).</summary>
    public List<string> PointsUnits { get; init; } = new();

    /// <summary>
    /// Points before the name, with a unit (“（15分）决策”): a bare bracketed number (“（1）”) is an ordinal. Group p1. The patterns
    /// allow it before an <see cref="Ordinal"/> and after one (“（一）（15分）决策”, “1.（15分）决策指标”).
    /// </summary>
    public string LeadingPoints => $"(?:{Open}(?<p1>{Number}){Unit}{Close})?";

    /// <summary>An ordinal before the name: “一、”, “1.”, “（一）”, “（1）” (the bracketed number in group n).</summary>
    public string Ordinal
    {
        get
        {
            var numeral = $"{CharClass(ChineseNumerals)}+";
            var mark = CharClass(string.Concat(OrdinalMarks));
            var marked = new[] { $"{numeral}{mark}", $@"\d+{mark}(?!\d)" };
            var bracketed = OrdinalBrackets.SelectMany(b => new[] { $"{Escape(b[0])}{numeral}{Escape(b[1])}", $@"{Escape(b[0])}(?<n>\d{{1,{OrdinalDigits}}}){Escape(b[1])}" });
            return string.Join("|", marked.Concat(bracketed));
        }
    }

    /// <summary>A letter code before the name of a third-party level cell (“A决策”, “B1资金管理”).</summary>
    public string LetterCode => $@"{CharClass(CodeLetters)}\d{{0,{CodeDigits}}}{CharClass(string.Concat(OrdinalMarks))}?(?=\p{{IsCJKUnifiedIdeographs}})";

    /// <summary>Points in brackets after the name, with a unit or none (“决策（15分）”, “过程(20)”, “效益【20%】”). Group p2.</summary>
    public string BracketedPoints => $"{Open}(?<p2>{Number}){Unit}?{Close}";

    /// <summary>Points bare after the name (“决策15分”), their unit required or not (“过程20”). Group p3.</summary>
    public string TrailingPoints(bool unitRequired) => $"(?<p3>{Number}){Unit}{(unitRequired ? string.Empty : "?")}";

    /// <summary>
    /// A bare bracketed number before a first-level name (group n of <see cref="Ordinal"/>, “（15）决策”) read as the group's points: an
    /// ordinal counts the level's groups, so one higher than the <paramref name="groups"/> the level has is no ordinal. Null otherwise (“（2）过程”).
    /// </summary>
    public static string? LeadingBarePoints(Match level, int groups) =>
        level.Groups["n"] is { Success: true } n && int.Parse(n.Value, CultureInfo.InvariantCulture) > groups ? n.Value : null;

    /// <summary>True when the compact text starts with an <see cref="Ordinal"/> (“（5）项目立项”, “1.资金管理”).</summary>
    public bool StartsWithOrdinal(string compact) => leadingOrdinal.Value.IsMatch(compact);

    private readonly Lazy<Regex> leadingOrdinal;

    public LevelPatterns() => leadingOrdinal = new(() => new Regex($"^(?:{Ordinal})", RegexOptions.CultureInvariant));

    private const string Number = @"\d+(?:\.\d+)?";

    private string Open => CharClass(string.Concat(PointsBrackets.Select(b => b[0])));

    private string Close => CharClass(string.Concat(PointsBrackets.Select(b => b[1])));

    private string Unit => $"(?:{string.Join("|", PointsUnits.Select(Regex.Escape))})";

    /// <summary>A character class of <paramref name="chars"/>, each but a letter or digit written as its code (“、” → \u3001).</summary>
    private static string CharClass(string chars) => $"[{string.Concat(chars.Select(Escape))}]";

    private static string Escape(char c) => char.IsLetterOrDigit(c) ? c.ToString() : $@"\u{(int)c:X4}";
}
