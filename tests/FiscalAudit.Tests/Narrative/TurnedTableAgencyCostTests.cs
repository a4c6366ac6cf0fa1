using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// 江西 prints 表七 turned (项目 | 预算数 | 决算数) with a 机关运行经费 row under the “三公” items and the counts: the row is read as 表七's
/// 决算数·机关运行经费 (standard-tables.json), the figure the 情况说明's 机关运行经费 restates (cell-links.json), so the two must agree
/// (FA3001 at the statement). The counts under it are 表七's count columns (counted, never amounts).
/// </summary>
public class TurnedTableAgencyCostTests
{
    private const string Jiangxi = "jiangxi-district-approval-bureau.txt";

    [Fact]
    public void The_row_is_read_as_the_final_column_of_the_table()
    {
        var table = Assert.Single(NarrativeTestKit.FromText(Text(Jiangxi)).Tables, t => t.Id == "T7");
        var row = Assert.Single(table.Rows, r => r.Cells.ContainsKey("决算数·机关运行经费"));
        Assert.Equal(74.84m, row.Cells["决算数·机关运行经费"].Number!.Value.Value);
        // The count rows under it are count columns (not amounts, not 公务接待费): 2 vehicles, 0 receptions.
        Assert.Equal((2m, 0m, 0.00m), (row["决算数·公务用车保有量"]!.Value.Value, row["决算数·国内公务接待批次"]!.Value.Value, row["决算数·公务接待费"]!.Value.Value));
        Assert.All(row.Cells.Keys.Where(k => k.Contains("保有量", StringComparison.Ordinal) || k.Contains("批次", StringComparison.Ordinal)), k => Assert.True(table.IsCount(k)));
        Assert.False(table.IsCount("决算数·公务接待费"));
    }

    [Theory]
    [InlineData("机关运行经费\t—\t74.84", "机关运行经费\t—\t70.84")]
    [InlineData("机关运行经费\t—\t74.84", "机关运行经费\t—\t74.48")]
    public void A_table_figure_other_than_the_statement_is_one_finding_at_the_statement(string right, string wrong)
    {
        var text = Text(Jiangxi);
        var finding = Assert.Single(Check(text.Replace(right, wrong, StringComparison.Ordinal)));
        Assert.Equal(("FA3001", LineOf(text, "机关运行经费支出74.84万元")), (finding.RuleId, finding.Location.Line));
        Assert.Contains(wrong[^5..], finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_in_another_wording_is_compared_too()
    {
        var text = Text(Jiangxi).Replace("2020年度本部门机关运行经费支出74.84万元，比上年增加37.48万元，增长100.32%",
            "2020年度本部门财政拨款机关运行经费支出决算为70.84万元", StringComparison.Ordinal);
        var finding = Assert.Single(Check(text));
        Assert.Equal("FA3001", finding.RuleId);
    }
}
