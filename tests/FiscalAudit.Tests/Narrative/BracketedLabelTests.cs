using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (item 5): an amount listed inside a bracket after its whole (“…5.00万元（其中公务用车购置费3.00万元，…）”) is read with a
/// label that keeps no half of the bracket, so its messages name it cleanly; a label's own brackets (因公出国（境）费) stay.
/// </summary>
public class BracketedLabelTests
{
    [Theory]
    [InlineData("“三公”经费支出决算为5.00万元（其中公务用车购置费3.00万元，公务用车运行维护费2.00万元）。", "公务用车购置费")]
    [InlineData("“三公”经费支出决算为5.00万元(其中：公务接待费3.00万元，因公出国（境）费2.00万元)。", "公务接待费")]
    [InlineData("“三公”经费支出决算为5.00万元（公务用车购置及运行维护费3.00万元，公务接待费2.00万元）。", "公务用车购置及运行维护费")]
    [InlineData("“三公”经费支出决算为5.00万元（其中，公务接待费3.00万元）。", "公务接待费")]
    public void The_first_amount_in_a_bracket_has_no_bracket_in_its_label(string sentence, string label)
    {
        var facts = NarrativeTestKit.FromText("2020年度部门决算情况说明\n\n" + sentence + "\n").Narrative.Facts;
        Assert.Contains(facts, f => f.Kind == FactKind.Amount && f.Quantity == label);
        Assert.All(facts, f => Assert.True(Balanced(f.Quantity), f.Quantity));
    }

    [Fact]
    public void A_label_keeps_its_own_brackets()
    {
        var facts = NarrativeTestKit.FromText("2020年度部门决算情况说明\n\n“三公”经费支出决算为5.00万元（其中因公出国（境）费3.00万元，公务接待费2.00万元）。\n").Narrative.Facts;
        Assert.Contains(facts, f => f.Quantity == "因公出国（境）费");
    }

    [Fact]
    public void A_message_on_a_bracketed_amount_names_it_cleanly()
    {
        var text = Text("anhui-county-data-bureau.txt");
        const string right = "公务接待费0万元。";
        Assert.Contains(right, text, StringComparison.Ordinal);
        text = text.Replace(right, "公务接待费0万元（其中公务接待费0.50万元）。", StringComparison.Ordinal);
        var finding = Assert.Single(Check(text), f => f.RuleId == "FA3001" && f.Message.Contains("0.5", StringComparison.Ordinal));
        Assert.Contains("“公务接待费”", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("（其中", finding.Message, StringComparison.Ordinal);
    }

    private static bool Balanced(string label) =>
        label.Count(c => c is '（' or '(') == label.Count(c => c is '）' or ')') && !label.StartsWith('（') && !label.StartsWith('(');
}
