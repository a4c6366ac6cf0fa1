using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Six more whole 部门决算 with seed 002's figures in layouts of provinces the checker had not seen: a Guangxi district (titles
/// “2020年度…表（公开0N表）”, “编制单位：…　金额单位：万元” on one line, 0 printed as a blank cell, no 行次, 名词解释), a Fujian county
/// (“表N” over each title, “单位名称：…　单位：万元”, the 情况说明 numbered （一）…（十三） with 1.…3. under them, 表七 turned as
/// 项目 | 预算数 | 决算数, empty tables closed by “备注：…此表为空。”), a Yunnan township (titles led by the township's name and year,
/// code and name in one 项目 cell, vehicles by kind, 名词解释), a Shaanxi district (“公开0N表” above each title, amounts in 元 with
/// separators and cents adding up exactly, 0 printed “-”, 栏次 rows), a Liaoning district (title, marker and “部门：… 2020年度
/// 单位：万元” as the first rows inside each grid, no 栏次 rows) and a Guizhou township (情况说明 and 名词解释 before the tables,
/// “附件N” over titles led by the township's name, 0 printed “0”, empty tables closed by “（…本表无数据）”). The right text gives no
/// finding; each planted error (totals, restatements between tables, narrative against tables, percentages, template residue, another
/// department in one header) gives one finding of its rule at its place.
/// </summary>
public class MoreProvinceFinalAccountsTests
{
    private const string Guangxi = "guangxi-district-review-bureau.txt";

    private const string Fujian = "fujian-county-service-committee.txt";

    private const string Yunnan = "yunnan-township-government.txt";

    private const string Shaanxi = "shaanxi-district-approval-bureau.txt";

    private const string Liaoning = "liaoning-district-approval-bureau.txt";

    private const string Guizhou = "guizhou-township-government.txt";

    [Theory]
    [InlineData(Guangxi)]
    [InlineData(Fujian)]
    [InlineData(Yunnan)]
    [InlineData(Shaanxi)]
    [InlineData(Liaoning)]
    [InlineData(Guizhou)]
    public void The_right_text_reads_the_nine_tables_and_gives_no_finding(string name) => AssertNineTablesAndNoFinding(name);

