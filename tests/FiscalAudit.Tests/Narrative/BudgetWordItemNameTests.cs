using System.Globalization;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (classes 4, 9): an explained 科目 whose own name holds a word that may open its figures (“预算改革业务（项）”,
/// “安排预算稳定调节基金（款）”, “一般公共预算调出资金”, “预备费（类）”) is read whole — its name ends at its level mark or at
/// the colon after its code, not at the 预算 inside it — so its 支出决算 is compared with its own 表五 row (FA3001), not with
/// its 款's row or not at all. A county 财政局's 表五 and 具体情况, each item written rightly and then mistyped.
/// </summary>
public class BudgetWordItemNameTests
{
    private const string Fixture = "county-finance-bureau-items.txt";

    private static string Text() =>
        File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", Fixture));

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    [Theory]
    [InlineData("预算改革业务（项）：年初预算为0万元，支出决算为50.00万元", "预算改革业务（项）：年初预算为0万元，支出决算为50.00万元", "“2010604 预算改革业务”合计 50.00")]
    [InlineData("预算改革业务（项）：年初预算为0万元，支出决算为50.00万元", "预算改革业务（项）：年初预算为40.00万元，支出决算为50.00万元，完成年初预算的125%", "“2010604 预算改革业务”合计 50.00")]
    [InlineData("预算改革业务（项）：年初预算为0万元，支出决算为50.00万元", "预算改革业务（项）支出决算为50.00万元", "“2010604 预算改革业务”合计 50.00")]
    [InlineData("3.预备费（类）：年初预算为20.00万元，支出决算为20.00万元", "3.预备费（类）：年初预算为20.00万元，支出决算为20.00万元", "“227 预备费”合计 20.00")]
    [InlineData("安排预算稳定调节基金（款）：年初预算为0万元，支出决算为10.00万元", "安排预算稳定调节基金（款）：年初预算为0万元，支出决算为10.00万元", "“23006 安排预算稳定调节基金”合计 10.00")]
    [InlineData("安排预算稳定调节基金（款）：年初预算为0万元，支出决算为10.00万元", "安排预算稳定调节基金（款）：预算数为0，决算数为10.00万元", "“23006 安排预算稳定调节基金”合计 10.00")]
    [InlineData("5.2300801一般公共预算调出资金：年初预算为0万元，支出决算为20.00万元", "5.2300801一般公共预算调出资金：年初预算为0万元，支出决算为20.00万元", "“2300801 一般公共预算调出资金”合计 20.00")]
    [InlineData("5.2300801一般公共预算调出资金：年初预算为0万元，支出决算为20.00万元", "5.2300801 一般公共预算调出资金：本年无预算，支出决算为20.00万元", "“2300801 一般公共预算调出资金”合计 20.00")]
    public void An_item_named_with_a_budget_word_restates_its_own_row(string printed, string right, string row)
    {
        var clean = Planting.Planted(Text(), Fixture, new[] { (printed, right) });
        Assert.Empty(Findings(clean, "FA3001").Select(f => $"第{f.Location.Line}行 {f.Message}"));
        var wrong = Mistyped(right);
        var text = Planting.Planted(Text(), Fixture, new[] { (printed, wrong) });
        var finding = Assert.Single(Findings(text, "FA3001"));
        Assert.Equal(LineOf(text, wrong), finding.Location.Line);
        Assert.Contains(row, finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The item with its 支出决算 (“支出决算为50.00万元”, “决算数为10.00万元”) one 万元 more.</summary>
    private static string Mistyped(string item)
    {
        var at = item.LastIndexOf("决算", StringComparison.Ordinal);
        var from = item.IndexOf('为', at) + 1;
        var end = item.IndexOf("万元", from, StringComparison.Ordinal);
        var actual = decimal.Parse(item[from..end], CultureInfo.InvariantCulture);
        return item[..from] + (actual + 1m).ToString("0.00", CultureInfo.InvariantCulture) + item[end..];
    }
}
