using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Engine;

/// <summary>
/// A finding's related places are the other places to look at: never its own. A rate and the amount it is worked out on
/// stated in one sentence (“…383.13万元，比2019年增加383.13万元，增长0.00%”) are one place.
/// </summary>
public class OwnPlaceNotRelatedTests
{
    private const string Head = "# 示例市示例局2023年度部门决算\n\n## 第三部分 2023年度部门决算情况说明\n\n## 一、政府采购支出情况说明\n\n";

    private static List<Finding> Findings(string text) =>
        new Auditor().Audit("示例决算.txt", Encoding.UTF8.GetBytes(Head + text + "\n")).Findings.ToList();

    private static void AssertOwnPlaceNotRelated(IEnumerable<Finding> findings) =>
        Assert.All(findings, f => Assert.DoesNotContain(f.RelatedLocations, l => l.Place == f.Location.Place));

    [Theory]
    // Seed 000 第3311行 and seed 004 第4350行: a growth rate from a zero previous year, the amount in the same sentence.
    [InlineData("2023年度政府采购支出总额383.13万元，其中：政府采购货物支出383.13万元，比2022年增加383.13万元，增长0.00%。", "FA3008", "0.00%")]
    [InlineData("政府采购货物支出19.3万元，增加19.3万元，增长100%。", "FA3008", "100%")]
    // A completion of a zero budget with its actual amount in the same sentence.
    [InlineData("公务接待费年初预算为0，支出决算为12.50万元，完成年初预算的100%。", "FA3008", "100%")]
    // Seed 000 第98行: a completion rate off its budget and actual, stated in the same sentence.
    [InlineData("机关运行经费全年预算350.00万元，支出决算208.80万元，完成预算的60.00%。", "FA3004", "60.00%")]
    public void A_rate_on_an_amount_of_its_own_sentence_lists_no_related_place(string text, string rule, string printed)
    {
        var findings = Findings(text);

        var rate = Assert.Single(findings, f => f.RuleId == rule);
        Assert.Equal(printed, rate.Actual);
        Assert.Empty(rate.RelatedLocations);
        AssertOwnPlaceNotRelated(findings);
    }

    [Fact]
    public void A_rate_on_an_amount_stated_in_an_earlier_paragraph_still_lists_it()
    {
        var findings = Findings("政府采购货物支出383.13万元。\n\n政府采购货物支出比2022年增加383.13万元，增长0.00%。");

        var rate = Assert.Single(findings, f => f.RuleId == "FA3008");
        Assert.Equal(new int?[] { 7 }, rate.RelatedLocations.Select(l => l.Line));
        Assert.Equal(9, rate.Location.Line);
    }

    [SharedTheory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("004")]
    public void No_finding_on_a_seed_lists_its_own_place_as_related(string seed)
    {
        var path = Repo.Seed(seed);
        var disclosure = DisclosureExtractor.Default.Extract(new PlainTextReader().Read(Path.GetFileName(path), File.ReadAllBytes(path)));
        var findings = new Auditor().Check(disclosure).ToList();

        Assert.Contains(findings, f => f.RuleId is "FA3008" or "FA3004" or "FA3002" or "FA3005");
        AssertOwnPlaceNotRelated(findings);
    }

    /// <summary>The same line of last year's file (FA7001/FA7002 against the previous year's document) is another place and stays.</summary>
    [Fact]
    public void The_same_line_of_another_file_stays_related()
    {
        var own = FindingLocation.At(new SourceLocation("2024年度部门决算.txt", Line: 11));
        var lastYear = FindingLocation.At(new SourceLocation("2023年度部门决算.txt", Line: 11));
        var finding = new Finding("FA7001", Severity.Error, "上年数与上年文件不符", own, Related: new[] { lastYear, own });
        Assert.Equal(new[] { lastYear }, finding.WithoutOwnPlaceRelated().RelatedLocations);
    }
}
