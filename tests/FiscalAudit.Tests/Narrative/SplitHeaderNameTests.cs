using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a header whose name the layout broke after its places (“编制单位：上海市普陀区” / “财政局”) names the joined
/// organisation: the department's own is silent, a name missing its district or naming another unit is reported once, on the label's
/// line; a line below that ends no name (“单位：万元”, “2020年度”) is not joined.
/// </summary>
public class SplitHeaderNameTests
{
    [Theory]
    [InlineData("上海市普陀区财政局", "编制单位：上海市普陀区\n\n财政局")]
    [InlineData("上海市普陀区民政局", "部门：上海市普陀区\n\n民政局")]
    [InlineData("南宁市青秀区财政局", "编制单位：南宁市青秀区\n\n财政局")]
    [InlineData("南宁市青秀区发展和改革局", "单位名称：南宁市青秀区\n\n发展和改革局")]
    [InlineData("上海市普陀区商务委员会", "编制单位：上海市 普陀区\n\n商务委员会")]
    public void The_departments_own_name_split_after_its_places_is_silent(string department, string header)
    {
        var text = Document(department, header);
        Assert.Equal(department, FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [InlineData("上海市普陀区财政局", "编制单位：上海市\n\n财政局", "上海市财政局")]
    [InlineData("上海市普陀区财政局", "编制单位：上海市普陀区\n\n民政局", "上海市普陀区民政局")]
    [InlineData("上海市普陀区财政局", "部门：上海市长宁区\n\n财政局", "上海市长宁区财政局")]
    [InlineData("南宁市青秀区财政局", "编制单位：南宁市\n\n财政局", "南宁市财政局")]
    [InlineData("南宁市青秀区民政局", "单位名称：南宁市兴宁区\n\n民政局", "南宁市兴宁区民政局")]
    public void A_split_name_missing_its_district_or_of_another_unit_is_reported_once_on_the_labels_line(string department, string header, string other)
    {
        var text = Document(department, header);
        Assert.Equal((department, other, LineOf(text, header.Split('\n')[0])), TheOneOther(text));
    }

    [Theory]
    [InlineData("编制单位：上海市普陀区\n\n单位：万元")]
    [InlineData("编制单位：上海市普陀区\n\n2020年度")]
    [InlineData("编制单位：上海市普陀区\n\n财政局负责编制本表。")]
    [InlineData("编制单位：上海市普陀区财政局\n\n民政局")]
    public void A_line_below_that_ends_no_name_is_not_joined(string header) =>
        Assert.Empty(Others("上海市普陀区财政局", header));

    [Fact]
    public void Without_a_cover_the_split_header_names_the_department() =>
        Assert.Equal("上海市普陀区财政局", FromText("收入支出决算总表\n\n公开01表\n\n编制单位：上海市普陀区\n\n财政局\n\n单位：万元\n\n本年收入合计199.52万元。\n").Department);
}
