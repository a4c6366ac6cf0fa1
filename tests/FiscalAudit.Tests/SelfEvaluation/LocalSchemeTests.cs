using System.Globalization;
using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// FA4017 on 决策/过程/产出/效益 reports weighted as provinces publish them: first-level points that add up to 100 are a
/// scheme (published or local) whatever the weighting; points that do not are reported with their cause (one group off
/// from a published scheme, a missing group, or the sum). Each case in three layouts: points in the group cell, in a
/// weight column beside it, and with an ordinal and 类指标 (“一、决策类指标（20分）”).
/// </summary>
public class LocalSchemeTests
{
    /// <summary>Two indicators a group, as third-party reports name them.</summary>
    private static readonly Dictionary<string, (string Level2, string First, string Second)> Indicators = new()
    {
        ["决策"] = ("项目立项", "立项依据充分性", "绩效目标合理性"),
        ["过程"] = ("资金管理", "资金到位率", "资金使用合规性"),
        ["产出"] = ("产出数量", "建设任务完成率", "工程验收合格率"),
        ["效益"] = ("社会效益", "群众生产生活条件改善", "受益群众满意度"),
    };

    public enum Layout { InCell, WeightColumn, Ordinal }

    /// <summary>
    /// A report whose groups carry <paramref name="points"/> (0: the group is left out), its indicators splitting each
    /// group's points 60/40 and scoring a little under their weights, with a 合计 row and a stated conclusion that agree.
    /// </summary>
    private static string Report(Layout layout, params int[] points)
    {
        var names = new[] { "决策", "过程", "产出", "效益" };
        var ordinals = new[] { "一、", "二、", "三、", "四、" };
        var rows = new List<string>();
        decimal total = 0, score = 0;
        for (var k = 0; k < names.Length; k++)
        {
            if (points[k] == 0) continue;
            var (level2, first, second) = Indicators[names[k]];
            var w1 = Math.Round(points[k] * 0.6m);
            var w2 = points[k] - w1;
            var (s1, s2) = (w1 - 0.5m, w2);
            total += points[k];
            score += s1 + s2;
            var group = layout switch
            {
                Layout.InCell => $"{names[k]}（{points[k]}分）",
                Layout.WeightColumn => $"{names[k]} | {points[k]}",
                _ => $"{ordinals[k]}{names[k]}类指标（{points[k]}分）",
            };
            var blank = layout == Layout.WeightColumn ? " | " : " ";
            rows.Add($"| {group} | {level2} | {first} | {w1} | 达到要求得满分，否则酌情扣分 | {s1.ToString(CultureInfo.InvariantCulture)} |");
            rows.Add($"|{blank}| | {second} | {w2} | 达到要求得满分，否则酌情扣分 | {s2} |");
        }
        var header = layout == Layout.WeightColumn
            ? "| 一级指标 | 分值 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分 |\n|---|---|---|---|---|---|---|"
            : "| 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分 |\n|---|---|---|---|---|---|";
        var totalRow = layout == Layout.WeightColumn ? $"| 合计 | {total} | | | | | {score} |" : $"| 合计 | | | {total} | | {score} |";
        var grade = score >= 90 ? "优" : score >= 80 ? "良" : score >= 60 ? "中" : "差";
        return $"""
            # 宁远县2024年度农村人居环境整治项目绩效评价报告

            项目名称：农村人居环境整治项目

            ## 一、综合评价结论

            经综合评价，该项目综合得分{score}分，评价等级为“{grade}”。

            ## 二、绩效评价指标评分表

            {header}
            {string.Join("\n", rows)}
            {totalRow}
            """;
    }

    private static List<Finding> Fa4017(string text) => Audit("scheme.md", text).Findings.Where(f => f.RuleId == "FA4017").ToList();

    [Theory]
    [InlineData(Layout.InCell, 20, 20, 30, 30)]
    [InlineData(Layout.WeightColumn, 10, 20, 40, 30)]
    [InlineData(Layout.Ordinal, 15, 15, 40, 30)]
    [InlineData(Layout.InCell, 15, 25, 25, 35)]
    [InlineData(Layout.WeightColumn, 20, 20, 40, 20)]
    [InlineData(Layout.Ordinal, 25, 15, 35, 25)]
    [InlineData(Layout.WeightColumn, 15, 25, 30, 30)]
    public void Points_that_add_up_to_the_total_are_a_scheme_not_a_finding(Layout layout, int decision, int process, int output, int benefit)
    {
        var result = Audit("scheme.md", Report(layout, decision, process, output, benefit));
        var p = Project(result);
        Assert.Equal(new[] { $"决策 {decision}", $"过程 {process}", $"产出 {output}", $"效益 {benefit}" }, p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints!.Value.Value}"));
        Assert.DoesNotContain(EvaluationFindings(result), f => f.Severity <= Severity.Warning);
    }

