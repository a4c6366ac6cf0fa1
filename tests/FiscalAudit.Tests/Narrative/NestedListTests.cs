using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 4: a list nested in one part (“其中：财政拨款收入…，其中：一般公共预算财政拨款收入…”) is closed by the next amount named
/// as a sibling of that part (list-leads.json siblings), in the sentence or the next, whatever separates it: 事业收入, 经营收入 and 其他收入
/// are parts of 收入合计, 项目支出 of 支出合计 — not parts of 财政拨款收入 / 基本支出, nor of nothing.
/// </summary>
public class NestedListTests
{
    public static TheoryData<string, string, string> Lists => new()
    {
        { "本部门2023年度本年收入合计{0}万元，其中：财政拨款收入1,300.00万元，其中：一般公共预算财政拨款收入1,200.00万元，政府性基金预算财政拨款收入100.00万元。事业收入150.00万元，经营收入30.00万元，其他收入20.00万元。", "收入合计", "经营收入" },
        { "本部门2023年度本年收入合计{0}万元，其中：财政拨款收入1,300.00万元，其中：一般公共预算财政拨款收入1,200.00万元，政府性基金预算财政拨款收入100.00万元；事业收入150.00万元，经营收入30.00万元，其他收入20.00万元。", "收入合计", "其他收入" },
        { "本部门2023年度本年收入合计{0}万元，其中：财政拨款收入1,300.00万元，其中：一般公共预算财政拨款收入1,200.00万元，政府性基金预算财政拨款收入100.00万元，事业收入150.00万元，经营收入30.00万元，其他收入20.00万元。", "收入合计", "事业收入" },
        { "本部门2023年度本年支出合计{0}万元，其中：基本支出1,100.00万元，其中：人员经费900.00万元，公用经费200.00万元。项目支出400.00万元。", "支出合计", "项目支出" },
        { "2023年度本部门支出合计{0}万元，其中：基本支出1,100.00万元，其中：人员经费900.00万元，公用经费200.00万元，项目支出400.00万元。", "支出合计", "项目支出" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_sibling_of_a_part_with_a_list_of_its_own_is_a_part_of_the_outer_whole(string text, string whole, string part)
    {
        var facts = FromText(string.Format(text, "1,500.00")).Narrative.Facts;
        Assert.Equal(whole, facts.Single(f => f.Kind == FactKind.Amount && f.Key == part).Whole?.Key);
        Assert.DoesNotContain(NarrativeFindings(FromText(string.Format(text, "1,500.00"))), f => f.RuleId != "FA3015");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void An_outer_whole_below_its_parts_is_one_finding(string text, string whole, string part)
    {
        Assert.NotEqual(whole, part);
        var finding = Assert.Single(NarrativeFindings(FromText(string.Format(text, "1,450.00"))), f => f.RuleId != "FA3015");
        Assert.Equal("FA3005", finding.RuleId);
        Assert.Contains($"{whole}”1,450.00万元小于所列各项之和 1,500.00", finding.Message, StringComparison.Ordinal);
    }
}
