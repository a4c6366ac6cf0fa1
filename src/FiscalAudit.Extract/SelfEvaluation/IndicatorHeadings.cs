using System.Text.RegularExpressions;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The vocabulary of 一级/二级 indicator headings of the 产出/效益/满意度 framework: "产出指标（50分）",
/// "(30分) 效益指标", "数量指标", "服务对象满意度指标".
/// </summary>
internal static partial class IndicatorHeadings
{
    [GeneratedRegex(@"^(?:\((?<p1>\d+(?:\.\d+)?)分\))?(?<name>产出指标|效益指标|满意度指标|成本指标)(?:\((?<p2>\d+(?:\.\d+)?)分\))?$")]
    private static partial Regex Level1Pattern();

    private static readonly string[] Level2Names =
    {
        "数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
        "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标",
    };

    /// <summary>A first-level heading and its stated points; "成本指标" counts only when it carries points.</summary>
    public static (string Name, PrintedNumber? Points)? Level1(string compactText)
    {
        var m = Level1Pattern().Match(compactText);
        if (!m.Success) return null;
        var points = m.Groups["p1"].Success ? m.Groups["p1"].Value : m.Groups["p2"].Success ? m.Groups["p2"].Value : null;
        if (m.Groups["name"].Value == "成本指标" && points is null) return null;
        return (m.Groups["name"].Value, points is null ? null : NumberText.Parse(points));
    }

    public static bool IsLevel2(string compactText) => Level2Names.Contains(compactText);

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
