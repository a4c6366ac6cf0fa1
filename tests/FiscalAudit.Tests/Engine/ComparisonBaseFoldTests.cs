using FiscalAudit.Core.Model;
using FiscalAudit.Tests.Narrative;

namespace FiscalAudit.Tests.Engine;

/// <summary>
/// Issue 12 class 5: the sentences of a 编制说明 that compare with another base than the document's (FA3017) are one
/// inconsistency: one 警告 at the first, quoting each other place, with every place related.
/// </summary>
public class ComparisonBaseFoldTests
{
    private const string Cover = "上海市普陀区2025年区级部门预算\n\n四、2025年部门预算编制说明\n\n";

    private static List<FiscalAudit.Core.Findings.Finding> Warnings(params string[] sentences)
    {
        var d = NarrativeTestKit.FromText(Cover + string.Join("\n\n", sentences));
        Assert.Equal(DocumentKind.Budget, d.Kind);
        return NarrativeTestKit.NarrativeFindings(d).Where(f => f.RuleId == "FA3017").ToList();
    }

    [Theory]
    // 执行数 twice against 预算 three times, in one paragraph each.
    [InlineData("2024年预算执行数", new[] { "财政拨款收入37,151.47万元，比2024年预算执行数增加24,558.18万元。", "财政拨款支出37,151.47万元，比2024年预算增加24,491.71万元。", "一般公共预算拨款支出37,151.47万元，比2024年预算增加24,491.71万元。", "政府性基金拨款支出预算0万元，比2024年预算执行数持平。", "基本支出3,000.00万元，比2024年预算增加100.00万元。" })]
    // 决算 three times against 预算 four times.
    [InlineData("上年决算", new[] { "收入预算100.00万元，比上年预算增加1.00万元。", "支出预算100.00万元，比上年预算增加1.00万元。", "基本支出80.00万元，比上年决算增加2.00万元。", "项目支出20.00万元，比上年决算减少1.00万元。", "“三公”经费预算5.00万元，比上年决算减少0.50万元。", "机关运行经费预算10.00万元，比上年预算增加0.20万元。", "政府采购预算8.00万元，比上年预算增加0.10万元。" })]
    public void Every_place_comparing_with_the_odd_base_is_one_warning(string odd, string[] sentences)
    {
        var oddPlaces = sentences.Count(s => s.Contains(odd, StringComparison.Ordinal));

        var one = Assert.Single(Warnings(sentences));

        Assert.Equal(odd, (string?)one.Actual);
        Assert.Equal(oddPlaces - 1, one.MergedIds.Count);
        Assert.Contains($"；另有 {oddPlaces - 1} 处：", one.Message);
        var lines = one.RelatedLocations.Select(l => l.Line).ToHashSet();
        Assert.Equal(sentences.Length - 1, lines.Count);
    }

    [Fact]
    public void One_place_with_the_odd_base_is_one_warning_as_before()
    {
        var one = Assert.Single(Warnings("收入预算100.00万元，比上年预算增加1.00万元。", "支出预算100.00万元，比上年预算增加1.00万元。", "基本支出80.00万元，比上年决算增加2.00万元。"));
        Assert.Empty(one.MergedIds);
        Assert.DoesNotContain("另有", one.Message);
    }
}
