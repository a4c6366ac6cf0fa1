using System.Text.RegularExpressions;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The parts of a level cell or caption around its name (compact text), shared by the third-party tables' level cells
/// (<see cref="ThirdPartyTableReader"/>) and the first-level headings of the 产出/效益/满意度 form (<see cref="IndicatorHeadings"/>).
/// </summary>
internal static class LevelPatterns
{
    /// <summary>
    /// Points before the name, with 分 or % (“（15分）决策”): a bare bracketed number (“（1）”) is an ordinal. Group p1. The patterns
    /// allow it before an <see cref="Ordinal"/> and after one (“（一）（15分）决策”, “1.（15分）决策指标”).
    /// </summary>
    public const string LeadingPoints = @"(?:[(\[【](?<p1>\d+(?:\.\d+)?)(?:分|%)[)\]】])?";

    /// <summary>An ordinal before the name: “一、”, “1.”, “（一）”, “（1）” (the bracketed number in group n).</summary>
    public const string Ordinal = @"[一二三四五六七八九十]+[、.]|\d+[、.](?!\d)|\([一二三四五六七八九十]+\)|\((?<n>\d{1,2})\)";

    /// <summary>Points in brackets after the name, 分 or % or none (“决策（15分）”, “过程(20)”, “效益【20%】”). Group p2.</summary>
    public const string BracketedPoints = @"[(\[【](?<p2>\d+(?:\.\d+)?)(?:分|%)?[)\]】]";

    /// <summary>
    /// A bare bracketed number before a first-level name (group n of <see cref="Ordinal"/>, “（15）决策”) read as the group's points: an
    /// ordinal counts the level's groups, so one higher than the <paramref name="groups"/> the level has is no ordinal. Null otherwise (“（2）过程”).
    /// </summary>
    public static string? LeadingBarePoints(Match level, int groups) =>
        level.Groups["n"] is { Success: true } n && int.Parse(n.Value, System.Globalization.CultureInfo.InvariantCulture) > groups ? n.Value : null;
}
