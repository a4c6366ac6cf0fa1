using System.Globalization;
using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Evaluation reports of other regions as converted Markdown (HTML tables with merged cells, pipe tables, LaTeX percents,
/// page numbers between the parts of a table), each with its conclusion in the text: a 项目支出绩效自评表 attached to its
/// report (权重 before 指标值, scores with 分, the total under 自评得分, the grade in the text), a 部门整体支出绩效自评表,
/// and third-party reports weighted 20/30/30/20 and 10/20/40/30. Correct, they give no finding; each planted error is found
/// once, by the right rule, with both numbers and the line it stands on.
/// </summary>
public class PlantedErrorTests
{
    private const string School = "school-renovation-report.md";

    private const string Forestry = "forestry-department-wide-report.md";

    private const string Health = "community-health-20-30-30-20.md";

    private const string River = "river-chief-10-20-40-30.md";

    private static string FolderOf(string name) => name is School or Forestry ? Provincial : "ThirdParty";

    private static string Changed(string name, params string[] swaps)
    {
        var text = Text(name, FolderOf(name));
        for (var k = 0; k + 1 < swaps.Length; k += 2)
        {
            Assert.Contains(swaps[k], text, StringComparison.Ordinal);
            text = text.Replace(swaps[k], swaps[k + 1], StringComparison.Ordinal);
        }
        return text;
    }

    private static string? Value(object? v) => v is decimal d ? d.ToString("0.####", CultureInfo.InvariantCulture) : v?.ToString();

    private static string Row(Finding f) => $"{f.RuleId} {f.Severity} {Value(f.Expected)} {Value(f.Actual)} 第{f.Location.Line}行";

    private static string Expected(string name, string rule, string severity, string expected, string actual, string lineOf) =>
        $"{rule} {severity} {expected} {actual} 第{LineOf(name, lineOf, FolderOf(name))}行";

    [Theory]
    [InlineData(School, "义务教育学校校舍维修改造项目", "98.90", "优")]
    [InlineData(Forestry, "永安县林业局", "99.01", null)]
    [InlineData(Health, "城市社区公共卫生服务补助资金项目", "87.6", "良")]
    [InlineData(River, "河湖长制工作经费项目", "82.5", "良")]
    public void A_correct_report_is_read_and_gives_no_finding(string name, string project, string total, string? grade)
    {
        var result = Audit(name, Text(name, FolderOf(name)));
        var p = Project(result);
        Assert.Equal((project, total, grade), (p.Name, p.ReportedScore?.Text, p.Grade));
        Assert.Equal(p.ReportedScore!.Value.Value, p.Recomputation!.RecomputedScore);
        Assert.Empty(EvaluationFindings(result));
    }

    /// <summary>The project and department-wide tables exported one cell per line read as their HTML and stay silent.</summary>
    [Theory]
    [InlineData(School)]
    [InlineData(Forestry)]
    public void A_table_flattened_one_cell_per_line_reads_like_its_html(string name)
    {
        var html = Audit(name, Text(name, FolderOf(name)));
        var lines = Audit(name, AsCellPerLine(Text(name, FolderOf(name))));
        Assert.Equal(Shape(Project(html)), Shape(Project(lines)));
        Assert.Empty(EvaluationFindings(lines));
    }

    /// <summary>The conclusion of a project table's report is its summary; a grade in single quotes is read too.</summary>
    [Theory]
    [InlineData("本项目自评得分为98.90分", "本项目自评得分为96.90分", "FA4012", "Error", "98.9", "96.9")]
    [InlineData("自评等级为“优”", "自评等级为“良”", "FA4007", "Error", "优", "良")]
    [InlineData("自评等级为“优”", "自评等级为‘良’", "FA4007", "Error", "优", "良")]
    [InlineData("自评等级为“优”", "自评等级为'中'", "FA4007", "Error", "优", "中")]
    public void The_reports_conclusion_is_checked_against_its_table(string from, string to, string rule, string severity, string expected, string actual)
    {
        var findings = EvaluationFindings(Audit(School, Changed(School, from, to)));
        Assert.Equal([Expected(School, rule, severity, expected, actual, "经自评")], findings.Select(Row));
    }

    /// <summary>Reports printed one after another each conclude on their own table.</summary>
    [Fact]
    public void Each_report_of_a_collection_concludes_on_its_own_table()
    {
        var first = Text(School, Provincial);
        var second = first.Replace("义务教育学校校舍维修改造", "农村学校食堂改造", StringComparison.Ordinal).Replace("本项目自评得分为98.90分", "本项目自评得分为97.90分", StringComparison.Ordinal);
        var f = Assert.Single(EvaluationFindings(Audit(School, first + "\n\n" + second)));
        Assert.Equal(("FA4012", "农村学校食堂改造项目", 98.9m, 97.9m), (f.RuleId, f.Location.Table, (decimal)f.Expected!, (decimal)f.Actual!));
    }

    /// <summary>A report printed after its table concludes on it.</summary>
    [Fact]
    public void A_report_printed_after_its_table_concludes_on_it()
    {
        var text = Text(School, Provincial);
        var (start, end) = (text.IndexOf("## 一、项目基本情况", StringComparison.Ordinal), text.IndexOf("- 3 -", StringComparison.Ordinal));
        var report = text[start..end].Replace("本项目自评得分为98.90分", "本项目自评得分为97.90分", StringComparison.Ordinal);
        var f = Assert.Single(EvaluationFindings(Audit(School, text[..start] + text[end..] + "\n\n" + report)));
        Assert.Equal(("FA4012", 98.9m, 97.9m), (f.RuleId, (decimal)f.Expected!, (decimal)f.Actual!));
    }

    public static TheoryData<string, string[], string> Planted => new()
    {
        // A score above its weight, the total raised with it.
        { School, ["<td>92%</td><td>5分</td>", "<td>92%</td><td>6分</td>", "98.90分", "99.90分"], Expected(School, "FA4001", "Error", "5", "6", "家长满意度") },
        // The total not the sum of the funds score and the indicators'.
        { School, ["<td>98.90分</td>", "<td>97.90分</td>", "为98.90分", "为97.90分"], Expected(School, "FA4003", "Error", "98.9", "97.9", "<td colspan=\"4\">自评得分") },
        // The grade in the table and the text below what the total earns: found at the table.
        { School, ["自评等级为“优”", "自评等级为“良”", "自评等级：优", "自评等级：良"], Expected(School, "FA4007", "Error", "优", "良", "<td colspan=\"4\">自评得分") },
        // Full marks for a missed target with no deviation reason.
        { School, ["<td>9.65分</td><td>1所学校因雨季延期完工，今后合理安排工期</td>", "<td>10分</td><td></td>", "98.90分", "99.25分"], Expected(School, "FA4008", "Error", "≥95%", "91.7%", "工程按期完工率") },
        // The execution-rate score above 分值 × 执行率.
        { School, ["<td>$92.5\\%$</td><td>9.25</td>", "<td>$92.5\\%$</td><td>10</td>", "98.90分", "99.65分"], Expected(School, "FA4005", "Warning", "9.25", "10", "<td>年度资金总额") },
        { Forestry, ["<td>99.01</td>", "<td>98.01</td>", "得分为99.01分", "得分为98.01分"], Expected(Forestry, "FA4003", "Error", "99.01", "98.01", "<td colspan=\"6\">总分") },
        { Forestry, ["<td>9.41</td><td>春季干旱，部分苗木死亡，已安排补植</td>", "<td>10</td><td></td>", "99.01", "99.60"], Expected(Forestry, "FA4008", "Error", "≥85%", "80%", "造林成活率") },
        { Forestry, ["<td>96.00%</td><td>9.60</td>", "<td>96.00%</td><td>9.80</td>", "99.01", "99.21"], Expected(Forestry, "FA4005", "Warning", "9.6", "9.8", "<td>年度资金总额") },
        { Forestry, ["得分为99.01分", "得分为97.01分"], Expected(Forestry, "FA4012", "Error", "99.01", "97.01", "经自评") },
        { Forestry, ["自评等级为“优”", "自评等级为“良”"], Expected(Forestry, "FA4007", "Error", "优", "良", "经自评") },
        // Third-party, 20/30/30/20 split by a page number: one point moved above its weight.
        { Health, ["程序规范得3分，否则酌情扣分</td><td>3.0", "程序规范得3分，否则酌情扣分</td><td>3.5", "编制科学得3分，否则酌情扣分</td><td>2.5", "编制科学得3分，否则酌情扣分</td><td>2.0"], Expected(Health, "FA4001", "Error", "3", "3.5", "立项程序规范性") },
        { Health, ["<td>87.6</td>", "<td>88.6</td>", "综合得分为87.6分", "综合得分为88.6分"], Expected(Health, "FA4003", "Error", "87.6", "88.6", "<td colspan=\"3\">合计") },
        { Health, ["评价等级为“良”", "评价等级为“优”"], Expected(Health, "FA4007", "Error", "良", "优", "经综合评价") },
        { Health, ["综合得分为87.6分", "综合得分为86.7分"], Expected(Health, "FA4012", "Error", "87.6", "86.7", "经综合评价") },
        // 预算执行率 scored 执行率×分值: 6 × 92% = 5.52, not 6.0 (another indicator lowered to keep the total).
        { Health, ["<td>执行率×分值</td><td>5.5</td>", "<td>执行率×分值</td><td>6.0</td>", "发现一项不合规扣1分</td><td>5.0", "发现一项不合规扣1分</td><td>4.5"], Expected(Health, "FA4019", "Warning", "5.52", "6", "<td>预算执行率") },
        { Health, ["决策（20分）", "决策（25分）"], Expected(Health, "FA4002", "Warning", "25", "20", "决策（20分）") },
        // Third-party, 10/20/40/30 in pipe tables: full marks for a count below its target.
        { River, ["| 24个 | 完成得满分，未完成按比例得分 | 8.0 |", "| 24个 | 完成得满分，未完成按比例得分 | 10.0 |", "| 100 | | | | 82.5 |", "| 100 | | | | 84.5 |", "最终得分82.5分", "最终得分84.5分"], Expected(River, "FA4008", "Error", "≥30个", "24个", "整改数") },
        { River, ["| 15 | ≥90% | 85% | ≥90%得满分，每低1个百分点扣1分 | 11.2 |", "| 15 | ≥90% | 85% | ≥90%得满分，每低1个百分点扣1分 | 16.2 |", "| 100 | | | | 82.5 |", "| 100 | | | | 87.5 |", "最终得分82.5分", "最终得分87.5分"], Expected(River, "FA4001", "Error", "15", "16.2", "沿河群众满意度") },
        { River, ["绩效评级为“良”", "绩效评级为“中”"], Expected(River, "FA4007", "Error", "良", "中", "经评价") },
    };

    [Theory]
    [MemberData(nameof(Planted))]
    public void Each_planted_error_is_found_once_with_both_numbers_and_its_line(string name, string[] swaps, string expected)
    {
        var findings = EvaluationFindings(Audit(name, Changed(name, swaps)));
        Assert.Equal([expected], findings.Select(Row));
    }
}
