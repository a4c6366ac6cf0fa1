using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 8: 情况说明 in the templates of Beijing, Jiangsu, Shandong and Hubei (composed under Narrative/Regional):
/// “收入、支出决算总计…。与2024年度相比，收、支总计各增加…，增长…”, “收、支总计各…万元…减少…”, “财政拨款支出主要用于以下方面：…（类）支出…，
/// 占…”, “其中：基本支出…，占…；项目支出…，占…”, 机关运行经费 “比上年增加…，增长…”, “三公”经费 with its parts and their shares,
/// 政府采购 with 授予中小企业合同金额 and its share, 车辆 by kind, and 绩效自评 “开展了N个项目…涉及资金…，分别是：…”. The right text
/// gives no narrative finding; each planted error (a sum, a share, a growth rate, a count against the projects listed,
/// template residue) gives one finding, of its rule, on its line, with both numbers.
/// </summary>
public class ProvincialTemplateTests
{
    private const string Beijing = "beijing-culture-bureau.txt";

    private const string Jiangsu = "jiangsu-water-bureau.txt";

    private const string Shandong = "shandong-health-commission.txt";

    private const string Hubei = "hubei-agriculture-bureau.txt";

    private static string Text(string name) => File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "Regional", name));

    private static int LineOf(string name, string fragment) => Text(name).Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    [Theory]
    [InlineData(Beijing)]
    [InlineData(Jiangsu)]
    [InlineData(Shandong)]
    [InlineData(Hubei)]
    public void The_right_text_gives_no_narrative_finding(string name) =>
        Assert.Empty(NarrativeFindings(FromText(Text(name))).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
}
