using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: short official names that print only the level of their place (团市委/团区委/团县委, 市妇联, 区残联, 县科协,
/// 市委编办, 区委网信办, 区财政局) and the short names of people's organisations after their places (“南宁市妇联”) are names where a
/// header or heading prints one: the department's own short name is silent, another unit's is reported on its line — the city's
/// body in a district's document too (“市财政局” for 上海市普陀区财政局). Running text naming such bodies is not read.
/// </summary>
public class LevelOnlyNameIdentityTests
{
    [Theory]
    [InlineData("共青团南宁市委员会", "编制单位：团市委")]
    [InlineData("共青团南宁市青秀区委员会", "编制单位：团区委")]
    [InlineData("中国共产主义青年团长沙县委员会", "编制单位：团县委")]
    [InlineData("南宁市妇女联合会", "编制单位：市妇联")]
    [InlineData("南宁市青秀区残疾人联合会", "编制单位：区残联")]
    [InlineData("长沙县科学技术协会", "部门：县科协")]
    [InlineData("中共南宁市委机构编制委员会办公室", "编制单位：市委编办")]
    [InlineData("中共上海市普陀区委网络安全和信息化委员会办公室", "编制单位：区委网信办")]
    [InlineData("上海市普陀区财政局", "编制单位：区财政局")]
    [InlineData("南宁市妇女联合会", "编制单位：南宁市妇联")]
    [InlineData("南宁市青秀区残疾人联合会", "单位名称：青秀区残联")]
    public void The_departments_own_short_name_is_silent(string department, string header)
    {
        var text = Document(department, header);
        Assert.Equal(department, FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [InlineData("南宁市妇女联合会", "编制单位：团市委", "团市委")]
    [InlineData("共青团南宁市委员会", "编制单位：团区委", "团区委")]
    [InlineData("共青团南宁市委员会", "编制单位：共青团柳州市委员会", "共青团柳州市委员会")]
    [InlineData("南宁市科学技术协会", "编制单位：市妇联", "市妇联")]
    [InlineData("南宁市青秀区残疾人联合会", "编制单位：区科协", "区科协")]
    [InlineData("南宁市妇女联合会", "编制单位：柳州市妇联", "柳州市妇联")]
    [InlineData("中共南宁市委机构编制委员会办公室", "编制单位：市委网信办", "市委网信办")]
    [InlineData("中共上海市普陀区委机构编制委员会办公室", "编制单位：市委编办", "市委编办")]
    [InlineData("上海市普陀区财政局", "编制单位：市财政局", "市财政局")]
    [InlineData("上海市普陀区财政局", "部门：区民政局", "区民政局")]
    public void Another_units_short_name_is_reported_on_its_line(string department, string header, string other)
    {
        var text = Document(department, header);
        Assert.Equal((department, other, LineOf(text, header)), TheOneOther(text));
    }

    [Theory]
    [InlineData("一、区级部门决算情况说明")]
    [InlineData("二、市本级预算执行情况说明")]
    [InlineData("三、县直单位机关运行经费情况")]
    public void A_heading_starting_with_a_level_that_names_no_body_is_silent(string heading) =>
        Assert.Empty(Others(Document("上海市普陀区民政局", "编制单位：上海市普陀区民政局") + $"\n{heading}\n\n本年支出合计199.52万元。\n"));

    [Fact]
    public void Running_text_naming_a_body_by_its_level_is_not_read() =>
        Assert.Empty(Others(Document("上海市普陀区民政局", "编制单位：上海市普陀区民政局")
            + "\n本部门在区财政局指导下完成决算编制，市妇联、团市委配合开展相关工作，支出合计199.52万元。\n"));
}
