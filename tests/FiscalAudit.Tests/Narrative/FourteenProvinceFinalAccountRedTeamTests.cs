using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Red team of 部门决算 情况说明 paragraphs as 北京、天津、河北、山西、内蒙古、辽宁、安徽、福建、江西、河南、湖北、重庆、贵州 and 宁夏
/// departments word them, each put in place of a paragraph of the Guangdong fixture (Narrative/FinalAccounts), whose tables restate seed
/// 002's: totals with their change and reasons, income and spending with each part's share of the total named, the 财政拨款 totals,
/// the 一般公共预算财政拨款 spending (总体, 结构 with “（类）”, 具体 with “完成年初预算的”, “决算数大于/小于预算数的主要原因” and a 年初预算 of
/// 0), the 基本支出 with its 人员经费/公用经费 shares and “主要包括”, the “三公” paragraph item by item (全年预算, 比上年, 购置费/运行维护费,
/// 批次/人次), 机关运行经费, 政府采购 with 中小企业 and 小微企业 shares, vehicles by kind, and 绩效 (项目个数, 资金, 部门整体自评得分). The
/// right wording gives no finding; each planted defect gives one finding of its rule on its line.
/// </summary>
public class FourteenProvinceFinalAccountRedTeamTests
{
    private const string Guangdong = "guangdong-district-data-bureau.txt";

    private const string Totals = "2020年度收入总计和支出总计均为204.29万元，与上年相比各减少29.46万元，下降12.60%。主要原因是一名人员调出、一名人员退休，工资及社保支出相应减少。";

    private const string Revenue = "2020年度本年收入合计199.52万元，其中：财政拨款收入199.52万元，占100.00%；事业收入0万元，占0%；其他收入0万元，占0%。";

    private const string Spending = "2020年度本年支出合计192.58万元，其中：基本支出192.58万元，占100.00%；项目支出0万元，占0%。";

    private const string Appropriation = "2020年度财政拨款收入总计和支出总计均为204.29万元，与上年相比各减少29.21万元，下降12.51%。主要原因是人员减少，厉行节约。";

    private const string GeneralBudget = "2020年度一般公共预算财政拨款支出192.58万元，占本年支出合计的100.00%，与上年相比，减少36.08万元，下降15.78%。主要原因是人员减少。";

    private const string Structure = "2020年度一般公共预算财政拨款支出192.58万元，主要用于以下方面：一般公共服务支出176.99万元，占91.90%；社会保障和就业支出10.65万元，占5.53%；卫生健康支出4.95万元，占2.57%。";

    private const string FirstItem = "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）政务公开审批（项）：年初预算为199.99万元，支出决算为176.99万元，完成年初预算的88.50%，决算数小于年初预算数的主要原因是人员减少。";

    private const string FourthItem = "4.社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）：年初预算为0万元，支出决算为0.48万元，主要原因是年中新增退休人员补助。";

    private const string BasicSpending = "2020年度一般公共预算财政拨款基本支出192.58万元，其中：人员经费117.74万元，占61.14%，主要包括：基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、退休费；公用经费74.84万元，占38.86%，主要包括：办公费、印刷费、水费、电费、邮电费、差旅费、劳务费、办公设备购置。";

    private const string ThreePublic = "2020年度“三公”经费财政拨款支出预算为0.30万元，支出决算为0万元，完成预算的0%。其中：因公出国（境）费0万元；公务用车购置及运行维护费0万元；公务接待费0万元。决算数小于预算数的主要原因是厉行节约，减少公务接待。";

    private const string OperatingCost = "2020年度本部门机关运行经费支出74.84万元，比上年增加37.48万元，增长100.32%。主要原因是劳务派遣人员劳务费纳入机关运行经费。";

    private const string Procurement = "2020年度本部门政府采购支出总额2.42万元，其中：政府采购货物支出2.42万元、政府采购工程支出0万元、政府采购服务支出0万元。授予中小企业合同金额2.42万元，占政府采购支出总额的100.00%，其中：授予小微企业合同金额1.80万元，占政府采购支出总额的74.38%。";

    private const string Assets = "截至2020年12月31日，本部门共有车辆2辆，其中：机要通信用车1辆，其他用车1辆。单位价值50万元以上通用设备0台（套），单位价值100万元以上专用设备0台（套）。";

    private const string Performance = "根据预算绩效管理要求，本部门组织对2020年度8个项目开展了绩效自评，涉及一般公共预算当年财政拨款108.78万元，自评覆盖率100%。";

