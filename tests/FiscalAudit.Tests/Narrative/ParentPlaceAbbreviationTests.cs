using static FiscalAudit.Tests.Narrative.DepartmentNameKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A department's name printed without its parent place (“阿巴嘎旗疾控中心” in the document of 锡林郭勒盟阿巴嘎旗疾病预防控制中心) or
/// with it, in full or in short, in either direction, names the same department; the parent place's bureau (“上海市财政局” in
/// the document of 上海市普陀区财政局) or another unit is another department (FA3014).
/// </summary>
public class ParentPlaceAbbreviationTests
{
    [Theory]
    [InlineData("锡林郭勒盟阿巴嘎旗疾病预防控制中心", "部门：阿巴嘎旗疾控中心")]
    [InlineData("锡林郭勒盟阿巴嘎旗疾病预防控制中心", "部门：锡林郭勒盟阿巴嘎旗疾控中心")]
    [InlineData("阿巴嘎旗疾控中心", "部门：锡林郭勒盟阿巴嘎旗疾病预防控制中心")]
    [InlineData("上海市普陀区卫生健康委员会", "部门：普陀区卫健委")]
    [InlineData("普陀区卫健委", "编制单位：上海市普陀区卫生健康委员会")]
    [InlineData("成都市武侯区发展和改革局", "部门：武侯区发改局")]
    [InlineData("济南市历下区人力资源和社会保障局", "部门：历下区人社局")]
    [InlineData("武汉市江岸区住房和城乡建设局", "编制单位：江岸区住建局")]
    [InlineData("苏州市吴中区农业技术推广站", "部门：吴中区农技站")]
    [InlineData("红河州蒙自市疾病预防控制中心", "部门：蒙自市疾控中心")]
    public void The_department_without_its_parent_place_or_in_short_agrees(string department, string header) =>
        Assert.Empty(Others(department, header));

    [Theory]
    [InlineData("上海市普陀区财政局", "部门：上海市财政局", "上海市财政局")]
    [InlineData("上海市普陀区卫生健康委员会", "部门：上海市卫健委", "上海市卫健委")]
    [InlineData("锡林郭勒盟阿巴嘎旗疾病预防控制中心", "部门：锡林郭勒盟疾控中心", "锡林郭勒盟疾控中心")]
    [InlineData("锡林郭勒盟阿巴嘎旗疾病预防控制中心", "部门：苏尼特左旗疾控中心", "苏尼特左旗疾控中心")]
    [InlineData("成都市武侯区发展和改革局", "部门：武侯区住建局", "武侯区住建局")]
    [InlineData("上海市财政局", "部门：上海市普陀区财政局", "上海市普陀区财政局")]
    public void The_parent_places_bureau_or_another_unit_is_reported(string department, string header, string other) =>
        Assert.Equal(new[] { other }, Others(department, header));
}
