using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Shares in a sentence that opens by naming their whole without its amount (“…支出决算中，A…万元，占a%；B…万元，占b%”, the
/// Sichuan template): the whole is the amount stated under that name before (share-bases.json leadPattern), and each share is
/// checked against it (FA3002, 错误: the sentence names its whole).
/// </summary>
public class SharesOfALeadTests
{
    private const string Stated = "2023年度“三公”经费财政拨款支出决算为12.60万元。\n";

    [Theory]
    [InlineData(Stated + "2023年度“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算9.60万元，占76.19%；公务接待费支出决算3.00万元，占23.81%。", 0)]
    [InlineData(Stated + "2023年度“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算9.60万元，占76.19%；公务接待费支出决算3.00万元，占28.31%。", 1)]
    [InlineData("本年支出合计800.00万元。\n本年支出中，基本支出600.00万元，占75.00%；项目支出200.00万元，占25.00%。", 0)]
    [InlineData("本年支出合计800.00万元。\n本年支出中，基本支出600.00万元，占70.00%；项目支出200.00万元，占30.00%。", 2)]
    public void Each_share_is_checked_against_the_whole_the_sentence_opens_with(string text, int findings)
    {
        var found = Findings(text, "FA3002");
        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal(FiscalAudit.Core.Findings.Severity.Error, f.Severity));
        Assert.All(found, f => Assert.Contains(text.StartsWith("本年", StringComparison.Ordinal) ? "800.00" : "12.60", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_naming_no_amount_stated_before_leaves_the_shares_to_their_siblings()
    {
        const string text = "在预算执行中，公务用车运行维护费9.60万元，占76.19%；公务接待费3.00万元，占23.81%。";
        Assert.Empty(Findings(text, "FA3002"));
    }
}