    // 北京: each total with its own change; 天津: each part's share of the total named; 河北: 基本支出 with what it is for.
    private const string BeijingTotals = "2020年度收入总计204.29万元，支出总计204.29万元。与2019年度相比，收入总计减少29.46万元，下降12.60%；支出总计减少29.46万元，下降12.60%。主要原因是一名人员调出、一名人员退休，工资及社保支出相应减少。";

    private const string TianjinRevenue = "2020年度本年收入合计199.52万元，其中：财政拨款收入199.52万元，占本年收入合计的100%；其他收入0万元，占本年收入合计的0%。";

    private const string HebeiSpending = "2020年度本年支出合计192.58万元，其中：基本支出192.58万元，占本年支出合计的100%，主要用于保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出；项目支出0万元，占本年支出合计的0%。";

    // 山西: the 财政拨款 totals stated apart; 内蒙古: the change stated in a sentence of its own; 辽宁: 结构 with “（类）”.
    private const string ShanxiAppropriation = "2020年度财政拨款收入总计204.29万元，财政拨款支出总计204.29万元。与上年相比，财政拨款收入、支出总计各减少29.21万元，下降12.51%。主要原因是人员减少，厉行节约。";

    private const string InnerMongoliaGeneral = "2020年度一般公共预算财政拨款支出192.58万元，占本年支出合计的100%。与2019年度相比，一般公共预算财政拨款支出减少36.08万元，下降15.78%。主要原因是人员减少。";

    private const string LiaoningStructure = "2020年度一般公共预算财政拨款支出192.58万元，主要用于以下方面：一般公共服务（类）支出176.99万元，占91.9%；社会保障和就业（类）支出10.65万元，占5.53%；卫生健康（类）支出4.95万元，占2.57%。";

    // 安徽: an item's figures and reasons after a full stop, and one whose 年初预算 was 0.
    private const string AnhuiFirstItem = "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）政务公开审批（项）。年初预算为199.99万元，支出决算为176.99万元，完成年初预算的88.5%。决算数小于年初预算数的主要原因是：人员减少，相应人员经费减少。";

    private const string AnhuiFourthItem = "4.社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）。年初预算为0万元，支出决算为0.48万元。决算数大于年初预算数的主要原因是：年中新增退休人员补助。";

    // 福建: 人员经费 and 公用经费 with what they include, every economic item named.
    private const string FujianBasic = "2020年度一般公共预算财政拨款基本支出192.58万元，其中：人员经费117.74万元，占一般公共预算财政拨款基本支出的61.14%，主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、其他社会保障缴费、其他工资福利支出、退休费；公用经费74.84万元，占一般公共预算财政拨款基本支出的38.86%，主要包括办公费、印刷费、水费、电费、邮电费、差旅费、维修（护）费、劳务费、委托业务费、工会经费、福利费、其他交通费用、办公设备购置。";

    // 江西: the “三公” paragraph item by item, with the 全年预算, 购置费 and 运行维护费 apart, receptions in 批次 and 人次.
    private const string JiangxiThreePublic = "2020年度“三公”经费财政拨款支出全年预算为0.30万元，支出决算为0万元，完成全年预算的0%。其中：因公出国（境）费全年预算为0万元，支出决算为0万元，全年安排因公出国（境）团组0个，累计0人次；公务用车购置及运行维护费全年预算为0万元，支出决算为0万元，其中：公务用车购置费0万元，公务用车运行维护费0万元；公务接待费全年预算为0.30万元，支出决算为0万元，完成全年预算的0%，全年国内公务接待0批次，0人次。决算数小于预算数的主要原因是厉行节约，减少公务接待。";

    // 河南: 机关运行经费 with what it was spent on; 湖北: 中小企业 and 小微企业 shares; 重庆: vehicles by every kind.
    private const string HenanOperating = "2020年度本部门机关运行经费支出74.84万元，比上年增加37.48万元，增长100.32%，主要原因是劳务派遣人员劳务费纳入机关运行经费。机关运行经费主要用于办公费、印刷费、水费、电费、邮电费、差旅费、劳务费等。";

    private const string HubeiProcurement = "2020年度本部门政府采购支出总额2.42万元，其中：政府采购货物支出2.42万元，政府采购工程支出0万元，政府采购服务支出0万元。授予中小企业合同金额2.42万元，占政府采购支出总额的100%，其中：授予小微企业合同金额1.80万元，占政府采购支出总额的74.38%；货物采购授予中小企业合同金额占货物支出金额的100%，工程采购授予中小企业合同金额占工程支出金额的0%，服务采购授予中小企业合同金额占服务支出金额的0%。";

