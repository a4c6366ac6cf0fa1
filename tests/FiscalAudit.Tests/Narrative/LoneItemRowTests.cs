using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A 项 printing only its total as the only 项 of its 款 is still added up against its 款: a 款 of 6.00 over its single 项 of 5.00 is one
/// finding at the 款 (or at the 项 where another table shows the 项 is the one mistyped), however the 款 is printed (with all its figures, or its total only) and wherever blanks mean 0. The blank
/// columns of the 款 heading rows printing their total only stay unknown: the same 项 printing its right total gives no finding.
/// </summary>
public class LoneItemRowTests
{
    [Theory]
    // 吉林: 类 | 款 | 项 columns, the 款 printing its total only.
    [InlineData("jilin-district-service-bureau.txt", "\t\t2019999\t其他一般公共服务支出\t6.00\t6.00\t", "\t\t2019999\t其他一般公共服务支出\t5.00\t\t", "\t20199\t\t其他一般公共服务支出\t6.00")]
    // 河北: amounts in 元, the 款 printing its total and its 财政拨款收入.
    [InlineData("hebei-county-approval-bureau.txt", "2019999\t其他一般公共服务支出\t60000.00\t60000.00", "2019999\t其他一般公共服务支出\t50000.00\t", "20199\t其他一般公共服务支出\t60000.00")]
    // 天津: the 款 of 表三 printing its 本年支出合计 only, its 项 the same; 表五's 4.94 for the 项 shows the 项 is the one mistyped.
    [InlineData("tianjin-district-service-office.txt", "21011\t行政事业单位医疗\t4.95\t4.95\t\t—\t—\t—\n2101101\t行政单位医疗\t4.94\t4.94\t\t—\t—\t—\n2101102\t事业单位医疗\t0.01\t0.01\t\t—\t—\t—\n", "21011\t行政事业单位医疗\t4.95\t\t\t\t\t\n2101101\t行政单位医疗\t4.85\t\t\t\t\t\n2101102\t事业单位医疗\t0.01\t0.01\t\t—\t—\t—\n", "2101101\t行政单位医疗\t4.85")]
    public void A_lone_item_printing_only_a_wrong_total_is_found_at_its_class(string name, string right, string wrong, string place)
    {
        var text = Text(name);
        Assert.Equal(1, text.Split(right).Length - 1);
        var planted = text.Replace(right, wrong, StringComparison.Ordinal);
        var finding = Assert.Single(Check(planted), f => f.RuleId == "FA1006");
        Assert.Equal(LineOf(planted, place), finding.Location.Line);
    }

    [Theory]
    [InlineData("jilin-district-service-bureau.txt", "\t\t2019999\t其他一般公共服务支出\t6.00\t6.00\t", "\t\t2019999\t其他一般公共服务支出\t6.00\t\t")]
    [InlineData("hebei-county-approval-bureau.txt", "2019999\t其他一般公共服务支出\t60000.00\t60000.00", "2019999\t其他一般公共服务支出\t60000.00\t")]
    public void A_lone_item_printing_only_its_right_total_gives_no_finding(string name, string right, string printed)
    {
        var text = Text(name);
        Assert.Equal(1, text.Split(right).Length - 1);
        Assert.Empty(Check(text.Replace(right, printed, StringComparison.Ordinal)).Select(f => $"{f.RuleId} {f.Message}"));
    }
}