    [Theory]
    [InlineData(Guangxi, "总计\t204.29\t总计\t204.29\n", "总计\t204.29\t总计\t204.39\n", "FA1003", null)]
    [InlineData(Guangxi, "2101101\t行政单位医疗\t4.94\t4.94\t\n", "2101101\t行政单位医疗\t4.49\t4.94\t\n", "FA1005", null)]
    [InlineData(Guangxi, "社会保障和就业（类）支出10.65万元，占5.53%", "社会保障和就业（类）支出10.65万元，占5.35%", "FA3002", null)]
    [InlineData(Guangxi, "2020年度收入合计199.52万元", "2020年度收入合计199.25万元", "FA3001", null)]
    [InlineData(Guangxi, "主要原因是人员调出和退休", "主要原因是XXXXXX", "FA3011", null)]
    [InlineData(Guangxi, "编制单位：南宁市西乡塘区行政审批局　　　　　　　　　　　　金额单位：万元\n\n项目\t\t本年收入合计", "编制单位：南宁市青秀区行政审批局　　　　　　　　　　　　金额单位：万元\n\n项目\t\t本年收入合计", "FA3014", null)]
    [InlineData(Guangxi, "机关运行经费支出74.84万元", "机关运行经费支出78.84万元", "FA3003", null)]
    [InlineData(Guangxi, "0.30\t\t\t\t\t0.30\t", "0.30\t\t\t\t\t0.20\t", "FA1010", null)]
    [InlineData(Fujian, "（一）收入支出决算总体情况说明\n", "", "FA3015", "第三部分　2020年度部门决算情况说明")]
    [InlineData(Fujian, "备注：本单位2020年度无政府性基金预算财政拨款收支，此表为空。\n\n", "", "FA5002", "政府性基金预算财政拨款收入支出决算表")]
    [InlineData(Fujian, "支出决算为0万元，完成预算的0%。决算数小于", "支出决算为0万元，完成预算的30%。决算数小于", "FA3004", null)]
    [InlineData(Fujian, "纳入机关运行经费。机关运行经费主要用于", "纳入机关运行经费。机关运行经费主要用于……。", "FA3016", null)]
    [InlineData(Fujian, "人员经费117.74万元，占61.14%", "人员经费117.74万元，占16.14%", "FA3002", null)]
    [InlineData(Fujian, "3.公务接待费\t0.30\t0.00", "3.公务接待费\t0.20\t0.00", "FA1010", "合计\t0.30\t0.00")]
    [InlineData(Fujian, "30226\t劳务费\t42.83", "30226\t劳务费\t24.83", "FA1006", "302\t商品和服务支出\t72.42")]
    [InlineData(Fujian, "单位名称：永泰县行政服务中心管理委员会　　　　　　　　　　单位：万元\n\n项目\t\t本年支出合计", "单位名称：闽清县行政服务中心管理委员会　　　　　　　　　　单位：万元\n\n项目\t\t本年支出合计", "FA3014", null)]
    [InlineData(Fujian, "下降15.78%", "下降51.78%", "FA3003", null)]
    [InlineData(Yunnan, "20805 行政事业单位养老支出\t10.65\t10.65\t0.00\t0.00\t0.00\t0.00", "20805 行政事业单位养老支出\t10.56\t10.56\t0.00\t0.00\t0.00\t0.00", "FA1006", null)]
    [InlineData(Yunnan, "卫生健康支出4.95万元，占2.57%", "卫生健康支出4.95万元，占2.75%", "FA3002", null)]
    [InlineData(Yunnan, "完成年初预算的83.08%", "完成年初预算的88.03%", "FA3004", null)]
    [InlineData(Yunnan, "共有车辆2辆，其中", "共有车辆3辆，其中", "FA3005", null)]
    [InlineData(Yunnan, "（一）财政拨款收入：指本级财政当年拨付的资金。", "（一）财政拨款收入：指本级财政当年拨付的资金。（此处由各单位根据实际情况填写）", "FA3016", null)]
    [InlineData(Yunnan, "年初结转和结余\t29\t4.77\t年末结转和结余\t60\t11.71", "年初结转和结余\t29\t4.77\t年末结转和结余\t60\t11.17", "FA1003", null)]
    [InlineData(Yunnan, "弥勒市西三镇人民政府2020年度一般公共预算财政拨款支出决算表", "弥勒市东山镇人民政府2020年度一般公共预算财政拨款支出决算表", "FA3014", null)]
    [InlineData(Shaanxi, "总计\t31\t2,042,900.00", "总计\t31\t2,042,990.00", "FA1003", null)]
    [InlineData(Shaanxi, "2080599\t其他行政事业单位养老支出\t4,800.00\t4,800.00\t-\t-\t-\t-\t-", "2080599\t其他行政事业单位养老支出\t4,800.00\t5,800.00\t-\t-\t-\t-\t-", "FA1006", null)]
    [InlineData(Shaanxi, "公用经费74.84万元，占38.86%", "公用经费74.84万元，占36.86%", "FA3002", null)]
    [InlineData(Shaanxi, "项目支出0万元，占0%", "项目支出10万元，占0%", "FA3001", null)]
    [InlineData(Shaanxi, "31002\t办公设备购置\t24,200.00", "31002\t办公设备购置\t24,020.00", "FA1006", "310\t资本性支出\t24,200.00")]
    [InlineData(Shaanxi, "部门：西安市碑林区行政审批服务局　　　　　　　　　　　　单位：元\n\n人员经费", "部门：西安市雁塔区行政审批服务局　　　　　　　　　　　　单位：元\n\n人员经费", "FA3014", null)]
    [InlineData(Shaanxi, "年初预算为11.75万元，支出决算为10.17万元，完成年初预算的86.55%", "年初预算为11.75万元，支出决算为10.17万元，完成年初预算的68.55%", "FA3004", null)]
    [InlineData(Liaoning, "2020年度本年收入合计199.52万元", "2020年度本年收入合计199.62万元", "FA3001", null)]
    [InlineData(Liaoning, "一般公共服务支出176.99万元，占91.90%", "一般公共服务支出176.99万元，占91.09%", "FA3002", null)]
    [InlineData(Liaoning, "十三、预算绩效情况说明\n", "", "FA3015", "第三部分　2020年度部门决算情况说明")]
    [InlineData(Liaoning, "部门：沈阳市和平区行政审批局\t\t2020年度\t\t\t\t\t\t单位：万元\n收入\t", "部门：沈阳市皇姑区行政审批局\t\t2020年度\t\t\t\t\t\t单位：万元\n收入\t", "FA3014", null)]
    [InlineData(Liaoning, "本年收入合计\t27\t199.52\t本年支出合计\t59\t192.58\t192.58", "本年收入合计\t27\t199.52\t本年支出合计\t59\t192.58\t129.58", "FA1002", null)]
    [InlineData(Liaoning, "各减少29.21万元，下降12.51%", "各减少29.21万元，下降21.51%", "FA3003", null)]
    [InlineData(Liaoning, "公开05表\t\t\t\t\n部门：沈阳市和平区行政审批局\t\t2020年度\t\t单位：万元", "公开05表\t\t\t\t\n部门：沈阳市和平区行政审批局\t\t2020年度\t\t单位：元", "FA3020", "一般公共预算财政拨款支出决算表\t")]
    [InlineData(Guizhou, "年初财政拨款结转和结余\t28\t4.77", "年初财政拨款结转和结余\t28\t4.87", "FA1007", null)]
    [InlineData(Guizhou, "人员经费117.74万元，占61.14%", "人员经费117.74万元，占16.14%", "FA3002", null)]
    [InlineData(Guizhou, "完成年初预算的94.27%", "完成年初预算的92.47%", "FA3004", null)]
    [InlineData(Guizhou, "主要原因是人员调出和退休。", "主要原因是……。", "FA3016", null)]
    [InlineData(Guizhou, "30201\t办公费\t7.82", "30201\t办公费\t8.82", "FA1006", "302\t商品和服务支出\t72.42")]
    [InlineData(Guizhou, "\n\n（本单位无国有资本经营预算财政拨款支出，本表无数据）", "", "FA5002", "遵义市播州区鸭溪镇人民政府国有资本经营预算财政拨款支出决算表")]
    [InlineData(Guizhou, "授予中小企业合同金额2.42万元", "授予中小企业合同金额2.52万元", "FA3002", null)]
    public void A_planted_error_gives_one_finding_of_its_rule_at_its_place(string name, string right, string wrong, string rule, string? place) =>
        AssertPlantFoundOnce(name, right, wrong, rule, place);
}
