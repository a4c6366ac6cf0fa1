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
        var findings = new FiscalAudit.Engine.Auditor().Check(NarrativeTestKit.FromText(text));
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3004");
        // 100000.00元 = 10.00万元 agrees with 表七's parts against its 合计 11.00: the sentence is one of the places of that finding.
        var total = Assert.Single(findings, f => f.RuleId == "FA1010");
        Assert.StartsWith("此处印为 11.00，与之核对的 2 处均表明应为 10.00：", total.Message);
        Assert.Contains("“三公”经费财政拨款支出”10.00万元（原文为“100000.00元”，已换算为万元） ≠", total.Message);
    }

    [Fact]
    public void A_message_prints_an_amount_in_yuan_in_the_unit_it_was_compared_in_and_says_it_was_converted()
    {
        var text = Example.Replace("其他收入20.00万元", "其他收入123456.78元", StringComparison.Ordinal)
            .Replace("支出决算为10.00万元", "支出决算为110000.00元", StringComparison.Ordinal);
        var findings = NarrativeTestKit.NarrativeFindings(NarrativeTestKit.FromText(text));
        var restated = Assert.Single(findings, f => f.RuleId == "FA3001" && f.Message.Contains("其他收入", StringComparison.Ordinal));
        Assert.Contains("“其他收入”12.345678万元（原文为“123456.78元”，已换算为万元） ≠", restated.Message);
        // The share worked out on the mistyped amount is quoted in its finding, its amount converted alike.
        Assert.Contains("；同一问题：“其他收入”12.345678万元（原文为“123456.78元”，已换算为万元）占", restated.Message);
        Assert.DoesNotContain(findings, f => f.Message.Contains("123456.78万元", StringComparison.Ordinal) || f.Message.Contains("110000.00万元", StringComparison.Ordinal));

        // 110000.00元 = 11.00万元 = 表七 合计: no longer a mismatch.
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3001" && f.Message.Contains("三公", StringComparison.Ordinal));
    }

    [Fact]
    public void An_amount_in_yi_yuan_is_not_compared_with_the_tables()
    {
        var text = Example.Replace("本年支出合计505.00万元", "本年支出合计0.05亿元", StringComparison.Ordinal);
        var findings = NarrativeTestKit.NarrativeFindings(NarrativeTestKit.FromText(text));
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3001" && f.Message.Contains("本年支出合计", StringComparison.Ordinal) && f.Message.Contains("0.05", StringComparison.Ordinal));
    }
}
