using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12: a change stated once for several totals (北京: “收入总计204.29万元，支出总计204.29万元，均较上年决算数减少29.46万元，降低12.66%”)
/// is reported as the change of every total it holds for, not of the last one named.
/// </summary>
public class EachChangeMessageTests
{
    private const string Totals = "2020年度收入总计和支出总计均为204.29万元，与上年相比各减少29.46万元，下降12.60%。";

    [Theory]
    [InlineData("2020年度收入总计204.29万元，支出总计204.29万元，均较上年决算数减少29.46万元，降低12.66%。", "“收入总计、支出总计”本年 204.29万元，减少 29.46万元")]
    [InlineData("2020年度收入总计204.29万元，支出总计204.29万元，比上年减少29.46万元，降低12.66%。", "“支出总计”本年 204.29万元，减少 29.46万元")]
    public void A_wrong_rate_names_the_totals_its_change_holds_for(string wording, string named)
    {
        var text = Text("guangdong-district-data-bureau.txt");
        Assert.Equal(1, text.Split(Totals).Length - 1);
        var finding = Assert.Single(Check(text.Replace(Totals, wording, StringComparison.Ordinal)));
        Assert.Equal(("FA3003", LineAt(text, Totals)), (finding.RuleId, finding.Location.Line));
        Assert.StartsWith(named, finding.Message, StringComparison.Ordinal);
    }
}
