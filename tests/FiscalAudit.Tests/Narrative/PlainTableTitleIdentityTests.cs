using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a table's title printed as a plain paragraph, with no ordinal (“南宁市青秀区民政局2023年度收入支出决算总表”), is
/// checked as a numbered title is: naming the department it is silent, naming another unit it is reported once, on its line.
/// </summary>
public class PlainTableTitleIdentityTests
{
    private const string Department = "南宁市青秀区财政局";

    [Theory]
    [InlineData("南宁市青秀区财政局2023年度收入支出决算总表")]
    [InlineData("二〇二三年南宁市青秀区财政局收入支出决算总表")]
    [InlineData("青秀区财政局2023年度一般公共预算财政拨款支出决算表")]
    [InlineData("2023年度南宁市青秀区财政局财政拨款收入支出决算总表")]
    [InlineData("南宁市青秀区财政局部门决算表")]
    public void A_title_naming_the_department_is_silent(string title) =>
        Assert.Empty(Others(WithTitle(title)));

    [Theory]
    [InlineData("南宁市青秀区民政局2023年度收入支出决算总表", "南宁市青秀区民政局")]
    [InlineData("二〇二三年南宁市青秀区民政局收入支出决算总表", "南宁市青秀区民政局")]
    [InlineData("2023年度南宁市兴宁区财政局财政拨款收入支出决算总表", "南宁市兴宁区财政局")]
    [InlineData("南宁市财政局2023年度一般公共预算财政拨款支出决算表", "南宁市财政局")]
    [InlineData("柳州市财政局部门决算表", "柳州市财政局")]
    public void A_title_naming_another_unit_is_reported_once_on_its_line(string title, string other)
    {
        var text = WithTitle(title);
        Assert.Equal((Department, other, LineOf(text, title)), TheOneOther(text));
    }

    [Theory]
    [InlineData("南宁市青秀区民政局2023年度收入支出决算总表详见附件。")]
    [InlineData("南宁市青秀区民政局负责收入支出决算总表的编制")]
    public void Running_text_naming_a_table_of_another_unit_is_not_read(string sentence) =>
        Assert.Empty(Others(WithTitle(sentence)));

    /// <summary>The document of <see cref="Department"/> with a table titled <paramref name="title"/> as a plain paragraph.</summary>
    private static string WithTitle(string title) =>
        Document(Department, "编制单位：" + Department) + $"\n\n{title}\n\n公开02表\n\n单位：万元\n\n本年支出合计199.52万元。\n";
}
