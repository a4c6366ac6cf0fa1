using static FiscalAudit.Tests.Narrative.DepartmentNameKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 2: an abbreviation drops generic words, never one of the departments a merged name joins — “沁阳市农水局” is
/// 沁阳市农业农村和水利局, “沁阳市水利局” is another bureau (FA3014).
/// </summary>
public class MergedDepartmentAbbreviationTests
{
    [Theory]
    [InlineData("沁阳市农业农村和水利局", "部门：沁阳市农水局")]
    [InlineData("沁阳市自然资源和规划局", "部门：沁阳市自规局")]
    [InlineData("沁阳市工业和信息化局", "编制单位：沁阳市工信局")]
    [InlineData("沁阳市科学技术和工业信息化局", "部门：沁阳市科工信局")]
    [InlineData("沁阳市疾病预防控制中心", "部门：沁阳市疾控中心")]
    [InlineData("沁阳市城市管理和综合执法局", "部门：沁阳市城管局")]
    [InlineData("沁阳市城市管理和综合行政执法局", "编制单位：沁阳市城管执法局")]
    public void An_abbreviation_keeping_each_merged_department_agrees(string department, string header) =>
        Assert.Empty(Others(department, header));

    [Theory]
    [InlineData("沁阳市农业农村和水利局", "部门：沁阳市水利局", "沁阳市水利局")]
    [InlineData("沁阳市农业农村和水利局", "部门：沁阳市农业农村局", "沁阳市农业农村局")]
    [InlineData("沁阳市自然资源和规划局", "部门：沁阳市自然资源局", "沁阳市自然资源局")]
    [InlineData("沁阳市工业和信息化局", "部门：沁阳市信息局", "沁阳市信息局")]
    public void A_header_naming_one_of_the_merged_departments_is_reported(string department, string header, string other) =>
        Assert.Equal(new[] { other }, Others(department, header));
}
