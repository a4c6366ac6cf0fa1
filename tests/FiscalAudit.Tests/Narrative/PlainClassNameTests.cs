using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12: 功能分类 names written in the 情况说明 with no “（类）/（款）/（项）” — “一般公共服务支出176.99万元，占…”, “其中：政务公开审批
/// 176.99万元”, “卫生健康支出…主要是…” — in the 支出决算 and 一般公共预算财政拨款支出决算具体情况 sections, as 上海、湖南、四川、广西、
/// 北京、云南、河南、贵州、浙江 and 陕西 departments word them, each put in place of a paragraph of the Guangdong fixture (seed 002's tables).
/// Each restates the row of its name in the table its section names (表五, or 表三 under “三、支出决算情况说明”): the right amount gives no
/// finding, a mistyped one gives one FA3001 on its line. A name the table prints at two levels (“其他一般公共服务支出”, a 款 and its
/// 项) or as a 项 under two 款 (the Hubei fixture's two “行政运行”) is not guessed; its code, printed, chooses the row.
/// </summary>
public class PlainClassNameTests
{
    private const string Guangdong = "guangdong-district-data-bureau.txt";

    private const string Hubei = "hubei-district-data-bureau.txt";

    private const string FirstItem = "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）政务公开审批（项）：年初预算为199.99万元，支出决算为176.99万元，完成年初预算的88.50%，决算数小于年初预算数的主要原因是人员减少。";

    private const string SecondItem = "2.一般公共服务支出（类）其他一般公共服务支出（款）其他一般公共服务支出（项）：年初预算为6.00万元，支出决算为0万元，完成年初预算的0%，主要原因是项目未实施。";

    private const string ThirdItem = "3.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：年初预算为11.75万元，支出决算为10.17万元，完成年初预算的86.55%，主要原因是人员减少。";

    private const string FifthItem = "5.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：年初预算为5.24万元，支出决算为4.94万元，完成年初预算的94.27%，主要原因是人员减少。";

    private const string Spending = "2020年度本年支出合计192.58万元，其中：基本支出192.58万元，占100.00%；项目支出0万元，占0%。";

    private const string HubeiItem = "2010301行政运行：年初预算为199.99万元，支出决算为176.99万元，完成年初预算的88.50%。主要原因是人员减少。";

    // 上海: the 类 with its 项 after “其中：”; 湖南: the 类 with its share of the whole named; 四川: a 类 and its two 项.
    private const string Shanghai = "（1）一般公共服务支出176.99万元，其中：政务公开审批176.99万元，主要用于局机关正常运转及政务公开审批工作。";

    private const string Hunan = "1.一般公共服务支出176.99万元，占一般公共预算财政拨款支出的91.90%，主要用于政务公开审批等方面。";

    private const string Sichuan = "3.社会保障和就业支出10.65万元，其中：机关事业单位基本养老保险缴费支出10.17万元，其他行政事业单位养老支出0.48万元。";

    // 广西: “主要是” with the 项; 北京: a 款 alone; 云南: the 项 named first, what it paid for after.
    private const string Guangxi = "5.卫生健康支出4.95万元，主要是行政单位医疗4.94万元、事业单位医疗0.01万元。";

    private const string Beijing = "3.行政事业单位养老支出10.65万元，主要用于机关事业单位基本养老保险缴费和离退休人员补助。";

    private const string Yunnan = "5.行政单位医疗4.94万元，主要用于在职人员基本医疗保险缴费。";

    // 河南: the 支出决算 section's spending by function (表三); 贵州: a 项 with its code before it; 浙江: with its code after it.
    private const string Henan = "2020年度本年支出合计192.58万元，其中：基本支出192.58万元，占100.00%；项目支出0万元，占0%。按支出功能分类，一般公共服务支出176.99万元，社会保障和就业支出10.65万元，卫生健康支出4.95万元。";

    private const string Guizhou = "1.2010306政务公开审批176.99万元，主要用于政务公开审批工作。";

    private const string Zhejiang = "1.政务公开审批（2010306）176.99万元，主要用于政务公开审批工作。";

