using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The 一级/二级 indicator headings of the 产出/效益/满意度 framework (names in Core indicator-levels.json, heading words in indicator-table.json): "产出指标（50分）",
/// "(30分) 效益指标", "一、产出指标50分", "（1）产出指标（50分）", "1.产出指标（权重50%）", "数量指标", "服务对象满意度指标".
/// </summary>
internal static class IndicatorHeadings
{
    private static readonly LevelPatterns Patterns = LevelPatterns.Default;

    private static readonly Regex Level1Pattern = new(
        $"^{Patterns.LeadingPoints}(?:{Patterns.Ordinal})?{Patterns.LeadingPoints}(?<name>{string.Join("|", IndicatorLevels.Level1.Select(Regex.Escape))})(?:{Patterns.BracketedPoints}|{Patterns.TrailingPoints(unitRequired: true)})?$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// A first-level heading and its stated points; one of level1HeadingsWithPoints (“成本指标”) counts only when it carries points or
    /// stands in the table's 一级指标 column (<paramref name="inLevel1Column"/>). A bare bracketed number before the name is its points
    /// when no ordinal of the first level can be that high (“（50）产出指标”, <see cref="LevelPatterns.LeadingBarePoints"/>).
    /// </summary>
    public static (string Name, PrintedNumber? Points)? Level1(string compactText, bool inLevel1Column = false)
    {
        var m = Level1Pattern.Match(IndicatorTableWords.Default.WithoutPointsLabels(compactText));
        if (!m.Success) return null;
        var points = new[] { "p1", "p2", "p3" }.Select(g => m.Groups[g]).FirstOrDefault(g => g.Success)?.Value
            ?? LevelPatterns.LeadingBarePoints(m, IndicatorLevels.Level1.Count);
        if (points is null && !inLevel1Column && IndicatorTableWords.Default.Level1HeadingsWithPoints.Contains(m.Groups["name"].Value)) return null;
        return (m.Groups["name"].Value, points is null ? null : NumberText.Parse(points));
    }

    /// <summary>
    /// A first-level name that starts a longer level cell (“满意度指标服务对象满意度指标”, the two level cells of a row
    /// printed as one) and the rest; null when the cell starts with none or is nothing else.
    /// </summary>
    public static (string Name, string Remainder)? LeadingLevel1(string compactText)
    {
        var name = IndicatorLevels.Level1.FirstOrDefault(n => compactText.StartsWith(n, StringComparison.Ordinal) && compactText.Length > n.Length);
        return name is null ? null : (name, compactText[name.Length..]);
    }

    public static bool IsLevel2(string compactText) => IndicatorLevels.Level2.Contains(compactText);

    /// <summary>"1.数量指标" / "5.社会效益指标" (prose reports) → "数量指标".</summary>
    public static string? NumberedLevel2(string compactText)
    {
        var i = 0;
        while (i < compactText.Length && char.IsAsciiDigit(compactText[i])) i++;
        if (i == 0 || i >= compactText.Length || compactText[i] is not ('.' or '、')) return null;
        var rest = compactText[(i + 1)..];
        return IsLevel2(rest) ? rest : null;
    }
}
