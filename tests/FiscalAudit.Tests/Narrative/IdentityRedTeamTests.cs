using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3, red team: the identity parts of 决算 as 湖南, 福建, 广西, 新疆, 黑龙江, 江西, 安徽, 贵州 and 内蒙古 departments print them
/// — covers with the name over two lines, “部门：X局（本级）”, a 单位名称 header naming the department's own second-level unit, headers
/// with residue glued on (“…局单位：万元”, “…局2024年度”), short forms (“岳麓区人社局”, “天山区发改委”, “鄂前旗财政局”, “区民政局”) — give
/// no FA3014; each planted name (the city's bureau for the district's, another district's, banner's or unit's, a self-description of
/// another bureau) gives exactly one, at its line. Names ending in a lead's word (“…农业技术指导站”, “…服务支持中心”, “…协同创新中心”,
/// “…对口支援办公室”) and the free trade zones (“中国（湖南）自由贸易试验区长沙片区管理委员会”, whose 自由 ends with the lead 由) are read whole.
/// </summary>
public class IdentityRedTeamTests
{
    private static string Document(string cover, string header, string description = "", string units = "", string unitTable = "") =>
        $"{cover}\n2024年度部门决算\n\n第一部分 部门概况\n\n一、部门职责\n\n{description}\n\n二、机构设置\n\n{units}\n\n"
        + "第三部分 2024年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n2024年度收入总计120.50万元，支出总计120.50万元。\n\n"
        + $"收入支出决算总表\n\n公开01表\n\n{header}\n\n项目\t决算数\n本年收入合计\t120.50\n{unitTable}";

    private const string Units = "本部门下属二级预算单位2个，包括：福州市鼓楼区教育局本级、福州市鼓楼区教师进修学校。";

    private static string UnitTable(string unit) => $"\n基本支出决算表\n\n公开06表\n\n单位名称：{unit}　　单位：万元\n\n项目\t决算数\n合计\t20.00\n";

    public static TheoryData<string, string, string> Clean => new()
    {
        { "长沙市岳麓区人力资源和社会保障局", Document("长沙市岳麓区\n人力资源和社会保障局", "编制单位：长沙市岳麓区人力资源和社会保障局　　单位：万元", "长沙市岳麓区人力资源和社会保障局是区政府工作部门。"), "湖南 cover over two lines" },
        { "长沙市岳麓区人力资源和社会保障局", Document("长沙市岳麓区人力资源和社会保障局", "编制单位：岳麓区人社局　　单位：万元", "岳麓区人社局是区政府工作部门。"), "湖南 short form" },
        { "福州市鼓楼区教育局", Document("福州市鼓楼区教育局", "部门：福州市鼓楼区教育局（本级）　　单位：万元", "福州市鼓楼区教育局是区政府工作部门。"), "福建 本级" },
        { "福州市鼓楼区教育局", Document("福州市鼓楼区教育局", "编制单位：福州市鼓楼区教育局　　单位：万元", units: Units, unitTable: UnitTable("福州市鼓楼区教师进修学校")), "福建 own unit" },
        { "南宁市青秀区财政局", Document("南宁市青秀区财政局", "编制单位：南宁市青秀区财政局单位：万元", "南宁市青秀区财政局是区政府工作部门。"), "广西 glued unit" },
        { "南宁市青秀区财政局", Document("南宁市青秀区财政局", "南宁市青秀区财政局2024年度", "南宁市青秀区财政局是区政府工作部门。"), "广西 glued year" },
        { "乌鲁木齐市天山区发展和改革委员会", Document("乌鲁木齐市天山区\n发展和改革委员会", "编制单位：乌鲁木齐市天山区发展和改革委员会　　单位：万元"), "新疆 cover over two lines" },
        { "乌鲁木齐市天山区发展和改革委员会", Document("乌鲁木齐市天山区发展和改革委员会", "编制单位：天山区发改委　　单位：万元"), "新疆 short form" },
        { "哈尔滨市道里区市场监督管理局", Document("哈尔滨市道里区\n市场监督管理局", "部门：哈尔滨市道里区市场监督管理局　单位：万元"), "黑龙江 cover over two lines" },
        { "赣州市章贡区农业农村局", Document("赣州市章贡区农业农村局", "编制单位：章贡区农业农村局", "章贡区农业农村局是区政府工作部门。"), "江西 without the city" },
        { "合肥市蜀山区民政局", Document("合肥市蜀山区民政局", "编制单位：区民政局　　单位：万元"), "安徽 level only" },
        { "贵阳市云岩区教育局", Document("贵阳市云岩区教育局", "编制单位：贵阳市云岩区教育局（本级）　　单位：万元"), "贵州 本级" },
        { "鄂尔多斯市鄂托克前旗财政局", Document("鄂尔多斯市鄂托克前旗财政局", "编制单位：鄂前旗财政局　　单位：万元"), "内蒙古 banner's short form" },
        { "宁乡市农业技术指导站", Document("宁乡市农业技术指导站", "编制单位：宁乡市农业技术指导站　　单位：万元", "宁乡市农业技术指导站是宁乡市农业农村局所属公益一类事业单位。"), "湖南 指导站" },
        { "福州市中小企业服务支持中心", Document("福州市中小企业服务支持中心", "编制单位：福州市中小企业服务支持中心　　单位：万元"), "福建 支持中心" },
        { "株洲市协同创新中心", Document("株洲市协同创新中心", "编制单位：株洲市协同创新中心"), "湖南 协同" },
        { "湖南省对口支援办公室", Document("湖南省对口支援办公室", "编制单位：湖南省对口支援办公室　　单位：万元"), "湖南 对口" },
        { "中国（湖南）自由贸易试验区长沙片区管理委员会", Document("中国（湖南）自由贸易试验区长沙片区管理委员会", "编制单位：中国（湖南）自由贸易试验区长沙片区管理委员会　　单位：万元"), "湖南 free trade zone" },
        { "中国（福建）自由贸易试验区福州片区管委会", Document("中国（福建）自由贸易试验区\n福州片区管委会", "编制单位：中国（福建）自由贸易试验区福州片区管委会"), "福建 free trade zone over two lines" },
    };

