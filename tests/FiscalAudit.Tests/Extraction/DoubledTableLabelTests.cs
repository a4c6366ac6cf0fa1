using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Extraction;

/// <summary>
/// A title line that numbers its table twice or after its name (“表七 表7一般公共预算财政拨款“三公”经费支出决算表”, “附表3 表三 支出决算表”,
/// “财政拨款收入支出决算总表 公开04表”) is read as the table's name; a year and department before the name stay part of the title.
/// </summary>
public class DoubledTableLabelTests
{
    private const string Fixture = "henan-county-service-bureau.txt";

    [Theory]
    [InlineData("表七　一般公共预算“三公”经费支出决算表", "表七 表7一般公共预算财政拨款“三公”经费支出决算表", "T7", "一般公共预算财政拨款三公经费支出决算表")]
    [InlineData("表七　一般公共预算“三公”经费支出决算表", "表7：表七、一般公共预算“三公”经费支出决算表", "T7", "一般公共预算三公经费支出决算表")]
    [InlineData("表一　部门收支决算总表", "表1．表一　收入支出决算总表", "T1", "收入支出决算总表")]
    [InlineData("表三　部门支出决算总表", "附表3 表三 支出决算表", "T3", "支出决算表")]
    [InlineData("表四　财政拨款收支决算总表", "财政拨款收入支出决算总表　公开04表", "T4", "财政拨款收入支出决算总表")]
    [InlineData("表五　一般公共预算支出决算表", "公开05表 表五 滑县2020年度一般公共预算财政拨款支出决算表", "T5", "滑县2020年度一般公共预算财政拨款支出决算表")]
    public void A_title_is_read_without_the_table_numbers_around_its_name(string right, string printed, string id, string title)
    {
        var text = Text(Fixture).Replace(right, printed, StringComparison.Ordinal);
        var disclosure = Narrative.NarrativeTestKit.FromText(text);
        Assert.Equal(title, disclosure.Table(id)!.Title);
        Assert.Empty(Check(text).Select(f => $"{f.RuleId} {f.Message}"));
    }
}
