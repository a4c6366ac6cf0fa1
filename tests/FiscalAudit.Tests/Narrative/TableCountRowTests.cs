using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 4): 江西 prints 表七 turned, with count rows under the money rows (“公务用车保有量（辆） | 2 | 2”, “国内公务接待批次（个）
/// | 3 | 0”). A count of the 情况说明 that names the item (“公务用车保有量为2辆”, “全年国内公务接待0批次”) restates the 决算数: a
/// different number is one FA3001 on the statement, whichever side was planted; a count of no such row, or one naming no item
/// (“累计0人次”), is not compared.
/// </summary>
public class TableCountRowTests
{
    private const string Jiangxi = "jiangxi-district-three-public-bureau.txt";

    [Theory]
    [InlineData("公务用车保有量为2辆", "公务用车保有量为3辆", "公务用车保有量为3辆")]
    [InlineData("全年国内公务接待0批次", "全年国内公务接待3批次", "全年国内公务接待3批次")]
    [InlineData("公务用车保有量（辆）\t2\t2", "公务用车保有量（辆）\t2\t1", "公务用车保有量为2辆")]
    [InlineData("国内公务接待批次（个）\t3\t0", "国内公务接待批次（个）\t3\t2", "全年国内公务接待0批次")]
    public void A_count_that_differs_from_its_row_is_one_finding_on_the_statement(string right, string wrong, string place)
    {
        var text = Text(Jiangxi);
        Assert.Equal(1, text.Split(right).Length - 1);
        text = text.Replace(right, wrong, StringComparison.Ordinal);
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3001", LineOf(text, place)), (finding.RuleId, finding.Location.Line));
        Assert.Contains("决算数", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全年安排因公出国（境）团组0个", "全年安排因公出国（境）团组2个")]
    [InlineData("全年购置公务用车0辆", "全年购置公务用车1辆")]
    [InlineData("，0人次，无外事接待", "，5人次，无外事接待")]
    public void A_count_of_no_printed_row_is_not_compared(string right, string wrong)
    {
        var text = Text(Jiangxi).Replace(right, wrong, StringComparison.Ordinal);
        Assert.DoesNotContain(Check(text), f => f.RuleId == "FA3001");
    }
}
