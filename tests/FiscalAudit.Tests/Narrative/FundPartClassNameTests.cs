using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12: a 科目 named under a heading that names 财政拨款 without its fund (“四、财政拨款收入支出决算总体情况说明”) restates the
/// row of 表五, 表八 or 表九 that prints it — unless two of them print it: a 类 spent from the 一般公共预算 and from a 政府性基金 (教育支出
/// of a 教育局 that also spends 教育费附加 fund money) has a 财政拨款 amount that is the sum of both rows, not 表五's row alone. The Gansu
/// fixture, with its 政府性基金 spending (表八) moved from 其他支出 to 教育支出 where the second case needs it.
/// </summary>
public class FundPartClassNameTests
{
    private const string Gansu = "gansu-county-education-bureau.txt";

    private const string Overview = "2023年度财政拨款收、支总计均为29,603.80万元。";

    private static readonly (string Printed, string Moved)[] FundRows =
    {
        ("229\t其他支出\t20.00", "205\t教育支出\t20.00"),
        ("22960\t彩票公益金安排的支出\t20.00", "20509\t教育费附加安排的支出\t20.00"),
        ("2296003\t用于教育事业的彩票公益金支出\t20.00", "2050999\t其他教育费附加安排的支出\t20.00"),
    };

    [Fact]
    public void A_class_spent_from_two_funds_restates_neither_fund_table()
    {
        var text = WithSentence(FundRows.Aggregate(Text(Gansu), (t, r) => Once(t, r.Printed, r.Moved)), "教育支出22,976.55万元");
        Assert.DoesNotContain(Check(text), f => f.RuleId == "FA3001" && f.Location.Line == LineOf(text, "教育支出22,976.55万元"));
    }

    [Theory]
    [InlineData("教育支出22,826.55万元", false)]
    [InlineData("教育支出22,976.55万元", true)]
    public void A_class_spent_from_one_fund_restates_its_row(string sentence, bool mistyped)
    {
        var text = WithSentence(Text(Gansu), sentence);
        Assert.Equal(mistyped, Check(text).Any(f => f.RuleId == "FA3001" && f.Location.Line == LineOf(text, sentence)));
    }

    private static string WithSentence(string text, string amount) =>
        Once(text, Overview, Overview + "按支出功能分类，" + amount + "，主要用于义务教育学校运转。");

    private static string Once(string text, string printed, string replacement)
    {
        Assert.Equal(1, text.Split(printed).Length - 1);
        return text.Replace(printed, replacement, StringComparison.Ordinal);
    }
}