    [Theory]
    [MemberData(nameof(Clean))]
    public void The_department_is_read_whole_and_its_own_names_agree(string department, string text, string variant)
    {
        Assert.True(variant.Length > 0);
        AssertSilent(department, [text]);
    }

    public static TheoryData<string, string, string> Planted => new()
    {
        { Document("长沙市岳麓区人力资源和社会保障局", "编制单位：长沙市人力资源和社会保障局　　单位：万元", "长沙市岳麓区人力资源和社会保障局是区政府工作部门。"), "长沙市人力资源和社会保障局", "编制单位：长沙市人力" },
        { Document("福州市鼓楼区教育局", "部门：福州市台江区教育局（本级）　　单位：万元"), "福州市台江区教育局", "部门：福州市台江区" },
        { Document("南宁市青秀区财政局", "编制单位：南宁市兴宁区财政局单位：万元"), "南宁市兴宁区财政局", "编制单位：南宁市兴宁区" },
        { Document("乌鲁木齐市天山区发展和改革委员会", "编制单位：乌鲁木齐市发展和改革委员会　　单位：万元"), "乌鲁木齐市发展和改革委员会", "编制单位：乌鲁木齐市发展" },
        { Document("哈尔滨市道里区\n市场监督管理局", "部门：哈尔滨市南岗区市场监督管理局　单位：万元"), "哈尔滨市南岗区市场监督管理局", "部门：哈尔滨市南岗区" },
        { Document("赣州市章贡区农业农村局", "编制单位：南康区农业农村局"), "南康区农业农村局", "编制单位：南康区" },
        { Document("合肥市蜀山区民政局", "编制单位：合肥市蜀山区民政局　　单位：万元", "合肥市包河区民政局是区政府工作部门。"), "合肥市包河区民政局", "合肥市包河区民政局是" },
        { Document("贵阳市云岩区教育局", "编制单位：贵阳市教育局（本级）　　单位：万元"), "贵阳市教育局", "编制单位：贵阳市教育局" },
        { Document("鄂尔多斯市鄂托克前旗财政局", "编制单位：鄂托克旗财政局　　单位：万元"), "鄂托克旗财政局", "编制单位：鄂托克旗" },
        { Document("长沙市岳麓区人力资源和社会保障局", "编制单位：开福区人社局　　单位：万元"), "开福区人社局", "编制单位：开福区" },
        { Document("福州市鼓楼区教育局", "编制单位：福州市鼓楼区教育局　　单位：万元", units: Units, unitTable: UnitTable("福州市台江区教师进修学校")), "福州市台江区教师进修学校", "单位名称：福州市台江区" },
        { Document("宁乡市农业技术指导站", "编制单位：长沙市农业技术指导站　　单位：万元"), "长沙市农业技术指导站", "编制单位：长沙市农业" },
    };

    [Theory]
    [MemberData(nameof(Planted))]
    public void A_planted_name_is_one_finding_at_its_line(string text, string other, string printed) =>
        Assert.Equal((other, LineOf(text, printed)), (TheOneOther(text).Other, TheOneOther(text).Line));
}
