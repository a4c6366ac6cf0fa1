using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// The score a 决策/过程/产出/效益 table prints for a first-level group (ThirdParty/wetland-protection-subtotals.md) read in
/// every layout reports use — a subtotal row (“小计”, “决策小计”, “决策类指标合计”, “一、决策指标得分小计”), a column of group
/// scores (“一级指标得分”, “小计”), the score in the group's own cell after a score column's word (“决策（20分）得分17.5”, “考核得分”) — as Markdown, HTML tables
/// and tab-separated text, and checked by FA4018 against the group's indicators.
/// </summary>
public class GroupSubtotalTests
{
    private static readonly string[] Groups = { "决策", "过程", "产出", "效益" };

    private static readonly string[] Scores = { "17.5", "18.25", "29.65", "25.1" };

    private static string Report => Text(Wetland);

    /// <summary>The report with each group's 小计 row labelled by <paramref name="label"/> ({0}: the group's name, {1}: its ordinal).</summary>
    private static string Labelled(string label)
    {
        var k = 0;
        return string.Join("\n", Report.Split('\n').Select(l => l.StartsWith("| 小计 |", StringComparison.Ordinal)
            ? "| " + string.Format(System.Globalization.CultureInfo.InvariantCulture, label, Groups[k], "一二三四"[k++]) + l["| 小计".Length..] : l));
    }

    /// <summary>
    /// The report without 小计 rows, each group's score in a column headed <paramref name="header"/>, on the group's first row: right
    /// of 一级指标, or <paramref name="last"/> (where only a header named after its level tells which level's scores it holds).
    /// </summary>
    private static string InColumn(string header, bool last = false)
    {
        var rows = new List<string>();
        foreach (var l in Report.Split('\n').Where(l => !l.StartsWith("| 小计 |", StringComparison.Ordinal)))
        {
            if (!l.StartsWith('|')) { rows.Add(l); continue; }
            var cells = l.Split('|').ToList();
            var first = cells[1].Trim();
            var k = Array.FindIndex(Groups, g => first.StartsWith(g, StringComparison.Ordinal));
            var extra = first == "一级指标" ? header : first.StartsWith("---", StringComparison.Ordinal) ? "---" : k >= 0 ? Scores[k] : string.Empty;
            cells.Insert(last ? cells.Count - 1 : 2, $" {extra} ");
            rows.Add(string.Join("|", cells));
        }
        return string.Join("\n", rows);
    }

    /// <summary>The report without 小计 rows, each group's score after its points in its own cell (<paramref name="form"/>: {0} name, {1} points, {2} score).</summary>
    private static string InCell(string form) =>
        string.Join("\n", Report.Split('\n').Where(l => !l.StartsWith("| 小计 |", StringComparison.Ordinal)).Select(l =>
        {
            var k = Array.FindIndex(Groups, g => l.StartsWith($"| {g}（", StringComparison.Ordinal));
            if (k < 0) return l;
            var points = l[(l.IndexOf('（') + 1)..l.IndexOf('分')];
            return "| " + string.Format(System.Globalization.CultureInfo.InvariantCulture, form, Groups[k], points, Scores[k]) + l[l.IndexOf(" |", 2, StringComparison.Ordinal)..];
        }));

    public static TheoryData<string> Variants => new()
    {
        Report,
        Labelled("{0}小计"),
        Labelled("{0}类指标合计"),
        Labelled("{1}、{0}指标得分小计"),
        Labelled("{0}指标合计"),
        InColumn("一级指标得分"),
        InColumn("小计"),
        InColumn("一级得分", last: true),
        InCell("{0}（{1}分）得分{2}"),
        InCell("{0}（{1}分，得分{2}）"),
        InCell("{0}（{1}分）实际得分：{2}分"),
        InCell("{0}（{1}分）考核得分{2}"),
        InCell("{0}（{1}分，评估得分：{2}分）"),
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_layout_gives_each_group_its_points_and_score_and_no_finding(string report)
    {
        foreach (var (name, text) in new[] { ("subtotal.md", report), ("subtotal.html.md", AsHtmlTables(report)), ("subtotal.txt", AsTabSeparated(report)) })
        {
            var result = Audit(name, text);
            var p = Project(result);
            Assert.Equal(Groups.Select((g, k) => $"{g} {Scores[k]}"), p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedScore?.Text}"));
            Assert.Equal(new[] { 20m, 20m, 30m, 30m }, p.Groups.Where(g => g.IsLevel1).Select(g => g.StatedPoints!.Value.Value));
            Assert.Equal((16, "90.5"), (p.Indicators.Count, p.ReportedScore?.Text));
            Assert.DoesNotContain(EvaluationFindings(result), f => f.Severity <= Severity.Warning);
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_group_score_that_is_not_the_sum_of_its_indicators_is_found_once_with_both_numbers(string report)
    {
        foreach (var (name, text) in new[] { ("wrong.md", report.Replace("25.1", "26.1", StringComparison.Ordinal)), ("wrong.txt", AsTabSeparated(report.Replace("25.1", "26.1", StringComparison.Ordinal))) })
        {
            var f = Assert.Single(EvaluationFindings(Audit(name, text)), f => f.Severity <= Severity.Warning);
            Assert.Equal(("FA4018", "效益", "25.1", "26.1"), (f.RuleId, f.Location.Row, f.Expected?.ToString(), f.Actual?.ToString()));
        }
    }

    /// <summary>
    /// The 执行率+指标 project table (Provincial/medical-insurance-subsidy.txt) with a subtotal row after each group's
    /// indicators, labelled by <paramref name="label"/> ({0}: the group's heading), 产出指标's printing <paramref name="output"/>.
    /// </summary>
    private static string ProjectTable(string label, string output)
    {
        var closes = new[] { ("\t效益指标", "产出指标", "50", output), ("\t满意度指标", "效益指标", "30", "30"), ("总分", "满意度指标", "10", "9.78") };
        var lines = new List<string>();
        foreach (var line in Text("medical-insurance-subsidy.txt", Provincial).Split('\n'))
        {
            foreach (var (next, group, points, score) in closes.Where(c => line.StartsWith(c.Item1, StringComparison.Ordinal)))
                lines.Add($"\t{string.Format(System.Globalization.CultureInfo.InvariantCulture, label, group)}\t\t\t\t\t{points}\t{score}");
            lines.Add(line);
        }
        return string.Join("\n", lines);
    }

    [Theory]
    [InlineData("小计")]
    [InlineData("{0}小计")]
    [InlineData("{0}合计")]
    [InlineData("{0}得分小计")]
    public void A_project_tables_subtotal_rows_give_its_groups_their_scores(string label)
    {
        var result = Audit("project.txt", ProjectTable(label, "50"));
        Assert.Equal(new[] { "产出指标 50", "效益指标 30", "满意度指标 9.78" }, Project(result).Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedScore?.Text}"));
        Assert.Equal("99.28", Project(result).ReportedScore?.Text);
        Assert.DoesNotContain(EvaluationFindings(result), f => f.Severity <= Severity.Warning);
        var f = Assert.Single(EvaluationFindings(Audit("wrong.txt", ProjectTable(label, "49"))), f => f.Severity <= Severity.Warning);
        Assert.Equal(("FA4018", "产出指标", "50", "49"), (f.RuleId, f.Location.Row, f.Expected?.ToString(), f.Actual?.ToString()));
    }
}
