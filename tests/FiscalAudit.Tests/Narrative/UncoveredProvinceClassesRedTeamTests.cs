using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 classes 1, 4 and 9 in 部门决算 情况说明 paragraphs as 上海、湖南、广西、西藏、青海、新疆 and 黑龙江 departments word them (the
/// provinces the other red teams leave out), each put in place of a paragraph of the Guangdong fixture (seed 002's tables): a 项 whose
/// 年初预算 was 0 (“年初预算为零”, “年初未安排预算”, “决算数大于年初预算数0.48万元”) explained with no rate, where a planted rate is
/// FA3008; breakdowns — the whole before “其中”, “分别为/包括/主要是” lists of economic items with their amounts, last year's figure in a
/// bracket after the whole (“（上年为37.36万元）”) — where a planted part that makes the parts exceed their whole is FA3005; 绩效 counts
/// (“共2个项目，涉及资金108.78万元，分别为：…”) against the projects listed, where a planted count is FA3018 and a planted project's
/// money that exceeds the money stated is FA3005. The right wording gives no finding; each plant gives one finding of its rule on its line.
/// </summary>
public class UncoveredProvinceClassesRedTeamTests
{
    private const string Guangdong = "guangdong-district-data-bureau.txt";

    private const string Revenue = "2020年度本年收入合计199.52万元，其中：财政拨款收入199.52万元，占100.00%；事业收入0万元，占0%；其他收入0万元，占0%。";

    private const string Spending = "2020年度本年支出合计192.58万元，其中：基本支出192.58万元，占100.00%；项目支出0万元，占0%。";

    private const string FourthItem = "4.社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）：年初预算为0万元，支出决算为0.48万元，主要原因是年中新增退休人员补助。";

    private const string BasicSpending = "2020年度一般公共预算财政拨款基本支出192.58万元，其中：人员经费117.74万元，占61.14%，主要包括：基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、退休费；公用经费74.84万元，占38.86%，主要包括：办公费、印刷费、水费、电费、邮电费、差旅费、劳务费、办公设备购置。";

    private const string OperatingCost = "2020年度本部门机关运行经费支出74.84万元，比上年增加37.48万元，增长100.32%。主要原因是劳务派遣人员劳务费纳入机关运行经费。";

    private const string Procurement = "2020年度本部门政府采购支出总额2.42万元，其中：政府采购货物支出2.42万元、政府采购工程支出0万元、政府采购服务支出0万元。授予中小企业合同金额2.42万元，占政府采购支出总额的100.00%，其中：授予小微企业合同金额1.80万元，占政府采购支出总额的74.38%。";

    private const string Assets = "截至2020年12月31日，本部门共有车辆2辆，其中：机要通信用车1辆，其他用车1辆。单位价值50万元以上通用设备0台（套），单位价值100万元以上专用设备0台（套）。";

    private const string Performance = "根据预算绩效管理要求，本部门组织对2020年度8个项目开展了绩效自评，涉及一般公共预算当年财政拨款108.78万元，自评覆盖率100%。";

    // Class 1: a 项 whose 年初预算 was 0, explained with no rate.
    private const string ShanghaiZero = "4、社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）。主要用于：退休人员经费支出。年初预算为0万元，支出决算为0.48万元。决算数大于预算数的主要原因：年中新增退休人员补助。";

    private const string HunanZero = "4.其他行政事业单位养老支出（项）。年初预算0万元，支出决算0.48万元，年初未安排预算，决算数大于年初预算数的主要原因是年中新增退休人员补助。";

    private const string GuangxiZero = "（四）社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）。年初预算数为0万元，支出决算数为0.48万元，决算数大于年初预算数的主要原因是年中新增退休人员补助。";

    private const string TibetZero = "4.社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）：年初预算为零，支出决算为0.48万元，主要原因是年中新增退休人员补助。";

    private const string QinghaiZero = "4.其他行政事业单位养老支出（项）年初预算为0.00万元，支出决算为0.48万元，决算数大于年初预算数0.48万元，主要原因是年中新增退休人员补助。";

    private const string XinjiangZero = "4.社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）：年初预算为0万元（年初未安排），支出决算为0.48万元，为年中追加的退休人员补助。";

    // Class 4: breakdowns.
    private const string ShanghaiRevenue = "本年收入合计199.52万元，其中：财政拨款收入199.52万元，占100.00%；其他收入0万元，占0.00%；";

    private const string GuangxiSpending = "2020年度本年支出合计192.58万元，分别为：基本支出192.58万元，占100%；项目支出0万元，占0%。";

    private const string HunanBasic = "2020年度一般公共预算财政拨款基本支出192.58万元，其中：人员经费117.74万元，主要包括基本工资44.63万元、津贴补贴20.19万元、奖金11.30万元、机关事业单位基本养老保险缴费10.17万元、职工基本医疗保险缴费4.95万元、其他工资福利支出24.71万元、退休费1.66万元；公用经费74.84万元，主要包括办公费7.82万元、印刷费1.97万元、电费4.75万元、差旅费2.40万元、劳务费42.83万元、其他交通费用7.86万元、办公设备购置2.42万元。";

    private const string TibetOperating = "2020年度本部门机关运行经费支出74.84万元（上年为37.36万元），比上年增加37.48万元，增长100.32%，包括：办公费7.82万元、印刷费1.97万元、水电费6.12万元、邮电费1.08万元、差旅费2.40万元、劳务费42.83万元、其他交通费用7.86万元等。主要原因是劳务派遣人员劳务费纳入机关运行经费。";

    private const string QinghaiProcurement = "2020年度本部门政府采购支出总额2.42万元（上年为1.20万元），其中：政府采购货物支出2.42万元、政府采购工程支出0万元、政府采购服务支出0万元。授予中小企业合同金额2.42万元，占政府采购支出总额的100%，其中：授予小微企业合同金额1.80万元，占政府采购支出总额的74.38%。";

    private const string HeilongjiangAssets = "截至2020年12月31日，本部门共有车辆2辆，分别为机要通信用车1辆、其他用车1辆；单位价值50万元以上通用设备0台（套），单位价值100万元以上专用设备0台（套）。";

    private const string XinjiangBasic = "2020年度一般公共预算财政拨款基本支出192.58万元，主要是：人员经费117.74万元，占61.14%；公用经费74.84万元，占38.86%，其中：办公费7.82万元，劳务费42.83万元，其他交通费用7.86万元。";

    // Class 9: 绩效 counts against the projects listed.
    private const string ShanghaiPerformance = "2020年度，本部门对2个项目开展了绩效自评，涉及资金108.78万元，分别为：政务服务大厅运行维护项目60.00万元、电子政务外网建设项目48.78万元。";

    private const string HunanPerformance = "根据预算绩效管理要求，本部门组织对2020年度一般公共预算项目支出开展绩效自评，共2个项目，涉及资金108.78万元，其中：政务服务大厅运行维护项目60.00万元，电子政务外网建设项目48.78万元。";

    private const string GuangxiPerformance = "本部门组织对2020年度一般公共预算项目支出开展绩效自评，共涉及项目3个，资金108.78万元，包括政务服务大厅运行维护项目、电子政务外网建设项目和12345热线运行项目。";

    private const string TibetPerformance = "根据预算绩效管理要求，本部门2020年度开展绩效自评的项目共3个，涉及资金108.78万元：政务服务大厅运行维护项目50.00万元，电子政务外网建设项目40.00万元，12345热线运行项目18.78万元。";

    private const string QinghaiPerformance = "2020年度本部门共有2个项目开展绩效自评，涉及资金108.78万元，分别是政务服务大厅运行维护项目（60.00万元）和电子政务外网建设项目（48.78万元）。";

    private const string XinjiangPerformance = "2020年度本部门开展绩效自评的项目共2个，涉及资金108.78万元。其中：政务服务大厅运行维护项目自评得分95分，电子政务外网建设项目自评得分92分。";

    private const string HeilongjiangPerformance = "根据预算绩效管理要求，本部门对政务服务大厅运行维护、电子政务外网建设2个项目开展了绩效自评，涉及资金108.78万元，自评覆盖率100%。";

    [Theory]
    [InlineData(FourthItem, ShanghaiZero)]
    [InlineData(FourthItem, HunanZero)]
    [InlineData(FourthItem, GuangxiZero)]
    [InlineData(FourthItem, TibetZero)]
    [InlineData(FourthItem, QinghaiZero)]
    [InlineData(FourthItem, XinjiangZero)]
    [InlineData(Revenue, ShanghaiRevenue)]
    [InlineData(Spending, GuangxiSpending)]
    [InlineData(BasicSpending, HunanBasic)]
    [InlineData(OperatingCost, TibetOperating)]
    [InlineData(Procurement, QinghaiProcurement)]
    [InlineData(Assets, HeilongjiangAssets)]
    [InlineData(BasicSpending, XinjiangBasic)]
    [InlineData(Performance, ShanghaiPerformance)]
    [InlineData(Performance, HunanPerformance)]
    [InlineData(Performance, GuangxiPerformance)]
    [InlineData(Performance, TibetPerformance)]
    [InlineData(Performance, QinghaiPerformance)]
    [InlineData(Performance, XinjiangPerformance)]
    [InlineData(Performance, HeilongjiangPerformance)]
    public void The_right_wording_gives_no_finding(string right, string wording) =>
        AssertRewordedWithoutFinding(Guangdong, right, wording);

    [Theory]
    [InlineData(FourthItem, ShanghaiZero, "支出决算为0.48万元。", "支出决算为0.48万元，完成年初预算的100%。", "FA3008")]
    [InlineData(FourthItem, HunanZero, "支出决算0.48万元，年初未安排预算", "支出决算0.48万元，完成年初预算的100%，年初未安排预算", "FA3008")]
    [InlineData(FourthItem, GuangxiZero, "支出决算数为0.48万元，", "支出决算数为0.48万元，预算完成率为100%，", "FA3008")]
    [InlineData(FourthItem, TibetZero, "支出决算为0.48万元，", "支出决算为0.48万元，完成年初预算的100.00%，", "FA3008")]
    [InlineData(FourthItem, QinghaiZero, "，决算数大于年初预算数0.48万元", "，完成年初预算的48%", "FA3008")]
    [InlineData(FourthItem, XinjiangZero, "支出决算为0.48万元，", "支出决算为0.48万元，完成年初预算的0.48%，", "FA3008")]
    [InlineData(BasicSpending, HunanBasic, "基本工资44.63万元", "基本工资45.63万元", "FA3005")]
    [InlineData(BasicSpending, HunanBasic, "劳务费42.83万元", "劳务费48.83万元", "FA3005")]
    [InlineData(OperatingCost, TibetOperating, "劳务费42.83万元", "劳务费47.83万元", "FA3005")]
    [InlineData(OperatingCost, TibetOperating, "（上年为37.36万元）", "（上年为37.63万元）", "FA3003")]
    [InlineData(Procurement, QinghaiProcurement, "政府采购工程支出0万元", "政府采购工程支出0.50万元", "FA3005")]
    [InlineData(Assets, HeilongjiangAssets, "其他用车1辆", "其他用车2辆", "FA3005")]
    [InlineData(BasicSpending, XinjiangBasic, "劳务费42.83万元", "劳务费62.83万元", "FA3005")]
    [InlineData(Performance, ShanghaiPerformance, "对2个项目", "对3个项目", "FA3018")]
    [InlineData(Performance, ShanghaiPerformance, "政务服务大厅运行维护项目60.00万元", "政务服务大厅运行维护项目70.00万元", "FA3005")]
    [InlineData(Performance, HunanPerformance, "共2个项目", "共3个项目", "FA3018")]
    [InlineData(Performance, HunanPerformance, "电子政务外网建设项目48.78万元", "电子政务外网建设项目58.78万元", "FA3005")]
    [InlineData(Performance, GuangxiPerformance, "共涉及项目3个", "共涉及项目4个", "FA3018")]
    [InlineData(Performance, TibetPerformance, "项目共3个", "项目共2个", "FA3018")]
    [InlineData(Performance, TibetPerformance, "12345热线运行项目18.78万元", "12345热线运行项目28.78万元", "FA3005")]
    [InlineData(Performance, QinghaiPerformance, "共有2个项目", "共有3个项目", "FA3018")]
    [InlineData(Performance, QinghaiPerformance, "（60.00万元）", "（70.00万元）", "FA3005")]
    [InlineData(Performance, XinjiangPerformance, "项目共2个", "项目共1个", "FA3018")]
    [InlineData(Performance, HeilongjiangPerformance, "建设2个项目", "建设3个项目", "FA3018")]
    public void A_planted_defect_gives_one_finding_of_its_rule_on_its_line(string right, string wording, string good, string bad, string rule) =>
        AssertPlantInWordingFoundOnce(Guangdong, right, wording, good, bad, rule);
}
