using FiscalAudit.Engine.Recognised;
using FiscalAudit.Ingest.Pdf.Ocr;
using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// Issue 12, OCR: the department named by a header read from a scan with a character or two misread (沁阳 as 泌阳, 演阳) is
/// the document's department — no FA3014; another unit's name read from a scan is still reported, and so is a misread name
/// on a page that was not recognised.
/// </summary>
public class RecognisedDepartmentTests
{
    [Theory]
    [InlineData("沁阳市政务服务和大数据管理局", "部门：泌阳市政务服务和大数据管理局")]
    [InlineData("沁阳市政务服务和大数据管理局", "部门：演阳市政务服务和大数据管理局")]
    [InlineData("浓阳市政务服务和大数据管理局", "部门：沁阳市政务服务和大数据管理局")]
    [InlineData("沁阳市政务服务和大数据管理局", "部门：泌阳市政务服务和大数据管局")]
    [InlineData("沁阳市人力资源和社会保障局", "部门：泌阳市人力资源和社会保障局")]
    [InlineData("上海市普陀区财政局", "部门：上海市普陀区财玫局")]
    [InlineData("上海市普陀区财政局", "部门：上海市普陀匹财政局")]
    public void A_header_misreading_the_department_on_a_recognised_page_agrees(string department, string header)
    {
        var text = Document(department, header);
        Assert.NotEmpty(Others(text));
        Assert.Empty(Reported(text, recognised: true));
    }

    [Theory]
    [InlineData("沁阳市财政局", "部门：沁阳市民政局", "沁阳市民政局")]
    [InlineData("沁阳市教育局", "部门：沁阳市教体局", "沁阳市教体局")]
    [InlineData("沁阳市政务服务和大数据管理局", "部门：孟州市政务服务和大数据管理局", "孟州市政务服务和大数据管理局")]
    [InlineData("沁阳市政务服务和大数据管理局", "部门：沁阳市发展和改革委员会", "沁阳市发展和改革委员会")]
    [InlineData("沁阳市农业农村和水利局", "部门：沁阳市农业农村局", "沁阳市农业农村局")]
    [InlineData("沁阳市人力资源和社会保障局", "部门：沁阳市人力资源和社会保险中心", "沁阳市人力资源和社会保险中心")]
    public void Another_units_name_on_a_recognised_page_is_reported(string department, string header, string other) =>
        Assert.Equal(new[] { other }, Reported(Document(department, header), recognised: true));

    [Fact]
    public void A_misread_name_on_a_page_with_a_text_layer_is_reported() =>
        Assert.Equal(new[] { "泌阳市政务服务和大数据管理局" }, Reported(Document("沁阳市政务服务和大数据管理局", "部门：泌阳市政务服务和大数据管理局"), recognised: false));

    /// <summary>The names FA3014 reports in <paramref name="text"/>, its places taken as recognised from a scan or not.</summary>
    private static List<string> Reported(string text, bool recognised)
    {
        var disclosure = FromText(text);
        RecognisedDepartment.Apply(disclosure, _ => recognised, OcrSettings.Default.Names.Departments);
        return NarrativeFindings(disclosure).Where(f => f.RuleId == "FA3014").Select(f => (string)f.Actual!).ToList();
    }
}
