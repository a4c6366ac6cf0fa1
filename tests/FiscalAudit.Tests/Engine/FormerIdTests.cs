using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Review;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Engine;

/// <summary>
/// A narrative finding's id hashes its message; how the numbers in it are printed (digit width, thousands separators, spaces) is
/// no part of it. A finding whose id that changed keeps the id the scheme before gave it as a former id, and a decision stored
/// under that id still applies.
/// </summary>
public class FormerIdTests
{
    private const string File = "说明.txt";

    private static Finding Narrative(string message, int line = 12) =>
        new("FA3005", Severity.Error, message, FindingLocation.At(new SourceLocation(File, Line: line)));

    private static Finding Assigned(Finding f) => Assert.Single(FindingIdentity.Assign([f], null, File));

    [Theory]
    [InlineData("“本年收入”1,250.00万元 ≠ 所列构成之和 1,255.00（1,000.00＋255.00，差 5.00）", "“本年收入”1250.00万元 ≠ 所列构成之和 1255.00（1000.00＋255.00，差 5.00）")]
    [InlineData("“本年收入”１，２５０．００万元 ≠ 所列构成之和 1255.00（１，０００．００＋２５５．００，差 5.00）", "“本年收入”1250.00万元 ≠ 所列构成之和 1255.00（1000.00＋255.00，差 5.00）")]
    [InlineData("“支出预算总计”本年 21, 955.35万元，增加 3 958.67万元，上年应为 17,996.68 万元", "“支出预算总计”本年 21955.35万元，增加 3958.67万元，上年应为 17996.68 万元")]
    [InlineData("“差旅费”说明为 1,234,567.8元，表中为 1234567.80元（差 0.00）", "“差旅费”说明为 1234567.8元，表中为 1，234，567.80元（差 0.00）")]
    public void Ids_are_equal_with_and_without_separators(string printed, string plain)
    {
        Assert.Equal(Assigned(Narrative(plain)).Id, Assigned(Narrative(printed)).Id);
        // Another amount (a digit more in the first) is another finding.
        Assert.NotEqual(Assigned(Narrative(plain.Insert(plain.IndexOf('.', StringComparison.Ordinal), "9"))).Id, Assigned(Narrative(plain)).Id);
    }

    [Fact]
    public void An_id_the_folding_changed_keeps_the_former_one_and_an_unchanged_one_has_none()
    {
        var grouped = Assigned(Narrative("“本年收入”1,250.00万元 ≠ 所列构成之和 1255.00（1,000.00＋255.00，差 5.00）"));
        var former = Assert.Single(grouped.FormerIds);
        Assert.NotEqual(grouped.Id, former);
        Assert.Equal(new[] { grouped.Id, former }, grouped.AllIds);

        var plain = Assigned(Narrative("“本年收入”1250.00万元 ≠ 所列构成之和 1255.00（1000.00＋255.00，差 5.00）"));
        Assert.Empty(plain.FormerIds);
        Assert.Equal(grouped.Id, plain.Id);
    }

    [Fact]
    public void The_former_id_is_worked_out_from_the_message_as_printed_before()
    {
        const string Before = "“本年收入”1,250.00万元 ≠ 所列构成之和 1255.00（1,000.00＋255.00，差 5.00）";
        var cited = new[] { NumberText.Parse("1,250.00")!.Value, NumberText.Parse("1,000.00")!.Value };
        var now = Assigned(FindingsRule.Report((FormattableString)$"“本年收入”1,250.00万元 ≠ 所列构成之和 {new WorkedAmount(1255m, 2, cited)}（1,000.00＋255.00，差 5.00）",
            FindingLocation.At(new SourceLocation(File, Line: 12))));
        Assert.Contains("所列构成之和 1,255.00", now.Message);
        Assert.Equal(Before, now.FormerMessage);
        Assert.Equal(Assigned(Narrative(Before)).FormerIds, now.FormerIds);
        Assert.Equal(Assigned(Narrative(Before)).Id, now.Id);
    }

    [Fact]
    public void Findings_alike_but_for_separators_are_told_apart_by_their_turn()
    {
        var ids = FindingIdentity.Assign([Narrative("“收入”1,250.00万元 ≠ 1255.00"), Narrative("“收入”1250.00万元 ≠ 1255.00")], null, File);
        Assert.Equal(2, ids.Select(f => f.Id).Distinct().Count());
        Assert.Single(ids[0].FormerIds);
    }

    [Theory]
    [InlineData("FA3005", "非同级财政拨款的其他收入1,250.00万元，分别为：区委组织部拨入离退休人员生活补助1,000.00万元，预算绩效管理业务培训经费255.00万元。")]
    [InlineData("FA3003", "一般公共预算财政拨款支出2,305.60万元，比上年增加1,125.20万元，增长94.00%。")]
    public void A_decision_stored_under_the_former_id_applies_to_the_finding(string rule, string text)
    {
        var finding = Assert.Single(new Auditor().Audit("说明.txt", System.Text.Encoding.UTF8.GetBytes(text)).Findings, f => f.RuleId == rule);
        var former = Assert.Single(finding.FormerIds);
        var book = new ReviewBook([new ReviewDecision(former, ReviewStatus.Waived, "已核实")]);
        var reviewed = new Auditor(new AuditProfile { Review = book }).Audit("说明.txt", System.Text.Encoding.UTF8.GetBytes(text)).Findings.Single(f => f.Id == finding.Id);
        Assert.True(reviewed.IsWaived);
        Assert.Empty(book.Fixed(reviewed.AllIds.ToHashSet()));
    }

    private static readonly RuleDescriptor FindingsRule = new("FA3005", "构成项与总数不符", Severity.Error, RuleCategories.Narrative, "测试");
}
