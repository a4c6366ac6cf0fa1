using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 1: a bare “0万元” in a paragraph that prints every other amount of money to the cent is read to the cent (±0.005,
/// StatedNones), not as exactly none: a 表七 printed in 元 whose 决算 is 36.00元 (0.0036万元) agrees with “支出决算为0万元”, while 3600.00元
/// (0.36万元) does not. Every reader of the paragraph reads it so: the amounts of a whole stated by kind and the sums stated with a count
/// (“执行0万元” against parts of 0.02) as well as the facts. The Hebei fixture prints its tables in 元, its 表七 预算数 3000.00 and 决算数 blank.
/// </summary>
public class BareZeroPlacesTests
{
    private const string Hebei = "hebei-county-approval-bureau.txt";

    private const string Row = "3000.00\t\t\t\t\t3000.00\t\t\t\t\t\t\n";

    private const string Paragraph = "2020年度“三公”经费财政拨款支出预算为0.30万元，支出决算为0万元";

    [Fact]
    public void A_zero_to_the_cent_agrees_with_a_table_in_yuan_below_half_a_cent() =>
        Assert.Empty(Check(Planted("3000.00\t\t\t\t\t3000.00\t36.00\t\t\t\t\t36.00\n")).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Fact]
    public void A_zero_to_the_cent_is_no_table_figure_of_a_cent_or_more()
    {
        var text = Planted("3000.00\t\t\t\t\t3000.00\t3600.00\t\t\t\t\t3600.00\n");
        var finding = Assert.Single(Check(text), f => f.RuleId == "FA3001" && f.Message.Contains("三公", StringComparison.Ordinal));
        Assert.Equal(LineOf(text, Paragraph), finding.Location.Line);
        Assert.Contains("0.36", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("项目支出预算0.50万元，执行0万元，其中：A项目预算0.20万元，执行0.02万元，B项目预算0.30万元，执行0万元。", true)]
    [InlineData("项目支出预算0.50万元，执行0.02万元，其中：A项目预算0.20万元，执行0.02万元，B项目预算0.30万元，执行0万元。", false)]
    [InlineData("项目支出预算1万元，执行0万元，其中：A项目预算1万元，执行0.02万元，B项目预算0万元，执行0万元。", false)]
    [InlineData("共安排项目2个，预算合计0.50万元，执行合计0万元，分别为：A项目预算0.20万元、执行0.02万元；B项目预算0.30万元、执行0万元。", true)]
    [InlineData("共安排项目2个，预算合计0.50万元，执行合计0.02万元，分别为：A项目预算0.20万元、执行0.02万元；B项目预算0.30万元、执行0万元。", false)]
    public void A_whole_of_a_bare_zero_is_read_to_the_cent_against_its_parts(string text, bool wrong) =>
        Assert.Equal(wrong, Findings(text, "FA3005").Count == 1);

    private static string Planted(string row)
    {
        var text = Text(Hebei);
        Assert.Equal(1, text.Split(Row).Length - 1);
        return text.Replace(Row, row, StringComparison.Ordinal);
    }
}