    private const string ChongqingAssets = "截至2020年12月31日，本部门共有车辆2辆，其中：副部（省）级及以上领导用车0辆，主要领导干部用车0辆，机要通信用车1辆，应急保障用车0辆，执法执勤用车0辆，特种专业技术用车0辆，离退休干部用车0辆，其他用车1辆。单位价值50万元以上通用设备0台（套），单位价值100万元以上专用设备0台（套）。";

    // 贵州: 绩效 with the number of projects, the money and the 部门整体 self-evaluation; 宁夏: reasons listed “一是…；二是…”.
    private const string GuizhouPerformance = "根据预算绩效管理要求，本部门组织对2020年度一般公共预算项目支出全面开展绩效自评，共涉及项目8个，涉及资金108.78万元，占应开展绩效自评项目总数的100%。组织对2020年度部门整体支出开展绩效自评，自评得分为95分。";

    private const string NingxiaTotals = "2020年度收、支总计均为204.29万元。与上年相比，收、支总计各减少29.46万元，下降12.6%，主要原因是：一是一名人员调出；二是一名人员退休，工资及社保支出相应减少。";

    // 贵州/湖北: 支出 with a share stating neither amount.
    private const string HubeiSpending = "2020年度本年支出合计192.58万元，其中：基本支出192.58万元，项目支出0万元。基本支出占本年支出合计的比重为100%，项目支出占本年支出合计的比重为0%。";

    // Second round: 降低 and 较上年决算数; the 具体 total with its 完成年初预算; a 类 with its 项; 一般公共预算/政府性基金 income apart; a
    // “三公” change against last year's 决算; 公务用车 parts in a bracket; 机关运行经费 with last year's figure; 绩效 split by fund.
    private const string BeijingChange = "2020年度收入总计204.29万元，支出总计204.29万元，均较上年决算数减少29.46万元，降低12.60%。主要原因是一名人员调出、一名人员退休，工资及社保支出相应减少。";

    private const string HebeiChange = "2020年度收入总计204.29万元，支出总计204.29万元，均比上年减少29.46万元，下降12.60%，主要原因是一名人员调出、一名人员退休。";

    private const string ShanxiSpecific = "2020年度一般公共预算财政拨款支出年初预算为231.81万元，支出决算数为192.58万元，完成年初预算的83.08%。其中：";

    private const string SpecificTotal = "2020年度一般公共预算财政拨款支出年初预算为231.81万元，支出决算为192.58万元，完成年初预算的83.08%。其中：";

    private const string AnhuiStructure = "2020年度一般公共预算财政拨款支出192.58万元，主要用于以下方面：一般公共服务（类）支出176.99万元，占一般公共预算财政拨款支出的91.90%，主要用于政务公开审批（项）176.99万元；社会保障和就业（类）支出10.65万元，占一般公共预算财政拨款支出的5.53%；卫生健康（类）支出4.95万元，占一般公共预算财政拨款支出的2.57%。";

    private const string FujianRevenue = "2020年度本年收入合计199.52万元，其中：一般公共预算财政拨款收入199.52万元，占本年收入合计的100%；政府性基金预算财政拨款收入0万元，占0%；其他收入0万元，占0%。";

    private const string NingxiaThreePublic = "2020年度“三公”经费财政拨款支出预算为0.30万元，支出决算为0万元，完成预算的0%，比上年决算减少0.25万元，下降100%。其中：因公出国（境）费0万元；公务用车购置及运行维护费0万元（其中：公务用车购置费0万元，公务用车运行维护费0万元）；公务接待费0万元，比上年减少0.25万元。决算数小于预算数的主要原因是厉行节约，减少公务接待。";

    private const string InnerMongoliaOperating = "2020年度本部门机关运行经费支出74.84万元，上年为37.36万元，比上年增加37.48万元，增长100.32%。主要原因是劳务派遣人员劳务费纳入机关运行经费。";

    private const string LiaoningPerformance = "根据预算绩效管理要求，本部门组织对2020年度8个项目开展了绩效自评，涉及资金108.78万元，其中：一般公共预算项目8个，涉及资金108.78万元；政府性基金预算项目0个，涉及资金0万元。";