    // 陕西: the two 科目 a 款 and its 项 share a name; Hubei: a 项 printed under two 款, with and without its code.
    private const string Shaanxi = "2.其他一般公共服务支出0万元，主要原因是项目未实施。";

    private const string HubeiPlain = "行政运行176.99万元，主要用于机关日常运转。";

    private const string HubeiCoded = "2010301行政运行176.99万元，主要用于机关日常运转。";

    [Theory]
    [InlineData(Guangdong, FirstItem, Shanghai)]
    [InlineData(Guangdong, FirstItem, Hunan)]
    [InlineData(Guangdong, ThirdItem, Sichuan)]
    [InlineData(Guangdong, FifthItem, Guangxi)]
    [InlineData(Guangdong, ThirdItem, Beijing)]
    [InlineData(Guangdong, FifthItem, Yunnan)]
    [InlineData(Guangdong, Spending, Henan)]
    [InlineData(Guangdong, FirstItem, Guizhou)]
    [InlineData(Guangdong, FirstItem, Zhejiang)]
    [InlineData(Guangdong, SecondItem, Shaanxi)]
    [InlineData(Hubei, HubeiItem, HubeiPlain)]
    [InlineData(Hubei, HubeiItem, HubeiCoded)]
    public void The_right_amount_gives_no_finding(string fixture, string right, string wording) =>
        AssertRewordedWithoutFinding(fixture, right, wording);

    [Theory]
    [InlineData(Guangdong, FirstItem, Shanghai, "一般公共服务支出176.99万元", "一般公共服务支出177.99万元", "201 一般公共服务支出")]
    [InlineData(Guangdong, FirstItem, Shanghai, "政务公开审批176.99万元", "政务公开审批167.99万元", "2010306 政务公开审批")]
    [InlineData(Guangdong, FirstItem, Hunan, "176.99万元", "179.99万元", "201 一般公共服务支出")]
    [InlineData(Guangdong, ThirdItem, Sichuan, "机关事业单位基本养老保险缴费支出10.17万元", "机关事业单位基本养老保险缴费支出10.07万元", "2080505 机关事业单位基本养老保险缴费支出")]
    [InlineData(Guangdong, FifthItem, Guangxi, "事业单位医疗0.01万元", "事业单位医疗0.10万元", "2101102 事业单位医疗")]
    [InlineData(Guangdong, ThirdItem, Beijing, "10.65万元", "10.56万元", "20805 行政事业单位养老支出")]
    [InlineData(Guangdong, FifthItem, Yunnan, "4.94万元", "4.49万元", "2101101 行政单位医疗")]
    [InlineData(Guangdong, Spending, Henan, "卫生健康支出4.95万元", "卫生健康支出4.59万元", "表三")]
    [InlineData(Guangdong, FirstItem, Guizhou, "176.99万元", "176.90万元", "2010306 政务公开审批")]
    [InlineData(Guangdong, FirstItem, Zhejiang, "176.99万元", "176.09万元", "2010306 政务公开审批")]
    [InlineData(Hubei, HubeiItem, HubeiCoded, "176.99万元", "176.90万元", "2010301 行政运行")]
    public void A_mistyped_amount_gives_one_FA3001_on_its_line(string fixture, string right, string wording, string good, string bad, string row) =>
        Assert.Contains(row, AssertPlantInWordingFoundOnce(fixture, right, wording, good, bad, "FA3001").Message, StringComparison.Ordinal);

    /// <summary>A name printed at two levels, or as a 项 under two 款, restates no row: a wrong amount there is not guessed at.</summary>
    [Theory]
    [InlineData(Guangdong, SecondItem, Shaanxi, "0万元", "1.00万元")]
    [InlineData(Hubei, HubeiItem, HubeiPlain, "176.99万元", "176.90万元")]
    public void A_name_of_two_rows_is_not_guessed(string fixture, string right, string wording, string good, string bad) =>
        AssertRewordedWithoutFinding(fixture, right, wording.Replace(good, bad, StringComparison.Ordinal));
}
