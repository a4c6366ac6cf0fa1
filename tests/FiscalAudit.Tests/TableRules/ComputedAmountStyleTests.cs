using FiscalAudit.Core.Numbers;
using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.TableRules;

/// <summary>
/// Issue 12, class 6: a sum or difference a table finding works out is printed the way the cells it is compared with print
/// theirs — with thousands separators beside “2,042,900.00”, without them beside “2042900.00”, in ASCII digits beside full-width
/// ones — so the reviewer reads “= 2,042,900.00” next to “2,043,900.00”, not “= 2042900.00”.
/// </summary>
public class ComputedAmountStyleTests
{
    /// <summary>The Heilongjiang forest district (元, thousands separators) and the Shandong centre (元, none), 表一's 总计 planted 1,000 too high.</summary>
    [Theory]
    [InlineData("heilongjiang-forest-district-approval-bureau.txt", "总计\t31\t2,042,900.00\t总计", "总计\t31\t2,043,900.00\t总计", "= 2,042,900.00（差 1,000.00；")]
    [InlineData("shandong-provincial-service-centre.txt", "总计\t23\t2042900.00", "总计\t23\t2043900.00", "= 2042900.00（差 1000.00；")]
    public void A_sum_is_printed_in_the_style_of_the_cells_it_adds(string fixture, string right, string wrong, string printed)
    {
        var text = Text(fixture);

        var finding = Assert.Single(Check(text.Replace(right, wrong, StringComparison.Ordinal)));

        Assert.Equal("FA1003", finding.RuleId);
        Assert.Contains(printed, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2,042,900.00", "1,000.00", "1000.00")]
    [InlineData("１,９２５,８００.００", "1,000.00", "1000.00")]
    [InlineData("2042900.00", "1000.00", "1000.00")]
    [InlineData("192.58", "1000.00", "1000.00")]
    public void A_computed_amount_has_separators_when_a_figure_it_is_worked_out_from_prints_them(string cell, string beside, string alone)
    {
        var from = NumberText.Parse(cell)!.Value;

        Assert.Equal(beside, PrintedNumber.FormatLike(1000m, 2, [from, NumberText.Parse("7.00")!.Value]));
        Assert.Equal(alone, PrintedNumber.FormatLike(1000m, 2, [NumberText.Parse("7.00")!.Value]));
    }
}
