using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 4): people received in no batch. A sentence stating 0 批次 and then people, or a 表七 printing 国内公务接待批次 0 and
/// 人次 above 0, contradicts itself: one FA3021 (warning) per cause — at the sentence, or at the table with the sentences restating
/// it as related places. 因公出国（境）团组 0 with people (they join groups other units send), 购置数 above 保有量 and 0 batches with 0
/// people are no contradiction.
/// </summary>
public class CountContradictionTests
{
    private const string Anhui = "anhui-county-data-bureau.txt";
    private const string Jiangxi = "jiangxi-district-three-public-bureau.txt";
    private const string Reception = "公务接待费0万元。";

    private static string Stated(string sentence)
    {
        var text = Text(Anhui);
        Assert.Equal(1, text.Split(Reception).Length - 1);
        return text.Replace(Reception, $"公务接待费0万元，{sentence}。", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全年国内公务接待0批次，24人次")]
    [InlineData("国内公务接待批次0个、接待人次24人")]
    [InlineData("全年公务接待0批次，累计24人次")]
    [InlineData("其中国内公务接待0批次，共接待24人次")]
    public void People_after_no_batch_are_one_warning_at_the_sentence(string sentence)
    {
        var text = Stated(sentence);
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3021", LineOf(text, sentence)), (finding.RuleId, finding.Location.Line));
        Assert.Contains("0批次", finding.Message.Replace("0个", "0批次", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全年国内公务接待2批次，24人次")]
    [InlineData("全年国内公务接待0批次，0人次")]
    [InlineData("全年安排因公出国（境）团组0个，累计5人次")]
    [InlineData("全年购置公务用车2辆，截至年底公务用车保有量为1辆")]
    [InlineData("全年国内公务接待0批次；全年安排因公出国（境）团组1个，累计3人次")]
    public void Counts_that_can_all_be_true_give_no_finding(string sentence) =>
        Assert.Empty(Check(Stated(sentence)));

    [Theory]
    [InlineData("国内公务接待人次（人）\t24\t0", "国内公务接待人次（人）\t24\t5", "决算数·国内公务接待批次")]
    [InlineData("国内公务接待批次（个）\t3\t0", "国内公务接待批次（个）\t0\t0", "预算数·国内公务接待批次")]
    public void A_table_with_people_in_no_batch_is_one_warning_at_the_table(string right, string wrong, string column)
    {
        var finding = Assert.Single(Check(Text(Jiangxi).Replace(right, wrong, StringComparison.Ordinal)));
        Assert.Equal(("FA3021", "T7", column), (finding.RuleId, finding.Location.Table, finding.Location.Column));
    }

    [Fact]
    public void A_sentence_restating_the_tables_contradiction_is_the_same_finding()
    {
        var text = Text(Jiangxi).Replace("国内公务接待人次（人）\t24\t0", "国内公务接待人次（人）\t24\t5", StringComparison.Ordinal)
            .Replace("全年国内公务接待0批次，0人次", "全年国内公务接待0批次，5人次", StringComparison.Ordinal);
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3021", "T7"), (finding.RuleId, finding.Location.Table));
        Assert.Contains(finding.RelatedLocations, l => l.Line == LineOf(text, "全年国内公务接待0批次，5人次"));
    }
}