    [Theory]
    [InlineData(Layout.InCell, new[] { 20, 25, 40, 20 }, "过程", "20", "25", "决策20/过程20/产出40/效益20")]
    [InlineData(Layout.WeightColumn, new[] { 20, 20, 30, 35 }, "效益", "30", "35", "决策20/过程20/产出30/效益30")]
    [InlineData(Layout.Ordinal, new[] { 10, 20, 40, 25 }, "效益", "30", "25", "决策10/过程20/产出40/效益30")]
    [InlineData(Layout.InCell, new[] { 15, 25, 20, 35 }, "产出", "25", "20", "决策15/过程25/产出25/效益35")]
    public void One_group_off_from_a_published_scheme_is_reported_at_that_group(Layout layout, int[] points, string group, string expected, string actual, string scheme)
    {
        var f = Assert.Single(Fa4017(Report(layout, points)));
        Assert.Equal((group, "分值", expected, actual), (f.Location.Row, f.Location.Column, f.Expected?.ToString(), f.Actual?.ToString()));
        Assert.Contains($"“{scheme}”方案", f.Message, StringComparison.Ordinal);
        Assert.Contains($"合计 {points.Sum()} 分", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Layout.InCell)]
    [InlineData(Layout.WeightColumn)]
    [InlineData(Layout.Ordinal)]
    public void A_missing_group_is_reported_when_the_others_fall_short(Layout layout)
    {
        var f = Assert.Single(Fa4017(Report(layout, 20, 20, 40, 0)));
        Assert.Contains("没有一级指标“效益”", f.Message, StringComparison.Ordinal);
        Assert.Equal(("100", "80"), (f.Expected?.ToString(), f.Actual?.ToString()));
    }

    [Theory]
    [InlineData(Layout.InCell, 25, 25, 25, 20)]
    [InlineData(Layout.WeightColumn, 25, 25, 30, 30)]
    [InlineData(Layout.Ordinal, 10, 10, 45, 30)]
    public void Points_that_match_no_scheme_and_do_not_add_up_are_reported_as_a_sum(Layout layout, int decision, int process, int output, int benefit)
    {
        var f = Assert.Single(Fa4017(Report(layout, decision, process, output, benefit)));
        var sum = decision + process + output + benefit;
        Assert.Equal(("100", sum.ToString(CultureInfo.InvariantCulture)), (f.Expected?.ToString(), f.Actual?.ToString()));
        Assert.Contains($"各一级指标分值合计 {sum} 分", f.Message, StringComparison.Ordinal);
    }

    /// <summary>The report with a sentence of its 评价方法 section stating the scheme.</summary>
    private static string Stating(string report, string sentence) =>
        report.Replace("## 一、综合评价结论", $"## 一、评价方法\n\n{sentence}\n\n## 二、综合评价结论", StringComparison.Ordinal);

    [Theory]
    [InlineData("本次评价采用决策、过程、产出、效益四个一级指标，分值分别为20分、20分、30分、30分。")]
    [InlineData("评价指标体系按决策、过程、产出、效益四类一级指标设置，权重分别为20%、20%、30%、30%。")]
    [InlineData("指标体系由项目决策、项目过程、项目产出和项目效益四部分组成，分别占20分、20分、30分和30分。")]
    [InlineData("本次评价重点关注产出和效益，决策、过程、产出、效益四类一级指标分值分别为20分、20分、30分、30分。")]
    [InlineData("决策和过程指标各占20分，产出和效益指标分别占30分、30分。")]
    [InlineData("评价指标体系由决策、过程、产出、效益四类一级指标构成，其中产出和效益为重点，分值分别为20分，20分，30分，30分。")]
    public void A_table_that_follows_the_scheme_its_text_states_is_no_finding(string sentence)
    {
        var result = Audit("stated.md", Stating(Report(Layout.InCell, 20, 20, 30, 30), sentence));
        Assert.Equal(new[] { "决策 20", "过程 20", "产出 30", "效益 30" }, Project(result).StatedGroupPoints.Select(s => $"{s.Label} {s.Amount.Text}"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA4017");
    }

    /// <summary>The table adds up to 100 (a scheme of its own) but not the one its text states: each group that differs is reported.</summary>
    [Theory]
    [InlineData(Layout.InCell, "本次评价采用决策、过程、产出、效益四个一级指标，分值分别为20分、20分、40分、20分。")]
    [InlineData(Layout.WeightColumn, "评价指标体系按决策、过程、产出、效益四类一级指标设置，权重分别为20%、20%、40%、20%。")]
    [InlineData(Layout.Ordinal, "指标体系由决策、过程、产出和效益四部分组成，分别占20分、20分、40分和20分。")]
    [InlineData(Layout.InCell, "结合效益和产出情况，评价指标体系由决策、过程、产出、效益四类一级指标构成，分值分别为20分、20分、40分、20分。")]
    [InlineData(Layout.WeightColumn, "决策和过程指标各占20分，产出和效益指标分别占40分、20分。")]
    public void A_table_that_departs_from_the_scheme_its_text_states_is_reported_group_by_group(Layout layout, string sentence)
    {
        var found = Fa4017(Stating(Report(layout, 20, 20, 30, 30), sentence));
        Assert.Equal(new[] { "产出 40 30", "效益 20 30" }, found.Select(f => $"{f.Location.Row} {f.Expected} {f.Actual}"));
        Assert.All(found, f => Assert.Contains("报告文字所述评分方案", f.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("决策、过程、产出、效益指标得分分别为19分、19分、29分、29分。")]
    [InlineData("决策、过程、产出、效益四类指标分别得18分、17分、27分、25分。")]
    public void Scores_stated_group_by_group_are_no_scheme(string sentence)
    {
        var result = Audit("scores.md", Stating(Report(Layout.InCell, 20, 20, 30, 30), sentence));
        Assert.Empty(Project(result).StatedGroupPoints);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA4017");
    }
}
