using static FiscalAudit.Tests.Narrative.DepartmentNameKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3, red team of regions no earlier test composed whole (湖南, 福建, 广西 with its autonomous region, county-level cities
/// and autonomous counties, 新疆 with its 兵团 divisions' cities, 地区 and 自治州, 黑龙江's forest region, districts, streets and towns of
/// 北京, 上海 and 重庆, 盟 and 旗, development zones' and new areas' 管委会, and a school's and a hospital's own 单位决算): the whole
/// front of a 决算 — the cover (the name on one line or split over two), the 目录, 第一部分 with 主要职能 and 机构设置 (“本部门包括X个单位”),
/// the nine tables each headed by “编制单位：…” (or 单位名称/部门/编制部门, the full name, a harmless short name or the name with its
/// level only) and the 情况说明's heading and first sentence. Each correct document is read as its department's (its unit's, for a
/// 单位决算) and is silent; with one header or heading replaced by a defect — another department's name left in, the district dropped
/// (“上海市民政局” in a 普陀区 document), a neighbouring county's or banner's name, the 部门 named where a 单位决算 means the unit —,
/// it is exactly one FA3014 on that line.
/// </summary>
public class WholeFrontIdentityRedTeamTests
{
    private static readonly string[] TableTitles =
    [
        "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
        "一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
        "国有资本经营预算财政拨款支出决算表",
    ];

    /// <summary>
    /// A document's front: its cover lines, the department (or unit) as read, its level (部门 or 单位), the 主要职能 and 机构设置 texts,
    /// the header lines its nine tables print (repeated in turn), and the first sentence of its 情况说明.
    /// </summary>
    public sealed record Front(string Cover, string Department, string Level, string Duties, string Units, string[] Headers, string Explanation)
    {
        public override string ToString() => Department;
    }

    private static readonly Front[] Fronts =
    [
        // 湖南: a district bureau, its cover split before the bureau, its units counted.
        new("长沙市岳麓区\n民政局\n\n2023年度部门决算", "长沙市岳麓区民政局", "部门",
            "长沙市岳麓区民政局是长沙市岳麓区人民政府工作部门，主管全区民政工作。",
            "本部门包括2个单位，即长沙市岳麓区民政局本级和长沙市岳麓区社会福利院。长沙市岳麓区社会福利院是长沙市岳麓区民政局所属事业单位。",
            ["编制单位：长沙市岳麓区民政局", "编制单位：岳麓区民政局单位：万元", "部门：长沙市岳麓区民政局"],
            "长沙市岳麓区民政局2023年度收入总计199.52万元，支出总计199.52万元。"),
        // 湖南: a county-level city's bureau.
        new("2023年度\n\n浏阳市教育局\n\n部门决算", "浏阳市教育局", "部门",
            "浏阳市教育局是浏阳市人民政府工作部门。",
            "本部门包括3个单位：浏阳市教育局本级、浏阳市第一中学、浏阳市实验小学。",
            ["编制单位：浏阳市教育局", "单位名称：浏阳市教育局"],
            "2023年度浏阳市教育局收入总计199.52万元。"),
        // 福建: a district bureau printed by its district only in some headers.
        new("福州市鼓楼区财政局\n2023年度部门决算", "福州市鼓楼区财政局", "部门",
            "福州市鼓楼区财政局的主要职责是：贯彻执行财税方针政策。",
            "本部门包括1个单位，即福州市鼓楼区财政局本级。",
            ["编制单位：福州市鼓楼区财政局", "公开02表编制单位：鼓楼区财政局"],
            "本部门2023年度收入总计199.52万元，支出总计199.52万元。"),
        // 福建: a county-level city's bureau, its long name shortened in headers.
        new("2023年度\n\n晋江市市场监督管理局\n\n部门决算", "晋江市市场监督管理局", "部门",
            "晋江市市场监督管理局是晋江市人民政府工作部门。",
            "本部门包括2个单位：晋江市市场监督管理局本级和晋江市食品药品检验所。",
            ["编制单位：晋江市市场监督管理局", "编制单位：晋江市市场监管局"],
            "晋江市市场监督管理局2023年度收入总计199.52万元。"),
        // 广西: an autonomous region's department.
        new("2023年度\n\n广西壮族自治区民族宗教事务委员会\n\n部门决算", "广西壮族自治区民族宗教事务委员会", "部门",
            "广西壮族自治区民族宗教事务委员会是自治区人民政府组成部门。",
            "本部门包括2个单位：广西壮族自治区民族宗教事务委员会本级和广西民族问题研究中心。",
            ["编制单位：广西壮族自治区民族宗教事务委员会", "部门：广西壮族自治区民族宗教事务委员会"],
            "本部门2023年度收入总计199.52万元。"),
        // 广西: an autonomous county's bureau, its cover split, its short name in headers.
        new("恭城瑶族自治县\n卫生健康局\n\n2023年度部门决算", "恭城瑶族自治县卫生健康局", "部门",
            "恭城瑶族自治县卫生健康局是县人民政府工作部门。",
            "本部门包括3个单位：恭城瑶族自治县卫生健康局本级、恭城瑶族自治县人民医院、恭城瑶族自治县疾病预防控制中心。",
            ["编制单位：恭城瑶族自治县卫生健康局", "编制单位：恭城县卫生健康局"],
            "恭城瑶族自治县卫生健康局2023年度收入总计199.52万元。"),
        // 广西: a county-level city's bureau.
        new("2023年度\n\n桂平市农业农村局\n\n部门决算", "桂平市农业农村局", "部门",
            "桂平市农业农村局是桂平市人民政府工作部门。",
            "本部门包括2个单位：桂平市农业农村局本级和桂平市农业技术推广中心。",
            ["编制单位：桂平市农业农村局"],
            "桂平市农业农村局2023年度收入总计199.52万元。"),
        // 新疆: an autonomous prefecture's bureau, its short name in headers.
        new("伊犁哈萨克自治州\n财政局\n\n2023年度部门决算", "伊犁哈萨克自治州财政局", "部门",
            "伊犁哈萨克自治州财政局是自治州人民政府工作部门。",
            "本部门包括2个单位：伊犁哈萨克自治州财政局本级和伊犁哈萨克自治州财政投资评审中心。",
            ["编制单位：伊犁哈萨克自治州财政局", "编制单位：伊犁州财政局"],
            "伊犁哈萨克自治州财政局2023年度收入总计199.52万元。"),
        // 新疆: a 地区's bureau.
        new("2023年度\n\n喀什地区教育局\n\n部门决算", "喀什地区教育局", "部门",
            "喀什地区教育局是喀什地区行政公署工作部门。",
            "本部门包括2个单位：喀什地区教育局本级和喀什地区教育研究中心。",
            ["编制单位：喀什地区教育局"],
            "喀什地区教育局2023年度收入总计199.52万元。"),
        // 新疆: a bureau of a 兵团 division and the city it governs as one, its prefix left out in some headers.
        new("新疆生产建设兵团第八师石河子市\n财政局\n\n2023年度部门决算", "新疆生产建设兵团第八师石河子市财政局", "部门",
            "新疆生产建设兵团第八师石河子市财政局是第八师石河子市党委、行政公署的工作部门。",
            "本部门包括2个单位：新疆生产建设兵团第八师石河子市财政局本级和第八师石河子市财政国库支付中心。",
            ["编制单位：新疆生产建设兵团第八师石河子市财政局", "编制单位：第八师石河子市财政局"],
            "新疆生产建设兵团第八师石河子市财政局2023年度收入总计199.52万元。"),
        // 黑龙江: a district of the forest region 大兴安岭地区.
        new("2023年度\n\n大兴安岭地区加格达奇区民政局\n\n部门决算", "大兴安岭地区加格达奇区民政局", "部门",
            "大兴安岭地区加格达奇区民政局是加格达奇区人民政府工作部门。",
            "本部门包括1个单位，即大兴安岭地区加格达奇区民政局本级。",
            ["编制单位：大兴安岭地区加格达奇区民政局", "编制单位：加格达奇区民政局"],
            "大兴安岭地区加格达奇区民政局2023年度收入总计199.52万元。"),
        // 北京: a district committee, its level only in headers.
        new("北京市朝阳区\n城市管理委员会\n\n2023年度部门决算", "北京市朝阳区城市管理委员会", "部门",
            "北京市朝阳区城市管理委员会是北京市朝阳区人民政府工作部门。",
            "本部门包括2个单位：北京市朝阳区城市管理委员会本级和北京市朝阳区环境卫生服务中心。",
            ["编制单位：北京市朝阳区城市管理委员会", "编制单位：朝阳区城市管理委员会"],
            "北京市朝阳区城市管理委员会2023年度收入总计199.52万元。"),
        // 上海: a street office of 普陀区.
        new("2023年度\n\n上海市普陀区万里街道办事处\n\n部门决算", "上海市普陀区万里街道办事处", "部门",
            "上海市普陀区万里街道办事处是上海市普陀区人民政府的派出机关。",
            "本部门包括3个单位：上海市普陀区万里街道办事处本级、上海市普陀区万里街道社区事务受理服务中心、上海市普陀区万里街道社区文化活动中心。",
            ["编制单位：上海市普陀区万里街道办事处", "编制单位：普陀区万里街道办事处"],
            "上海市普陀区万里街道办事处2023年度收入总计199.52万元。"),
        // 重庆: a district committee, its short name in headers.
        new("重庆市渝中区\n教育委员会\n\n2023年度部门决算", "重庆市渝中区教育委员会", "部门",
            "重庆市渝中区教育委员会是重庆市渝中区人民政府工作部门。",
            "本部门包括2个单位：重庆市渝中区教育委员会本级和重庆市渝中区教师进修学院。",
            ["编制单位：重庆市渝中区教育委员会", "编制单位：渝中区教委", "编制部门：重庆市渝中区教育委员会（本级）"],
            "重庆市渝中区教育委员会2023年度收入总计199.52万元。"),
        // 重庆: a town's government, its cover split before 人民政府.
        new("重庆市綦江区东溪镇\n人民政府\n\n2023年度部门决算", "重庆市綦江区东溪镇人民政府", "部门",
            "重庆市綦江区东溪镇人民政府内设党政办公室等6个机构。",
            "本部门包括2个单位：重庆市綦江区东溪镇人民政府本级和重庆市綦江区东溪镇农业服务中心。",
            ["编制单位：重庆市綦江区东溪镇人民政府", "编制单位：綦江区东溪镇人民政府"],
            "重庆市綦江区东溪镇人民政府2023年度收入总计199.52万元。"),
        // 内蒙古: a banner's bureau under a 盟, its banner's short form in headers.
        new("2023年度\n\n兴安盟科尔沁右翼前旗财政局\n\n部门决算", "兴安盟科尔沁右翼前旗财政局", "部门",
            "兴安盟科尔沁右翼前旗财政局是科尔沁右翼前旗人民政府工作部门。",
            "本部门包括1个单位，即兴安盟科尔沁右翼前旗财政局本级。",
            ["编制单位：兴安盟科尔沁右翼前旗财政局", "编制单位：科右前旗财政局"],
            "兴安盟科尔沁右翼前旗财政局2023年度收入总计199.52万元。"),
        // A development zone's 管委会, an issuer of budgets though no administrative area.
        new("2023年度\n\n南宁高新技术产业开发区管理委员会\n\n部门决算", "南宁高新技术产业开发区管理委员会", "部门",
            "南宁高新技术产业开发区管理委员会是南宁市人民政府的派出机构。",
            "本部门包括2个单位：南宁高新技术产业开发区管理委员会本级和南宁高新区企业服务中心。",
            ["编制单位：南宁高新技术产业开发区管理委员会"],
            "南宁高新技术产业开发区管理委员会2023年度收入总计199.52万元。"),
        // A school's own 单位决算: the unit is the school, its 主管部门 the district's bureau.
        new("2023年度\n\n长沙市岳麓区第一中学\n\n单位决算", "长沙市岳麓区第一中学", "单位",
            "长沙市岳麓区第一中学是长沙市岳麓区教育局所属全额拨款事业单位。",
            "本单位内设办公室、教务处、政教处、总务处4个机构。",
            ["编制单位：长沙市岳麓区第一中学", "单位名称：长沙市岳麓区第一中学"],
            "长沙市岳麓区第一中学2023年度收入总计199.52万元。"),
        // A hospital's own 单位决算.
        new("福州市鼓楼区医院\n2023年度单位决算", "福州市鼓楼区医院", "单位",
            "福州市鼓楼区医院是福州市鼓楼区卫生健康局所属差额拨款事业单位。",
            "本单位内设医务科、护理部、财务科等12个科室。",
            ["编制单位：福州市鼓楼区医院"],
            "福州市鼓楼区医院2023年度收入总计199.52万元。"),
    ];

    /// <summary>Each front with one place replaced (a table's index, 0–8, or -1 for the 情况说明's heading), the line put there and the body it names.</summary>
    private static readonly (int Table, string Line, string Other)[] Defects =
    [
        (3, "编制单位：长沙市岳麓区财政局", "长沙市岳麓区财政局"),
        (5, "编制单位：宁乡市教育局", "宁乡市教育局"),
        (1, "编制单位：福州市台江区财政局", "福州市台江区财政局"),
        (6, "编制单位：石狮市市场监督管理局", "石狮市市场监督管理局"),
        (2, "编制单位：广西壮族自治区财政厅", "广西壮族自治区财政厅"),
        (4, "编制单位：平乐县卫生健康局", "平乐县卫生健康局"),
        (-1, "第三部分 平南县农业农村局2023年度部门决算情况说明", "平南县农业农村局"),
        (7, "编制单位：博州财政局", "博州财政局"),
        (8, "编制单位：和田地区教育局", "和田地区教育局"),
        (5, "编制单位：新疆生产建设兵团第七师胡杨河市财政局", "新疆生产建设兵团第七师胡杨河市财政局"),
        (0, "编制单位：大兴安岭地区松岭区民政局", "大兴安岭地区松岭区民政局"),
        (2, "编制单位：北京市城市管理委员会", "北京市城市管理委员会"),
        (3, "编制单位：上海市普陀区长征镇人民政府", "上海市普陀区长征镇人民政府"),
        (5, "编制单位：重庆市教育委员会", "重庆市教育委员会"),
        (1, "编制单位：重庆市綦江区赶水镇人民政府", "重庆市綦江区赶水镇人民政府"),
        (6, "编制单位：科右中旗财政局", "科右中旗财政局"),
        (4, "编制单位：南宁经济技术开发区管理委员会", "南宁经济技术开发区管理委员会"),
        (2, "编制单位：长沙市岳麓区教育局", "长沙市岳麓区教育局"),
        (-1, "第三部分 福州市鼓楼区卫生健康局2023年度单位决算情况说明", "福州市鼓楼区卫生健康局"),
    ];

    public static TheoryData<Front> Correct => new(Fronts);

    public static TheoryData<Front, int, string, string> Wrong
    {
        get
        {
            var data = new TheoryData<Front, int, string, string>();
            foreach (var (front, (table, line, other)) in Fronts.Zip(Defects)) data.Add(front, table, line, other);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Correct))]
    public void A_correct_front_is_silent(Front front) => AssertSilent(front.Department, [Document(front, -2, string.Empty)]);

    [Theory]
    [MemberData(nameof(Wrong))]
    public void One_defect_is_one_finding_on_its_line(Front front, int table, string line, string other) =>
        AssertOneOther(front.Department, other, line, [Document(front, table, line)]);

    /// <summary>The 决算 of <paramref name="front"/>, the header of table <paramref name="replaced"/> (or, at -1, the 情况说明's heading) replaced by <paramref name="line"/>.</summary>
    private static string Document(Front front, int replaced, string line)
    {
        var part = $"{front.Level}决算";
        var explained = replaced == -1 ? line : $"第三部分 {front.Department}2023年度{part}情况说明";
        var tables = string.Concat(TableTitles.Select((title, i) =>
            $"{title}\n\n公开{i + 1:00}表\n\n{(i == replaced ? line : front.Headers[i % front.Headers.Length])}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n\n"));
        return $"{front.Cover}\n\n目录\n\n第一部分 {front.Level}概况\n\n一、主要职能\n\n二、机构设置\n\n第二部分 2023年度{part}表\n\n第三部分 2023年度{part}情况说明\n\n"
            + $"第一部分 {front.Level}概况\n\n一、主要职能\n\n{front.Duties}\n\n二、机构设置\n\n{front.Units}\n\n第二部分 2023年度{part}表\n\n{tables}"
            + $"{explained}\n\n一、收入支出决算总体情况说明\n\n{front.Explanation}\n";
    }
}
