using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative;

/// <summary>Amounts printed in 元 are compared in 万元; amounts in 亿元 are too coarse to compare.</summary>
public class UnitConversionTests
{
    private static string Example => File.ReadAllText(Path.Combine(Repo.Root, "examples", "sample-final-accounts-2023.txt"));

    [Fact]
    public void An_amount_in_yuan_is_the_same_amount_in_ten_thousands()
    {
        var text = Example.Replace("支出决算为10.00万元", "支出决算为100000.00元", StringComparison.Ordinal);
        var findings = NarrativeTestKit.NarrativeFindings(NarrativeTestKit.FromText(text));
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3004");
        Assert.Contains(findings, f => f.RuleId == "FA3001" && f.Message.Contains("11.00", StringComparison.Ordinal));
    }

    [Fact]
    public void An_amount_in_yi_yuan_is_not_compared_with_the_tables()
    {
        var text = Example.Replace("本年支出合计505.00万元", "本年支出合计0.05亿元", StringComparison.Ordinal);
        var findings = NarrativeTestKit.NarrativeFindings(NarrativeTestKit.FromText(text));
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3001" && f.Message.Contains("本年支出合计", StringComparison.Ordinal) && f.Message.Contains("0.05", StringComparison.Ordinal));
    }
}
