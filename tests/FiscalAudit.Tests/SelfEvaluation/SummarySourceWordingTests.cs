using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// FA4012 names where the summary was stated, in its message and its place: a 绩效自评综述, the conclusion of a self-evaluation
/// report printed with its table, the stated total of a third-party report, the text's score of the whole department.
/// </summary>
public class SummarySourceWordingTests
{
    private static (string Message, string? Place) Mismatch(AuditResult result)
    {
        var f = Assert.Single(result.Findings, f => f.RuleId == "FA4012");
        return (f.Message, f.Location.Row);
    }

    [Theory]
    [InlineData("90.00", "综述自评得分 90.00 分，评价表总分 95.00（差 -5）")]
    [InlineData("96.5", "综述自评得分 96.5 分，评价表总分 95.00（差 1.5）")]
    public void A_summary_from_an_overview_is_worded_as_the_overview(string score, string message)
    {
        var text = SyntheticReportTests.Report() + $"\n四、自评综述\n1.测试经费项目自评综述：本项目自评得分{score}分。\n";
        Assert.Equal((message, "绩效自评综述"), Mismatch(Audit("overview.txt", text)));
    }

    [Theory]
    [InlineData("96.90", "自评报告结论得分 96.90 分，评价表总分 98.90（差 -2）")]
    [InlineData("99.40", "自评报告结论得分 99.40 分，评价表总分 98.90（差 0.5）")]
    public void A_summary_from_a_self_evaluation_reports_conclusion_is_worded_as_the_conclusion(string score, string message)
    {
        const string school = "school-renovation-report.md";
        var text = Text(school, Provincial).Replace("本项目自评得分为98.90分", $"本项目自评得分为{score}分", StringComparison.Ordinal);
        Assert.Equal((message, "自评报告结论"), Mismatch(Audit(school, text)));
    }

    [Theory]
    [InlineData("综合得分为90.5分", "评价报告结论得分 90.5 分，评价表总分 88.5（差 2）")]
    [InlineData("综合得分为87分", "评价报告结论得分 87 分，评价表总分 88.5（差 -1.5）")]
    public void A_summary_from_a_third_party_reports_total_is_worded_as_the_reports_conclusion(string sentence, string message)
    {
        var text = Text(Renovation).Replace("综合得分为88.5分", sentence, StringComparison.Ordinal);
        Assert.Equal((message, "评价报告结论"), Mismatch(Audit("stated.md", text)));
    }

    [Fact]
    public void A_summary_from_the_departments_statement_is_worded_as_the_departments()
    {
        const string stated = "本部门2023年度整体支出绩效自评得分99.23分，自评等级为优。";
        var text = Text("natural-resources-department.txt", Provincial).Replace(stated, "本部门2023年度整体支出绩效自评得分95.50分，自评等级为优。", StringComparison.Ordinal);
        var (message, place) = Mismatch(Audit("department.txt", text));
        Assert.StartsWith("文中部门整体自评得分 95.50 分，", message, StringComparison.Ordinal);
        Assert.Equal("部门整体自评表述", place);
    }
}
