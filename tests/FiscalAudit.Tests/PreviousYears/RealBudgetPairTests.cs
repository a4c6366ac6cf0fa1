using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Engine;
using FiscalAudit.Rules.PreviousYears;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.PreviousYears;

/// <summary>
/// The two Jiangsu departments whose 2017 and 2018 部门预算 are both in ../shared: the 2018 documents are paired
/// with the 2017 ones, and every “与上年（预算数）持平/一致” they print is confirmed by the 2017 document (read by
/// hand: 因公出国（境）费 222.5, 公务用车运行维护费 183.6, 公务接待费 427.5; 检察院 公务用车运行维护费
/// 267.8, 培训费 700) and not reported.
/// </summary>
public class RealBudgetPairTests
{
    [SharedTheory]
    [InlineData("江苏省人大办公厅2017年度预算公开.pdf", "江苏省人大办公厅2018预算公开.pdf", "因公出国（境）费预算支出=222.5|公务用车运行维护费预算支出=183.6|公务接待费预算支出=427.5")]
    [InlineData("江苏省人民检察院2017年部门预算.pdf", "江苏省人民检察院2018年部门预算公开.pdf", "公务用车运行维护费预算支出=267.8|培训费预算支出=700")]
    public void Last_years_statements_agree_with_last_years_document(string earlierFile, string laterFile, string confirmed)
    {
        var auditor = new Auditor();
        var earlier = auditor.Audit(Repo.BudgetPdf(earlierFile));
        var later = auditor.CheckWith(auditor.Audit(Repo.BudgetPdf(laterFile)), earlier.Disclosure!, sameUnit: false);
        Assert.Same(earlier.Disclosure, later.Disclosure!.PreviousYear);

        var compared = later.Disclosure.Narrative.Facts
            .Where(f => f.Kind == FactKind.Previous && f.Subject?.Amount is not null)
            .Select(f => (Fact: f, Figure: PreviousFigure.Find(f.Subject!, earlier.Disclosure!)))
            .Where(p => p.Figure is not null)
            .ToList();
        foreach (var expected in confirmed.Split('|'))
        {
            var (name, value) = (expected.Split('=')[0], decimal.Parse(expected.Split('=')[1]));
            var matches = compared.Where(p => p.Fact.Quantity.EndsWith(name, StringComparison.Ordinal)).ToList();
            Assert.True(matches.Count == 1, $"{name}: {string.Join("；", compared.Select(p => p.Fact.Quantity + "=" + p.Figure!.Number.Text))}");
            var match = matches[0];
            Assert.Equal(value, match.Figure!.Number.Value);
            Assert.Equal(value, match.Fact.Subject!.Amount!.Value.Value);
            Assert.Equal(earlier.Disclosure!.File, match.Figure.Place.Source!.File);
            Assert.DoesNotContain(later.Findings, f => f.RuleId == "FA7002" && f.Location.Line == match.Fact.Location.Line && f.Location.Page == match.Fact.Location.Page);
        }
    }

    /// <summary>
    /// 江苏省人民检察院2018: 一般公共预算财政拨款支出 21,940.96 “与上年相比增加 3,958.98” gives 17,981.98, but the 2017
    /// document prints 17,981.68 (p21 l13) — the increase is 3,959.28, as the same page-23 statement of 一般公共预算收入
    /// says (checked by hand). “因公出国（境）费预算支出 100 万元，与上年预算数相等” but 2017 budgeted 110 (p22 l19).
    /// </summary>
    [SharedFact]
    public void The_procuratorates_slips_against_its_2017_budget_are_reported()
    {
        var auditor = new Auditor();
        var earlier = auditor.Audit(Repo.BudgetPdf("江苏省人民检察院2017年部门预算.pdf"));
        var later = auditor.CheckWith(auditor.Audit(Repo.BudgetPdf("江苏省人民检察院2018年部门预算公开.pdf")), earlier.Disclosure!, sameUnit: false);

        var change = Assert.Single(later.Findings, f => f.RuleId == "FA7001");
        Assert.Equal((28, 2), (change.Location.Page, change.Location.Line));
        Assert.Equal(17981.68m, change.Expected);
        Assert.Equal(17981.98m, change.Actual);
        Assert.Contains("按此应增加 3,959.28 万元", change.Message);
        Assert.Equal((21, 13), (change.RelatedLocations[0].Page, change.RelatedLocations[0].Line));

        var same = Assert.Single(later.Findings, f => f.RuleId == "FA7002");
        Assert.Equal((28, 25), (same.Location.Page, same.Location.Line));
        Assert.Equal(110m, same.Expected);
        Assert.Equal(100m, same.Actual);
        Assert.Contains("“因公出国（境）费预算支出”本年 100万元，说明称与上年持平", same.Message);
        Assert.Equal((22, 19), (same.RelatedLocations[0].Page, same.RelatedLocations[0].Line));
    }
}
