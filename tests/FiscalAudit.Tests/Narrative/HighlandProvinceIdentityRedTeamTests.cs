using static FiscalAudit.Tests.Narrative.DepartmentNameKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3, red team of provinces no earlier whole-document test used (青海, 西藏, 吉林), each a complete small 部门决算: its
/// cover, 目录, 部门概况, three tables headed “编制单位：…” and a 情况说明. 青海: an autonomous prefecture's bureau whose name holds 和, its
/// place in short in a header (“海西州”), sharing its office with a body a “、” list names, its duties citing the reform plan (a place in the
/// cited title); 西藏: a 新区's committee (“柳梧新区管委会”), its duties citing the city's plan mid-sentence; 吉林: an autonomous prefecture's
/// 人力资源和社会保障局 (“延边州人社局”) and its 事业单位. Each correct document is silent; with its second header replaced by another
/// body's (another prefecture's bureau, another district's committee, another city's bureau), exactly one FA3014 on that line.
/// </summary>
public class HighlandProvinceIdentityRedTeamTests
{
    public sealed record Body(string Cover, string Department, string Duties, string Units, string First, string Second, string Third)
    {
        public override string ToString() => Department;
    }

    private static readonly Body[] Bodies =
    [
        // 青海: an autonomous prefecture's bureau, a name holding 和, a shared office in a “、” list, a cited plan naming the prefecture.
        new("海西蒙古族藏族自治州\n住房和城乡建设局\n2023年度部门决算", "海西蒙古族藏族自治州住房和城乡建设局",
            "根据《海西州机构改革方案》（西办发〔2019〕5号）的规定，海西蒙古族藏族自治州住房和城乡建设局是州人民政府工作部门。",
            "海西州住房和城乡建设局、海西州人民防空办公室合署办公。海西蒙古族藏族自治州建设工程质量安全监督站是海西蒙古族藏族自治州住房和城乡建设局所属公益一类事业单位。",
            "编制单位：海西州住房和城乡建设局", "编制单位：海西蒙古族藏族自治州人民防空办公室", "填报单位：海西蒙古族藏族自治州建设工程质量安全监督站"),
        // 西藏: a 新区's committee, printed in short in a header, its duties citing the city's plan mid-sentence.
        new("2023年度\n拉萨市柳梧新区管理委员会\n部门决算", "拉萨市柳梧新区管理委员会",
            "拉萨市柳梧新区管理委员会是拉萨市人民政府的派出机构，本委根据《拉萨市机构改革方案》（拉党办发〔2019〕8号）内设综合办公室等5个部门。",
            "拉萨市柳梧新区社会事务服务中心是拉萨市柳梧新区管理委员会下设的事业单位。",
            "编制单位：柳梧新区管委会", "编制单位：拉萨市柳梧新区管理委员会（本级）", "填报单位：拉萨市柳梧新区社会事务服务中心"),
        // 吉林: an autonomous prefecture's bureau of a merged name, printed in short (“延边州人社局”), and its 事业单位.
        new("2023年度\n\n延边朝鲜族自治州人力资源和社会保障局\n\n部门决算", "延边朝鲜族自治州人力资源和社会保障局",
            "延边朝鲜族自治州人力资源和社会保障局是州人民政府工作部门，主管全州人力资源和社会保障工作。",
            "延边朝鲜族自治州社会保险事业管理局是延边朝鲜族自治州人力资源和社会保障局所属参照公务员法管理的事业单位。",
            "编制单位：延边州人社局", "编制单位：延边州人力资源和社会保障局", "填报单位：延边朝鲜族自治州社会保险事业管理局"),
    ];

    private static readonly (string Header, string Other)[] Replacements =
    [
        ("编制单位：海北藏族自治州住房和城乡建设局", "海北藏族自治州住房和城乡建设局"),
        ("编制单位：拉萨市堆龙德庆区管理委员会", "拉萨市堆龙德庆区管理委员会"),
        ("编制单位：吉林市人力资源和社会保障局", "吉林市人力资源和社会保障局"),
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
    public void A_correct_document_is_silent(Body body) => AssertSilent(body.Department, [Document(body)]);

    [Theory]
    [MemberData(nameof(Wrong))]
    public void One_wrong_header_is_one_finding_on_its_line(Body body, string header, string other) =>
        AssertOneOther(body.Department, other, header, [Document(body with { Second = header })]);

    /// <summary>The 部门决算 of <paramref name="body"/>: its cover, 目录, 部门概况, three tables and a 情况说明.</summary>
    private static string Document(Body body) =>
        $"{body.Cover}\n\n目录\n\n第一部分 部门概况\n\n第二部分 2023年度部门决算表\n\n第三部分 2023年度部门决算情况说明\n\n第四部分 名词解释\n\n"
        + $"第一部分 部门概况\n\n一、部门职责\n\n{body.Duties}\n\n二、机构设置\n\n{body.Units}\n\n第二部分 2023年度部门决算表\n\n"
        + $"收入支出决算总表\n\n公开01表\n\n{body.First}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n\n"
        + $"收入决算表\n\n公开02表\n\n{body.Second}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n\n"
        + $"支出决算表\n\n公开03表\n\n{body.Third}\n\n金额单位：万元\n\n本年支出合计199.52万元。\n\n"
        + "第三部分 2023年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n2023年度收入、支出决算总计199.52万元。与上年相比，收、支总计各增加12.30万元，增长6.57%。"
        + "主要原因是人员经费增加。\n\n第四部分 名词解释\n\n一、财政拨款收入：指本级财政当年拨付的资金。\n";
}
