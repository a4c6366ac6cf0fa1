using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Issue 12 class 9: counts of the projects evaluated worded as a 决算's 预算绩效情况说明 words them, saying nothing of the forms —
/// the national “其中，一级项目1个，二级项目1个，共涉及资金1,116.00万元” (the count being both levels') and seed 002's
/// “进行项目绩效自评8个，自评金额108.78万元” and 上海's “绩效自评的2024年度项目4个，涉及预算金额598.42万元” — in the 部门决算 of <see cref="AttachedFormsCountTests"/> (2 forms, 516.00 + 600.00).
/// They are read, and compared with the forms only where the document says as many results are published (FA4012).
/// </summary>
public class UnattachedCountTests
{
    private const string Name = "yanling-final-accounts-two-forms.txt";
    private const string Evaluated = "本部门组织对2个项目开展绩效自评，涉及资金1,116.00万元";
    private const string Published = "本部门在2022年度部门决算中反映农村公路日常养护项目、农村客运站运营补助项目2个项目的绩效自评结果，自评表附后。";

    private static (List<string> Findings, List<Core.Model.Evaluation.PortfolioStatement> Read) Checked(string evaluated, string published)
    {
        var result = Audit(Name, Edited(Text(Name, "ProvinceForms"), [(Evaluated, evaluated), (Published, published)]));
        Assert.Equal(2, result.Disclosure!.Evaluations.Projects.Count);
        return (result.Findings.Where(f => f.RuleId == "FA4012").Select(f => $"第{f.Location.Line}行 {f.Message}").ToList(), result.Disclosure.Evaluations.Portfolio.Where(s => !s.Published).ToList());
    }

    [Theory]
    [InlineData("本部门组织对2022年度一般公共预算项目支出全面开展绩效自评，其中，一级项目1个，二级项目1个，共涉及资金1,116.00万元", 2, "1,116.00")]
    [InlineData("本部门组织对2022年度一般公共预算项目支出开展绩效自评，其中一级项目一个、二级项目一个，共涉及资金1116万元", 2, "1116")]
    [InlineData("其中，进行项目绩效自评2个，自评金额1,116.00万元；纳入重点绩效评价0个", 2, "1,116.00")]
    [InlineData("本部门开展了项目绩效自评2个，自评金额11,160,000.00元", 2, "1116.00")]
    [InlineData("全过程绩效管理实施情况：编报绩效目标的2022年度项目2个，涉及预算金额1,116.00万元；绩效自评的2022年度项目2个，涉及预算金额1,116.00万元，平均得分97.5分", 2, "1,116.00")]
    public void The_count_and_funds_are_read_and_agree_with_the_forms_said_published(string evaluated, int count, string amount)
    {
        var (findings, read) = Checked(evaluated, Published);
        var s = Assert.Single(read);
        Assert.Equal((count, true), (s.ProjectCount, s.Unattached));
        Assert.Equal(decimal.Parse(amount.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture), s.Amount?.Value);
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("其中，一级项目1个，二级项目1个，共涉及资金1,160.00万元", "第10行 “一级项目1个，二级项目1个，共涉及资金1,160.00万元”称资金 1,160.00 万元，各项目全年预算数合计 1116 万元（差 44）")]
    [InlineData("其中，进行项目绩效自评2个，自评金额1,160.00万元", "第10行 “进行项目绩效自评2个，自评金额1,160.00万元”称资金 1,160.00 万元，各项目全年预算数合计 1116 万元（差 44）")]
    public void Funds_that_differ_from_the_forms_said_published_are_one_finding(string evaluated, string expected)
    {
        Assert.Equal([expected], Checked(evaluated, Published).Findings);
    }

    /// <summary>
    /// Without a count published (seed 002 evaluates 8 projects and attaches 3 forms), or with fewer published than evaluated (a
    /// selection), the forms are not those of the statement: no finding whatever its count and funds.
    /// </summary>
    [Theory]
    [InlineData("其中，进行项目绩效自评8个，自评金额108.78万元", "")]
    [InlineData("其中，一级项目1个，二级项目2个，共涉及资金3,568.40万元", "")]
    [InlineData("其中，一级项目1个，二级项目2个，共涉及资金3,568.40万元", Published)]
    [InlineData("其中，进行项目绩效自评12个，自评金额3,568.40万元", Published)]
    public void Counts_not_said_to_be_the_forms_are_no_finding(string evaluated, string published)
    {
        var (findings, read) = Checked(evaluated, published);
        Assert.Single(read);
        Assert.Empty(findings);
    }

    [SharedFact]
    public void Seed_002s_count_is_read_and_not_held_against_its_three_forms()
    {
        var set = SelfEvaluationKit.Evaluations("002");
        var s = Assert.Single(set.Portfolio);
        Assert.Equal((8, 108.78m, true), (s.ProjectCount, s.Amount?.Value, s.Unattached));
        Assert.DoesNotContain(SelfEvaluationKit.Findings("002"), f => f.RuleId == "FA4012");
    }

    [Theory]
    [InlineData("其中，一级项目个，二级项目2个，共涉及资金1,116.00万元")]
    [InlineData("其中，一级项目十十十个，二级项目2个，共涉及资金1,116.00万元")]
    [InlineData("进行项目绩效自评个，自评金额万元")]
    [InlineData("一级项目1个，二级项目")]
    public void Broken_counts_are_no_statement(string evaluated)
    {
        var (findings, read) = Checked(evaluated, Published);
        Assert.Empty(read);
        Assert.Empty(findings);
    }
}
