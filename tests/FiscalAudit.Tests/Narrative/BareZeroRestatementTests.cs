using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 1: a bare “0万元” in a sentence that prints its other amounts to the cent states that there was none, so FA3001
/// reads it exactly against its 表七 cell (0.30 is no 0), as FA3003 does: the Guizhou fixture's “三公” budget printed as 0.
/// </summary>
public class BareZeroRestatementTests
{
    private const string Guizhou = "guizhou-township-government.txt";

    [Theory]
    [InlineData("“三公”经费财政拨款支出预算为0.30万元，支出决算为0万元", "“三公”经费财政拨款支出预算为0万元，支出决算为0万元")]
    public void A_bare_zero_against_a_cent_cell_is_a_restatement_error(string right, string wrong)
    {
        var text = Text(Guizhou);
        var finding = Assert.Single(Check(text.Replace(right, wrong, StringComparison.Ordinal)), f => f.RuleId == "FA3001");
        Assert.Equal(LineAt(text, right), finding.Location.Line);
    }
}
