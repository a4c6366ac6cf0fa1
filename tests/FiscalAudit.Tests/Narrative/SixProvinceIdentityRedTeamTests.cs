using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using Body = FiscalAudit.Tests.Narrative.UnusedProvinceIdentityRedTeamTests.Body;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3, red team of provinces no earlier red team used (山东, 湖南, 四川, 新疆): whole 部门决算 of a Party school sharing its
/// office with the 行政学校, a 宣传部 and a 组织部 bearing a government body's name (加挂…牌子), a Party department named in full on a cover
/// split over two lines, and a 街道办事处 whose 机构设置 names a unit's parent after a verb (“…司法所为…司法局的派出机构”). Each correct
/// document is silent; with one header replaced by another body's — another district's, or the parent a verb names — it is exactly one
/// FA3014 on that header's line.
/// </summary>
public class SixProvinceIdentityRedTeamTests
{
    private static readonly Body[] Bodies =
    [
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

    /// <summary>Each body with the header that replaces its second table's, naming another body.</summary>
    private static readonly (string Header, string Other)[] Replacements =
    [
        ("编制单位：济南市章丘区行政学校", "济南市章丘区行政学校"),
        ("编制单位：浏阳市精神文明建设指导委员会办公室", "浏阳市精神文明建设指导委员会办公室"),
        ("编制单位：成都市武侯区司法局", "成都市武侯区司法局"),
        ("编制单位：乌鲁木齐市沙依巴克区公务员局", "乌鲁木齐市沙依巴克区公务员局"),
    ];

    public static TheoryData<Body> Correct => new(Bodies);

    public static TheoryData<Body, string, string> Wrong
    {
        get
        {
            var data = new TheoryData<Body, string, string>();
            foreach (var (body, (header, other)) in Bodies.Zip(Replacements)) data.Add(body, header, other);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Correct))]
    public void A_correct_document_is_silent(Body body) => AssertSilent(body.Department, [UnusedProvinceIdentityRedTeamTests.Document(body)]);

    [Theory]
    [MemberData(nameof(Wrong))]
    public void One_wrong_header_is_one_finding_on_its_line(Body body, string header, string other) =>
        AssertOneOther(body.Department, other, header, [UnusedProvinceIdentityRedTeamTests.Document(body with { Second = header })]);
}
