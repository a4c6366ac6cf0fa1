using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 4): a change that a 情况说明 measures against this year's budget (“年初预算为0.36万元，支出决算为0.48万元…较年初预算增加
/// 0.12万元，增长33.33%”) is of that budget, not of last year. In the 福建 and 云南 county statements of
/// <see cref="AgainstBudgetWordingTests"/>, reworded as other publishers write it (“比预算数增加”, “与年初预算相比增加”, “与年初预算相比，增加”,
/// “较全年预算增加”, a rate alone), the clean variants give no finding, and a planted Δ or rate is one FA3003 on its line that names the budget and
/// both numbers; “较上年减少” stays a change from last year.
/// </summary>
public class ChangeAgainstBudgetTests
{
    private const string Fujian = "fujian-county-service-centre.txt";
    private const string Yunnan = "yunnan-city-service-bureau.txt";
    private const string ItemThree = "决算数为年初预算数的133.33%。较年初预算增加0.12万元，增长33.33%";
    private const string SpendingTotal = "与2019年度相比，一般公共预算财政拨款支出减少36.08万元，下降15.78%";

    private static string Text(string fixture) =>
        File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", fixture));

    private static List<Finding> Check(string text) => new Auditor().Check(FromText(text)).ToList();

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    /// <summary>The fixture with its sentence <paramref name="original"/> reworded as <paramref name="variant"/> (none when empty).</summary>
    private static string Reworded(string fixture, string original, string variant) =>
        original.Length == 0 ? Text(fixture) : Planting.Planted(Text(fixture), fixture, new[] { (original, variant) });

    public static TheoryData<string, string, string> Variants => new()
    {
        { Fujian, string.Empty, string.Empty },
        { Fujian, ItemThree, "决算数为年初预算数的133.33%。比预算数增加0.12万元，增长33.33%" },
        { Fujian, ItemThree, "决算数为年初预算数的133.33%。与年初预算相比增加0.12万元，增长33.33%" },
        { Fujian, ItemThree, "决算数为年初预算数的133.33%。较年初预算增长33.33%" },
        { Fujian, ItemThree, "决算数为年初预算数的133.33%。与年初预算相比，增加0.12万元，增长33.33%" },
        { Fujian, "年初预算为0.36万元，支出决算为0.48万元，决算数为年初预算数的133.33%。较年初预算增加", "全年预算为0.36万元，支出决算为0.48万元，完成全年预算的133.33%。较全年预算增加" },
        { Fujian, SpendingTotal, "一般公共预算财政拨款支出较上年减少36.08万元，下降15.78%" },
        { Yunnan, string.Empty, string.Empty },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_clean_variant_gives_no_finding(string fixture, string original, string variant) =>
        Assert.Empty(Check(Reworded(fixture, original, variant)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Theory]
    [InlineData(Fujian, "", "", "较年初预算增加0.12万元", "较年初预算增加0.21万元", "较年初预算的增减额应为增加 0.12万元（决算0.48 − 年初预算0.36），说明写为增加 0.21万元")]
    [InlineData(Fujian, "", "", "较年初预算减少23万元", "较年初预算减少32万元", "较年初预算的增减额应为减少 23.00万元（决算176.99 − 年初预算199.99）")]
    [InlineData(Fujian, "", "", "下降13.45%", "下降15.45%", "较年初预算的变动率应为下降 13.45%（(决算10.17 − 年初预算11.75) ÷ 年初预算11.75），说明写为下降 15.45%")]
    [InlineData(Fujian, "", "", "较年初预算减少39.23万元", "较年初预算减少39.32万元", "较年初预算的增减额应为减少 39.23万元（决算192.58 − 年初预算231.81）")]
    [InlineData(Fujian, ItemThree, "决算数为年初预算数的133.33%。比预算数增加0.12万元，增长33.33%", "增长33.33%", "增长43.33%", "较预算数的变动率应为增长 33.33%")]
    [InlineData(Fujian, ItemThree, "决算数为年初预算数的133.33%。与年初预算相比增加0.12万元，增长33.33%", "增加0.12万元", "增加0.21万元", "较年初预算的增减额应为增加 0.12万元")]
    [InlineData(Fujian, ItemThree, "决算数为年初预算数的133.33%。较年初预算增长33.33%", "增长33.33%", "增长43.33%", "较年初预算的变动率应为增长 33.33%")]
    [InlineData(Fujian, ItemThree, "决算数为年初预算数的133.33%。与年初预算相比，增加0.12万元，增长33.33%", "增加0.12万元", "增加0.21万元", "较年初预算的增减额应为增加 0.12万元")]
    [InlineData(Fujian, "年初预算为0.36万元，支出决算为0.48万元，决算数为年初预算数的133.33%。较年初预算增加", "全年预算为0.36万元，支出决算为0.48万元，完成全年预算的133.33%。较全年预算增加", "增加0.12万元", "增加0.21万元", "较全年预算的增减额应为增加 0.12万元（决算0.48 − 全年预算0.36）")]
    [InlineData(Fujian, SpendingTotal, "一般公共预算财政拨款支出较上年减少36.08万元，下降15.78%", "下降15.78%", "下降17.78%", "上年应为 228.66 万元，变动率应为 15.78%")]
    [InlineData(Yunnan, "", "", "较年初预算增加0.12万元", "较年初预算增加0.21万元", "较年初预算的增减额应为增加 0.12万元（决算0.48 − 年初预算0.36）")]
    public void A_planted_change_is_one_finding_naming_its_base(string fixture, string original, string variant, string right, string wrong, string message)
    {
        var text = Planting.Planted(Reworded(fixture, original, variant), fixture, new[] { (right, wrong) });
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3003", LineOf(text, wrong)), (finding.RuleId, finding.Location.Line));
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The narrative model records what each change is measured against, and the budget it names when the text states it.</summary>
    [Theory]
    [InlineData("年初预算为0.36万元，支出决算为0.48万元，较年初预算增加0.12万元，增长33.33%。", ChangeBase.InitialBudget, "年初预算", "0.36")]
    [InlineData("年初预算为0.36万元，支出决算为0.48万元，比预算数增加0.12万元。", ChangeBase.Budget, "预算数", "0.36")]
    [InlineData("调整后预算为0.36万元，支出决算为0.48万元，与调整后预算相比增加0.12万元。", ChangeBase.AdjustedBudget, "调整后预算", "0.36")]
    [InlineData("支出决算为0.48万元，较年初预算数增加0.12万元。", ChangeBase.InitialBudget, "年初预算数", null)]
    [InlineData("年初预算为0.36万元，支出决算为0.48万元，与年初预算相比，增加0.12万元。", ChangeBase.InitialBudget, "年初预算", "0.36")]
    [InlineData("支出决算为0.48万元，较上年增加0.12万元，增长33.33%。", ChangeBase.LastYear, null, null)]
    [InlineData("支出决算为0.48万元，与上年相比，增加0.12万元。", ChangeBase.LastYear, null, null)]
    [InlineData("支出决算为0.48万元，比上年预算执行数增加0.12万元。", ChangeBase.LastYear, null, null)]
    public void A_change_records_the_base_it_is_measured_against(string sentence, ChangeBase against, string? name, string? budget)
    {
        var change = Assert.Single(FromText("（三）一般公共预算财政拨款支出决算具体情况\n\n" + sentence + "\n").Narrative.Facts, f => f.Kind == FactKind.Change);
        Assert.Equal((against, name, budget), (change.Against, change.BudgetName, change.Budget?.Text));
        Assert.Equal("0.48", change.Subject?.Amount?.Text);
    }
}
