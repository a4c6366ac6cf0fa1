using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Issue 12 red team: three 财政重点绩效评价报告 in styles the other third-party tests do not print — an HTML table with real
/// rowspans and the level points in columns of their own (20/20/40/20, 75.5 → 中 under bands stated in a sentence), a
/// tab-separated text whose cells print “分” after every figure and the points after the level names (15/25/25/35, 91 → 优 under
/// the usual bands) and a Markdown table holding its 综合得分 and 评价等级 rows under a 权重（%） column (20/20/40/20, 84.5 → 良
/// under bands stated as “优（90分及以上）、良（80-89分）…”). As published none has a finding; with a score above its weight (the
/// sum kept by lowering another score), a total that is not the sum (the text's stated total changed with it) and a grade the
/// total does not earn planted, each is found once, at its place.
/// </summary>
public class ThirdPartyRedTeamStyleTests
{
    private const string Forestry = "forestry-afforestation-rowspan-20-20-40-20.html";
    private const string School = "school-construction-tab-15-25-25-35.txt";
    private const string Training = "vocational-training-in-table-grade-20-20-40-20.md";

    [Theory]
    [InlineData(Forestry, "decision-process-output-benefit-20-20-40-20", 18, "75.5", "中")]
    [InlineData(School, "decision-process-output-benefit-15-25-25-35", 19, "91", "优")]
    [InlineData(Training, "decision-process-output-benefit-20-20-40-20", 18, "84.5", "良")]
    public void The_published_report_is_read_whole_and_has_no_finding(string report, string scheme, int indicators, string total, string grade)
    {
        var result = Audit(report);
        var p = Project(result);
        Assert.Equal((scheme, indicators, total, grade), (p.Recomputation?.SchemeId, p.Indicators.Count, p.ReportedScore?.Text, p.Grade));
        Assert.Equal(p.ReportedScore!.Value.Value, p.Recomputation!.IndicatorSum);
        Assert.DoesNotContain(EvaluationFindings(result), f => f.Severity <= Severity.Warning);
    }

    public static TheoryData<string, (string From, string To)[], string[]> Plants { get; } = new()
    {
        {
            Forestry,
            [
                ("<td>成活率≥85%得满分，每低1%扣1分</td><td>9</td>", "<td>成活率≥85%得满分，每低1%扣1分</td><td>13</td>"),
                ("<td>完成目标得满分，按比例计分</td><td>10.5</td>", "<td>完成目标得满分，按比例计分</td><td>6.5</td>"),
                ("<td>75.5</td>", "<td>77.5</td>"), ("得分75.5分", "得分77.5分"),
                ("评价等级为“中”", "评价等级为“良”"),
            ],
            ["FA4001|产出 · 产出质量 · 苗木成活率|<td>苗木成活率</td>", "FA4003|总分|<td colspan=\"5\">合计</td>", "FA4007|等级|评价等级为“良”"]
        },
        {
            School,
            [
                ("化解率100%得满分\t9分", "化解率100%得满分\t11分"), ("≥90%得满分\t7分", "≥90%得满分\t5分"),
                ("\t91分", "\t92分"), ("综合得分91分", "综合得分92分"),
                ("等级为“优”", "等级为“良”"),
            ],
            ["FA4001|效益 · 社会效益 · 大班额化解率|\t大班额化解率\t", "FA4003|总分|总分\t", "FA4007|等级|等级为“良”"]
        },
        {
            Training,
            [
                ("| 合格率≥90%得满分 | 12 | 10 |", "| 合格率≥90%得满分 | 12 | 12.5 |"), ("| 不超过目标得满分 | 8 | 6.5 |", "| 不超过目标得满分 | 8 | 4 |"),
                ("| 100 | 84.5 |", "| 100 | 86.5 |"),
                ("| 评价等级 | | | | | 良 |", "| 评价等级 | | | | | 优 |"),
            ],
            ["FA4001|产出 · 产出质量 · 培训合格率|| 培训合格率 |", "FA4003|总分|| 综合得分 |", "FA4007|等级|| 评价等级 |"]
        },
    };

    /// <summary>
    /// Each plant “rule|row|fragment” is one error at its row of the evaluation, on the line of the planted text holding the fragment
    /// (an HTML file's lines are those of its text, not of its markup: only the row is compared there); nothing else is reported.
    /// </summary>
    [Theory]
    [MemberData(nameof(Plants))]
    public void Each_planted_error_is_found_once_at_its_place(string report, (string From, string To)[] edits, string[] plants)
    {
        var planted = Edited(Text(report), edits);
        var lines = planted.Split('\n');
        var byLine = !report.EndsWith(".html", StringComparison.Ordinal);
        var found = EvaluationFindings(Audit(report, planted)).Where(f => f.Severity <= Severity.Warning)
            .Select(f => $"{f.RuleId} {f.Location.Row} {(byLine ? f.Location.Line : null)}").Order().ToList();
        var expected = plants.Select(p => p.Split('|', 3))
            .Select(p => $"{p[0]} {p[1]} {(byLine ? Array.FindIndex(lines, l => l.Contains(p[2], StringComparison.Ordinal)) + 1 : null)}").Order().ToList();
        Assert.Equal(expected, found);
    }
}
