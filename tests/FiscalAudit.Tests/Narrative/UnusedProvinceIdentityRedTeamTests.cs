using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3, red team of provinces no earlier test used (河南, 河北, 天津, 江西, 山西, 甘肃, 内蒙古, 黑龙江; then 山东, 湖南, 四川, 新疆:
/// a Party school sharing its office with the 行政学校, a 宣传部 and a 组织部 bearing a government body's name, a street office naming its
/// 司法所's parent after a verb, the wrong header then being that parent, and a 组织部 of a four-character city, “中共乌鲁木齐市…”): whole 部门决算
/// composed as county, township and street bodies, Party committees' departments and 事业单位 print them — a cover split over two
/// lines, the department describing itself, a 机构设置 section whose sentences join its units to the department by a verb
/// (“…大队是…下设的事业单位”, “…所为…的派出机构”, “…中心系…所属事业单位”, “…与…合署办公”, “加挂…牌子”) or list them in a grid, and
/// headers printing the department with residue (a table number before it, the unit after it), by a short name or with its level only.
/// Each correct document is silent; with one header replaced by another body's, it is exactly one FA3014 on that header's line.
/// </summary>
public class UnusedProvinceIdentityRedTeamTests
{
    /// <summary>A document: its cover, the department as read, the 部门职责 and 机构设置 texts and the three tables' header lines.</summary>
    public sealed record Body(string Cover, string Department, string Duties, string Units, string First, string Second, string Third)
    {
        public override string ToString() => Department;
    }

    private static readonly Body[] Bodies =
    [
        // 河南: a district bureau; its 司法所 is its 派出机构, its centre one of its 事业单位.
        new("郑州市金水区\n司法局\n\n2023年度部门决算", "郑州市金水区司法局",
            "郑州市金水区司法局是郑州市金水区人民政府工作部门，主管全区司法行政工作。",
            "郑州市金水区丰产路街道司法所为郑州市金水区司法局的派出机构。郑州市金水区公共法律服务中心系郑州市金水区司法局所属公益一类事业单位。",
            "编制单位：区司法局", "公开02表编制单位：郑州市金水区司法局", "填报单位：郑州市金水区公共法律服务中心"),
        // 河北: a Party committee's department, its full name on the cover, its short name and its government bureau in the headers.
        new("2023年度\n\n中国共产党石家庄市长安区委员会宣传部\n\n部门决算", "中国共产党石家庄市长安区委员会宣传部",
            "中共石家庄市长安区委宣传部是区委主管全区宣传工作的职能部门。",
            "区委宣传部与区新闻出版局合署办公。石家庄市长安区融媒体中心是石家庄市长安区委宣传部下属的事业单位。",
            "编制单位：区委宣传部", "编制单位：中共石家庄市长安区委宣传部（本级）", "编制单位：石家庄市长安区新闻出版局"),
        // 天津: a street office of 和平区 (a place opening with 和, no verb), its team set up below it.
        new("2023年度\n\n天津市和平区劝业场街道办事处\n\n部门决算", "天津市和平区劝业场街道办事处",
            "天津市和平区劝业场街道办事处是天津市和平区人民政府的派出机关，内设党政办公室等6个机构。",
            "天津市和平区劝业场街道综合执法大队是天津市和平区劝业场街道办事处下设的事业单位。",
            "编制单位：和平区劝业场街道办事处", "编制单位：天津市和平区劝业场街道办事处单位：万元", "填报单位：天津市和平区劝业场街道综合执法大队"),
        // 江西: a district bureau whose units are listed in a grid.
        new("2023年度\n\n南昌市东湖区教育体育局\n\n部门决算", "南昌市东湖区教育体育局",
            "南昌市东湖区教育体育局的主要职责是：贯彻执行教育和体育工作的方针政策。",
            "本部门决算包括的单位：\n\n序号\t单位名称\t单位性质\n1\t南昌市东湖区教育体育局本级\t行政单位\n2\t南昌市东湖区豫章小学\t事业单位\n3\t南昌市东湖区少年儿童体育学校\t事业单位",
            "编制单位：南昌市东湖区教育体育局", "编制单位：区教育体育局", "填报单位：南昌市东湖区豫章小学"),
        // 山西: a town's government, its name split before 人民政府 on the cover, its service centres sharing an office.
        new("2023年度\n\n太原市小店区北格镇\n人民政府\n\n部门决算", "太原市小店区北格镇人民政府",
            "本单位为太原市小店区北格镇人民政府，内设党政综合办公室等7个机构。",
            "太原市小店区北格镇农业综合服务中心与太原市小店区北格镇社会事务服务中心合署办公。",
            "编制单位：小店区北格镇政府", "编制单位：太原市小店区北格镇人民政府", "填报单位：太原市小店区北格镇社会事务服务中心"),
        // 甘肃: a district bureau printed by its short name and with a table number glued before it.
        new("兰州市城关区市场监督管理局\n\n2023年度部门决算", "兰州市城关区市场监督管理局",
            "兰州市城关区市场监督管理局内设办公室、综合执法科等12个科室。",
            "兰州市城关区食品药品检验检测中心属于兰州市城关区市场监督管理局下属全额拨款事业单位。",
            "编制单位：城关区市场监管局", "公开02表 编制单位：兰州市城关区市场监督管理局", "填报单位：兰州市城关区食品药品检验检测中心"),
        // 内蒙古: a 旗 body under a 盟, its centre 隶属于 it.
        new("2023年度\n\n锡林郭勒盟正蓝旗卫生健康委员会\n\n部门决算", "锡林郭勒盟正蓝旗卫生健康委员会",
            "锡林郭勒盟正蓝旗卫生健康委员会是正蓝旗人民政府工作部门。",
            "锡林郭勒盟正蓝旗疾病预防控制中心隶属于锡林郭勒盟正蓝旗卫生健康委员会，为公益一类事业单位。",
            "编制单位：正蓝旗卫健委", "编制单位：锡林郭勒盟正蓝旗卫生健康委员会（汇总）", "填报单位：锡林郭勒盟正蓝旗疾病预防控制中心"),
        // 黑龙江: a district bureau bearing a second name.
        new("哈尔滨市南岗区\n农业农村局\n\n2023年度部门决算", "哈尔滨市南岗区农业农村局",
            "哈尔滨市南岗区农业农村局是哈尔滨市南岗区人民政府工作部门，加挂哈尔滨市南岗区乡村振兴局牌子。",
            "哈尔滨市南岗区农业技术推广中心是哈尔滨市南岗区农业农村局所属事业单位。",
            "编制单位：区农业农村局", "编制单位：哈尔滨市南岗区乡村振兴局", "填报单位：哈尔滨市南岗区农业技术推广中心"),
        // 山东: a Party school, its cover split after the committee, sharing its office with the district's 行政学校.
        new("中共济南市历城区委\n党校\n\n2023年度部门决算", "中共济南市历城区委党校",
            "中共济南市历城区委党校是区委培训轮训干部的工作部门，与济南市历城区行政学校合署办公。",
            "济南市历城区干部教育培训中心是中共济南市历城区委党校下属的事业单位。",
            "编制单位：区委党校", "公开02表编制单位：济南市历城区行政学校", "填报单位：济南市历城区干部教育培训中心"),
        // 湖南: a county 宣传部 named in full on the cover, bearing the name of the county's 文明办.
        new("2023年度\n\n中国共产党长沙县委员会宣传部\n\n部门决算", "中国共产党长沙县委员会宣传部",
            "中共长沙县委宣传部是县委主管宣传工作的职能部门，加挂长沙县精神文明建设指导委员会办公室牌子。",
            "长沙县融媒体中心系中共长沙县委宣传部所属公益一类事业单位。",
            "编制单位：县委宣传部", "编制单位：长沙县精神文明建设指导委员会办公室", "填报单位：长沙县融媒体中心"),
        // 四川: a street office, its cover split before the office, its 司法所 the district 司法局's 派出机构.
        new("成都市武侯区\n玉林街道办事处\n\n2023年度部门决算", "成都市武侯区玉林街道办事处",
            "成都市武侯区玉林街道办事处是成都市武侯区人民政府的派出机关，内设党政办公室等6个机构。",
            "成都市武侯区玉林街道综合行政执法队是成都市武侯区玉林街道办事处下设的事业单位。成都市武侯区玉林街道司法所为成都市武侯区司法局的派出机构。",
            "编制单位：武侯区玉林街道办事处", "编制单位：成都市武侯区玉林街道办事处（本级）", "填报单位：成都市武侯区玉林街道综合行政执法队"),
        // 新疆: a district 组织部 bearing the 公务员局's name, its cover split before the department.
        new("中共乌鲁木齐市天山区委\n组织部\n\n2023年度部门决算", "中共乌鲁木齐市天山区委组织部",
            "中共乌鲁木齐市天山区委组织部是区委主管组织工作的职能部门，加挂乌鲁木齐市天山区公务员局牌子。",
            "乌鲁木齐市天山区党员教育中心是中共乌鲁木齐市天山区委组织部下属的事业单位。",
            "编制单位：天山区委组织部", "编制单位：乌鲁木齐市天山区公务员局", "填报单位：乌鲁木齐市天山区党员教育中心"),
    ];

    /// <summary>Each body with the header that replaces its second table's, naming another body (of another place, or another department).</summary>
    private static readonly (string Header, string Other)[] Replacements =
    [
        ("编制单位：郑州市二七区司法局", "郑州市二七区司法局"),
        ("编制单位：中共石家庄市长安区委组织部", "中共石家庄市长安区委组织部"),
        ("编制单位：天津市和平区小白楼街道办事处", "天津市和平区小白楼街道办事处"),
        ("编制单位：南昌市西湖区教育体育局", "南昌市西湖区教育体育局"),
        ("编制单位：太原市小店区刘家堡乡人民政府", "太原市小店区刘家堡乡人民政府"),
        ("编制单位：兰州市七里河区市场监督管理局", "兰州市七里河区市场监督管理局"),
        ("编制单位：锡林郭勒盟正镶白旗卫生健康委员会", "锡林郭勒盟正镶白旗卫生健康委员会"),
        ("填报单位：哈尔滨市道里区乡村振兴局", "哈尔滨市道里区乡村振兴局"),
        ("编制单位：济南市章丘区行政学校", "济南市章丘区行政学校"),
        ("编制单位：浏阳市精神文明建设指导委员会办公室", "浏阳市精神文明建设指导委员会办公室"),
        ("编制单位：成都市武侯区司法局", "成都市武侯区司法局"),
        ("编制单位：乌鲁木齐市沙依巴克区公务员局", "乌鲁木齐市沙依巴克区公务员局"),
    ];

    public static TheoryData<Body> Correct => new(Bodies);

    public static TheoryData<Body, string, string> Wrong => Replaced(Bodies, Replacements);

    [Theory]
    [MemberData(nameof(Correct))]
    public void A_correct_document_is_silent(Body body) => AssertSilentDocument(body);

    [Theory]
    [MemberData(nameof(Wrong))]
    public void One_wrong_header_is_one_finding_on_its_line(Body body, string header, string other) => AssertOneWrongHeader(body, header, other);

    /// <summary>Each of <paramref name="bodies"/> with the header replacing its second table's and the body that header names (the red teams of further provinces too).</summary>
    internal static TheoryData<Body, string, string> Replaced(Body[] bodies, (string Header, string Other)[] replacements)
    {
        var data = new TheoryData<Body, string, string>();
        foreach (var (body, (header, other)) in bodies.Zip(replacements)) data.Add(body, header, other);
        return data;
    }

    /// <summary>Asserts that the document of <paramref name="body"/> is read as its department's and FA3014 reports nothing in it.</summary>
    internal static void AssertSilentDocument(Body body) => AssertSilent(body.Department, [Document(body)]);

    /// <summary>Asserts that, its second header replaced by <paramref name="header"/>, the document of <paramref name="body"/> is one FA3014 naming <paramref name="other"/> on that line.</summary>
    internal static void AssertOneWrongHeader(Body body, string header, string other) =>
        AssertOneOther(body.Department, other, header, [Document(body with { Second = header })]);

    /// <summary>The 部门决算 of <paramref name="body"/>: its cover, 部门概况 and three tables.</summary>
    private static string Document(Body body) =>
        $"{body.Cover}\n\n第一部分 部门概况\n\n一、部门职责\n\n{body.Duties}\n\n二、机构设置\n\n{body.Units}\n\n第二部分 2023年度部门决算表\n\n"
        + $"收入支出决算总表\n\n公开01表\n\n{body.First}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n\n"
        + $"收入决算表\n\n{body.Second}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n\n"
        + $"支出决算表\n\n公开03表\n\n{body.Third}\n\n金额单位：万元\n\n本年支出合计199.52万元。\n";
}
