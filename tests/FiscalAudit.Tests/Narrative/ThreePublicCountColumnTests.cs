using FiscalAudit.Core.Model;
using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 4): 表七 in the usual layout prints its counts as columns beside the amounts (公务用车购置数（辆） | 公务用车保有量（辆）
/// | 国内公务接待批次（个） | 国内公务接待人次（人）, after the 决算数 panel or under it). The table reader keeps them as count columns of
/// 表七 (never amounts: 公务接待费 stays the amount), and the 情况说明's counts restate them as they restate the turned table's rows.
/// </summary>
public class ThreePublicCountColumnTests
{
    private const string Jiangxi = "jiangxi-district-three-public-bureau.txt";

    private const string Turned = "项目\t预算数\t决算数\n合计\t0.30\t0.00\n1.因公出国（境）费\t0.00\t0.00\n2.公务用车购置及运行费\t0.00\t0.00\n其中：（1）公务用车购置费\t0.00\t0.00\n（2）公务用车运行费\t0.00\t0.00\n3.公务接待费\t0.30\t0.00\n机关运行经费\t—\t74.84\n公务用车保有量（辆）\t2\t2\n国内公务接待批次（个）\t3\t0\n国内公务接待人次（人）\t24\t0\n";

    /// <summary>The counts as a group of columns of their own after the 决算数 panel.</summary>
    private const string Beside =
        "预算数\t\t\t\t\t\t决算数\t\t\t\t\t\t公务用车购置数（辆）\t公务用车保有量（辆）\t国内公务接待批次（个）\t国内公务接待人次（人）\n"
        + "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t\t\t\t\n"
        + "\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t\t\n"
        + "0.30\t0.00\t0.00\t0.00\t0.00\t0.30\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0\t2\t0\t0\n";

    /// <summary>The counts as the last columns of the 决算数 panel.</summary>
    private const string Under =
        "预算数\t\t\t\t\t\t决算数\t\t\t\t\t\t\t\t\t\n"
        + "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t公务用车购置数（辆）\t公务用车保有量（辆）\t国内公务接待批次（个）\t国内公务接待人次（人）\n"
        + "\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t\t\n"
        + "0.30\t0.00\t0.00\t0.00\t0.00\t0.30\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0\t2\t0\t0\n";

    private static string Layout(string table)
    {
        var text = Text(Jiangxi);
        Assert.Contains(Turned, text, StringComparison.Ordinal);
        return text.Replace(Turned, table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Beside)]
    [InlineData(Under)]
    public void Counts_printed_as_columns_are_count_cells_of_the_table(string table)
    {
        var t7 = Assert.Single(NarrativeTestKit.FromText(Layout(table)).Tables, t => t.Id == "T7");
        var row = Assert.Single(t7.Rows);
        Assert.Equal((0m, 2m, 0m, 0m), (row["决算数·公务用车购置数"]!.Value.Value, row["决算数·公务用车保有量"]!.Value.Value,
            row["决算数·国内公务接待批次"]!.Value.Value, row["决算数·国内公务接待人次"]!.Value.Value));
        Assert.True(t7.IsCount("决算数·公务用车保有量") && t7.IsCount("决算数·国内公务接待批次") && !t7.IsCount(StandardColumns.Of(StandardColumns.Final, StandardColumns.Reception)));
        Assert.Equal(0.30m, row[StandardColumns.Of(StandardColumns.Budget, StandardColumns.Reception)]!.Value.Value);
    }

    [Theory]
    [InlineData(Beside, "公务用车保有量为2辆", "公务用车保有量为3辆", "公务用车保有量为3辆")]
    [InlineData(Under, "全年国内公务接待0批次", "全年国内公务接待3批次", "全年国内公务接待3批次")]
    [InlineData(Beside, "全年购置公务用车0辆", "全年购置公务用车1辆", "全年购置公务用车1辆")]
    [InlineData(Under, "0.00\t0\t2\t0\t0\n", "0.00\t0\t1\t0\t0\n", "公务用车保有量为2辆")]
    public void A_count_that_differs_from_its_column_is_one_finding_on_the_statement(string table, string right, string wrong, string place)
    {
        var text = Layout(table);
        Assert.Empty(Check(text));
        text = text.Replace(right, wrong, StringComparison.Ordinal);
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3001", LineOf(text, place)), (finding.RuleId, finding.Location.Line));
        Assert.Contains("决算数", finding.Message, StringComparison.Ordinal);
    }
}
