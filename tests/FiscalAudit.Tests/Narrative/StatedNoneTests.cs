using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 1: one reading of a bare “0万元” for every rule (StatedNones). In a paragraph that prints every other amount of money
/// with decimals it is read to the cent (as “0.00”), so FA3001 reads it against its 表七 cell (0.30 is no 0) and FA3003 judges a
/// change against a budget with it; in a paragraph that prints whole numbers too, or only zeros, it keeps its rounding (±0.5). The
/// Guizhou fixture's 表七: 预算数 合计 0.30 (公务接待费 0.30), 决算数 all 0.
/// </summary>
public class StatedNoneTests
{
    private const string Guizhou = "guizhou-township-government.txt";
    private const string Paragraph = "2020年度“三公”经费财政拨款支出预算为0.30万元，支出决算为0万元，完成预算的0%。其中：因公出国（境）费0万元；公务用车购置及运行维护费0万元；公务接待费0万元。决算数小于预算数的主要原因是厉行节约，减少公务接待。";

    [Theory]
    [InlineData("2020年度“三公”经费财政拨款支出预算为0万元，支出决算为0万元，完成预算的0%。其中：因公出国（境）费0.00万元；公务用车购置及运行维护费0.00万元；公务接待费0.00万元。")]
    [InlineData("2020年度“三公”经费财政拨款支出预算为0万元，支出决算为0.00万元，完成预算的0%。")]
    [InlineData("2020年度“三公”经费财政拨款支出预算为0万元，支出决算为0万元，完成预算的0%，比上年减少0.25万元。")]
    public void A_bare_zero_among_amounts_printed_with_decimals_is_none_against_its_cell(string wrong)
    {
        var text = Text(Guizhou);
        var finding = Assert.Single(Check(text.Replace(Paragraph, wrong, StringComparison.Ordinal)), f => f.RuleId == "FA3001");
        Assert.Equal(LineAt(text, Paragraph), finding.Location.Line);
        Assert.Contains("0.30", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020年度“三公”经费财政拨款支出预算为0万元，支出决算为0万元，完成预算的0%。其中：因公出国（境）费0万元；公务用车购置及运行维护费0万元；公务接待费0万元。")]
    [InlineData("2020年度“三公”经费财政拨款支出预算为0万元，支出决算为0万元，完成预算的0%。其中：公务接待费0万元，接待3批次。")]
    [InlineData("2020年度“三公”经费财政拨款支出预算为0万元，支出决算为0.00万元，完成预算的0%。其他公用支出3万元。")]
    public void A_bare_zero_beside_whole_numbers_or_only_zeros_keeps_its_rounding(string text)
    {
        var fixture = Text(Guizhou);
        Assert.DoesNotContain(Check(fixture.Replace(Paragraph, text, StringComparison.Ordinal)), f => f.RuleId == "FA3001");
    }

    [Fact]
    public void The_fixture_paragraph_with_its_bare_zeros_is_silent() =>
        Assert.DoesNotContain(Check(Text(Guizhou)), f => f.RuleId is "FA3001" or "FA3003" or "FA3004");

    [Theory]
    [InlineData("公务接待费支出预算0.30万元，支出决算0万元，决算数比预算下降10%。", true)]
    [InlineData("公务接待费预算为0.50万元，支出决算为0万元，较预算减少0.40万元。", true)]
    [InlineData("公务接待费预算为1万元，支出决算为0万元，较预算减少0.60万元，会议费2.50万元。", false)]
    [InlineData("公务接待费预算为0.50万元，支出决算为0万元，较预算减少0.50万元。", false)]
    public void A_change_against_a_budget_reads_the_bare_zero_the_same_way(string text, bool wrong) =>
        Assert.Equal(wrong, Findings(text, "FA3003").Count == 1);
}