    [Theory]
    [InlineData(Totals, BeijingChange)]
    [InlineData(Totals, HebeiChange)]
    [InlineData(SpecificTotal, ShanxiSpecific)]
    [InlineData(Structure, AnhuiStructure)]
    [InlineData(Revenue, FujianRevenue)]
    [InlineData(ThreePublic, NingxiaThreePublic)]
    [InlineData(OperatingCost, InnerMongoliaOperating)]
    [InlineData(Performance, LiaoningPerformance)]
    [InlineData(Totals, BeijingTotals)]
    [InlineData(Revenue, TianjinRevenue)]
    [InlineData(Spending, HebeiSpending)]
    [InlineData(Appropriation, ShanxiAppropriation)]
    [InlineData(GeneralBudget, InnerMongoliaGeneral)]
    [InlineData(Structure, LiaoningStructure)]
    [InlineData(FirstItem, AnhuiFirstItem)]
    [InlineData(FourthItem, AnhuiFourthItem)]
    [InlineData(BasicSpending, FujianBasic)]
    [InlineData(ThreePublic, JiangxiThreePublic)]
    [InlineData(OperatingCost, HenanOperating)]
    [InlineData(Procurement, HubeiProcurement)]
    [InlineData(Assets, ChongqingAssets)]
    [InlineData(Performance, GuizhouPerformance)]
    [InlineData(Totals, NingxiaTotals)]
    [InlineData(Spending, HubeiSpending)]
    public void The_right_wording_gives_no_finding(string right, string wording) =>
        AssertRewordedWithoutFinding(Guangdong, right, wording);

    [Theory]
    [InlineData(Totals, BeijingTotals, "支出总计减少29.46万元，下降12.60%", "支出总计减少29.46万元，下降12.06%", "FA3003")]
    [InlineData(Revenue, TianjinRevenue, "占本年收入合计的100%", "占本年收入合计的99%", "FA3002")]
    [InlineData(Spending, HebeiSpending, "占本年支出合计的100%", "占本年支出合计的98.00%", "FA3002")]
    [InlineData(Appropriation, ShanxiAppropriation, "各减少29.21万元", "各减少29.12万元", "FA3003")]
    [InlineData(GeneralBudget, InnerMongoliaGeneral, "下降15.78%", "下降15.87%", "FA3003")]
    [InlineData(Structure, LiaoningStructure, "占5.53%", "占5.35%", "FA3002")]
    [InlineData(FirstItem, AnhuiFirstItem, "完成年初预算的88.5%", "完成年初预算的85.5%", "FA3004")]
    [InlineData(BasicSpending, FujianBasic, "基本支出的38.86%", "基本支出的36.88%", "FA3002")]
    [InlineData(ThreePublic, JiangxiThreePublic, "支出决算为0万元，完成全年预算的0%，全年国内", "支出决算为0万元，完成全年预算的10%，全年国内", "FA3004")]
    [InlineData(OperatingCost, HenanOperating, "增长100.32%", "增长103.2%", "FA3003")]
    [InlineData(Procurement, HubeiProcurement, "占政府采购支出总额的74.38%", "占政府采购支出总额的78.34%", "FA3002")]
    [InlineData(Assets, ChongqingAssets, "其他用车1辆", "其他用车2辆", "FA3005")]
    [InlineData(Totals, NingxiaTotals, "下降12.6%", "下降12.16%", "FA3003")]
    [InlineData(Spending, HubeiSpending, "项目支出占本年支出合计的比重为0%", "项目支出占本年支出合计的比重为10%", "FA3002")]
    [InlineData(Totals, BeijingChange, "降低12.60%", "降低12.66%", "FA3003")]
    [InlineData(Totals, HebeiChange, "下降12.60%", "下降12.06%", "FA3003")]
    [InlineData(SpecificTotal, ShanxiSpecific, "完成年初预算的83.08%", "完成年初预算的83.80%", "FA3004")]
    [InlineData(Structure, AnhuiStructure, "财政拨款支出的91.90%", "财政拨款支出的91.09%", "FA3002")]
    [InlineData(Revenue, FujianRevenue, "一般公共预算财政拨款收入199.52万元", "一般公共预算财政拨款收入199.25万元", "FA3001")]
    [InlineData(ThreePublic, NingxiaThreePublic, "下降100%。其中", "下降10%。其中", "FA3003")]
    [InlineData(OperatingCost, InnerMongoliaOperating, "上年为37.36万元", "上年为37.63万元", "FA3003")]
    public void A_planted_defect_gives_one_finding_of_its_rule_on_its_line(string right, string wording, string good, string bad, string rule)
    {
        var text = Text(Guangdong);
        Assert.Equal(1, text.Split(right).Length - 1);
        Assert.Equal(1, wording.Split(good).Length - 1);
        var finding = Assert.Single(Check(text.Replace(right, wording.Replace(good, bad, StringComparison.Ordinal), StringComparison.Ordinal)));
        Assert.Equal((rule, LineAt(text, right)), (finding.RuleId, finding.Location.Line));
    }
}
