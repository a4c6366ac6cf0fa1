using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 4): 江西 prints 机关运行经费 as a row of its turned 表七; the 情况说明 names it with the fund before it
/// (“一般公共预算财政拨款机关运行经费支出74.84万元”, “财政拨款机关运行经费支出…”), and restates that cell all the same.
/// </summary>
public class OperatingCostPrefixTests
{
    private const string Jiangxi = "jiangxi-district-three-public-bureau.txt";

    private const string Stated = "本部门机关运行经费支出74.84万元";

    [Theory]
    [InlineData("本部门一般公共预算财政拨款机关运行经费支出74.84万元")]
    [InlineData("本部门财政拨款机关运行经费支出74.84万元")]
    public void The_prefixed_name_restates_the_table_row(string wording)
    {
        var text = Text(Jiangxi).Replace(Stated, wording, StringComparison.Ordinal);
        Assert.Empty(Check(text).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
        var planted = text.Replace("机关运行经费\t—\t74.84", "机关运行经费\t—\t70.84", StringComparison.Ordinal);
        var finding = Assert.Single(Check(planted));
        Assert.Equal(("FA3001", LineOf(planted, wording)), (finding.RuleId, finding.Location.Line));
        Assert.Contains("70.84", finding.Message, StringComparison.Ordinal);
    }
}
