using System.Text.RegularExpressions;
using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Level-column indicator tables (“序号 | 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分”) where each 一级 and 二级 group prints a
/// row of its own with its points and score, its name alone in its level's column, and 序号 numbers the rows 1 / 1.1 / 1.1.1, 一 / （一）
/// / 1, or is missing: the group rows' points and scores are read, so the level sums are checked as in the lettered table (A / A1 /
/// A1-1). A table whose 一级 cell is merged (blank after its group's first row) with 序号 running on and a 小计 row per 一级 group is read
/// as before: its planted 一级 score is found once.
/// </summary>
public sealed class LevelRowTableTests
{
    private const string MergedPlanted = "merged-level-cells-running-numbers-planted.md";

    [Theory]
    [InlineData("dotted", false)]
    [InlineData("dotted", true)]
    [InlineData("chinese", false)]
    [InlineData("chinese", true)]
    [InlineData("none", false)]
    [InlineData("none", true)]
    public void Group_rows_of_a_numbered_level_table_are_checked_like_a_lettered_one(string numbering, bool planted)
    {
        var lettered = planted ? Planted(Text(Sewage)) : Text(Sewage);
        var reference = Audit(Sewage, lettered);
        var result = Audit(Sewage, Numbered(lettered, numbering));
        Assert.Equal(Shape(Project(reference)), Shape(Project(result)));
        Assert.Equal(Findings(reference), Findings(result));
        var decision = Assert.Single(Project(result).Groups, g => g.Parent is null && g.Name == "决策");
        Assert.Equal((20m, planted ? 18.5m : 19m), (decision.StatedPoints!.Value.Value, decision.StatedScore!.Value.Value));
        Assert.Equal(planted ? ["FA4018"] : [], Findings(result).Where(f => f.Item1 == "FA4018").Select(f => f.Item1));
    }

    [Fact]
    public void A_merged_level_table_with_running_numbers_and_subtotals_finds_its_planted_score_once()
    {
        var result = Audit(MergedPlanted);
        var found = Assert.Single(EvaluationFindings(result));
        Assert.Equal(("FA4018", "决策", 19m, 18.5m), (found.RuleId, found.Location.Row, Number(found.Expected), Number(found.Actual)));
    }

    private static decimal Number(object? value) => decimal.Parse(value!.ToString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string, string?, object?, object?)> Findings(AuditResult result) =>
        EvaluationFindings(result).Select(f => (f.RuleId, f.Location.Row, f.Expected, f.Actual)).ToList();

    /// <summary>The 决策 group's score planted wrong (18.5 for its indicators' 19).</summary>
    private static string Planted(string markdown) => markdown.Replace("| A | 决策 | | | 20 | | 19 |", "| A | 决策 | | | 20 | | 18.5 |", StringComparison.Ordinal);

    /// <summary>The table's lettered codes (A, A1, A1-1) numbered 1, 1.1, 1.1.1 (“dotted”), 一, （一）, 1 (“chinese”), or the 序号 column dropped (“none”).</summary>
    private static string Numbered(string markdown, string numbering) => string.Join("\n", markdown.Split('\n').Select(line =>
    {
        if (!line.StartsWith('|')) return line;
        var cells = line.Split('|').ToList();
        var match = Regex.Match(cells[1].Trim(), "^([A-D])([0-9])?(?:-([0-9]))?$");
        if (numbering == "none") cells.RemoveAt(cells[1].Trim() is "合计" or "评价等级" ? 3 : 1);
        else if (match.Success) cells[1] = $" {Code(match, numbering)} ";
        return string.Join("|", cells);
    }));

    private static string Code(Match code, string numbering)
    {
        var parts = new[] { code.Groups[1].Value[0] - 'A' + 1 }.Concat(code.Groups.Values.Skip(2).Where(g => g.Success).Select(g => int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        const string Chinese = "一二三四五六七八九";
        return numbering == "dotted" ? string.Join(".", parts)
            : parts.Count == 1 ? Chinese[parts[0] - 1].ToString()
            : parts.Count == 2 ? $"（{Chinese[parts[1] - 1]}）" : parts[2].ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
