using FiscalAudit.Core.Findings;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 part B: 情况说明 written the way other provinces' templates word them (composed under Narrative/Regional): shares
/// after each item (“其他收入60.00万元，占5.08%”), “较上年增加…，增长…”, “年初预算为…，决算数为…，完成年初预算的…”, 三公经费 with
/// 团组/人次, 车辆数 and 接待批次 between its parts, 机关运行经费 “比上年减少…，降低…”, 政府采购 with 授予中小企业合同金额 and its share.
/// The right text gives no narrative finding; each planted error gives one finding, of its rule, on its line, with both numbers.
/// </summary>
public class RegionalWordingTests
{
    private const string Hunan = "hunan-agriculture-bureau.txt";

    private static string Text(string name) => File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "Regional", name));

    private static int LineOf(string name, string fragment) => Text(name).Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    [Theory]
    [InlineData(Hunan)]
    public void The_right_text_gives_no_narrative_finding(string name) =>
        Assert.Empty(NarrativeFindings(FromText(Text(name))).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Theory]
    [InlineData(Hunan, "其他收入60.00万元，占5.08%", "其他收入60.00万元，占5.80%", "FA3002", "5.08%", "5.80%")]
    [InlineData(Hunan, "增加90.35万元，增长8.69%", "增加90.35万元，增长8.96%", "FA3003", "8.69%", "8.96%")]
    [InlineData(Hunan, "比上年减少6.35万元，降低7.18%", "比上年减少6.35万元，降低7.81%", "FA3003", "7.18%", "7.81%")]
    [InlineData(Hunan, "完成预算的85.44%", "完成预算的84.54%", "FA3004", "85.44%", "84.54%")]
    [InlineData(Hunan, "完成年初预算的107.14%", "完成年初预算的104.17%", "FA3004", "107.14%", "104.17%")]
    [InlineData(Hunan, "占政府采购支出总额的87.33%", "占政府采购支出总额的86.33%", "FA3002", "87.33%", "86.33%")]
    [InlineData(Hunan, "公务接待费支出决算为4.56万元", "公务接待费支出决算为4.65万元", "FA3005", "21.36", "21.45")]
    [InlineData(Hunan, "其中：人员经费598.20万元", "其中：人员经费608.20万元", "FA3005", "680.35", "690.35")]
    public void A_planted_error_gives_one_finding_with_both_numbers(string name, string right, string wrong, string rule, string expected, string actual)
    {
        var text = Text(name);
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(NarrativeFindings(FromText(text.Replace(right, wrong, StringComparison.Ordinal))));
        Assert.Equal((rule, LineOf(name, right)), (finding.RuleId, finding.Location.Line));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Contains(actual, finding.Message, StringComparison.Ordinal);
    }
}
