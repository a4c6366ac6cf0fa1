using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Six more whole 部门决算 with seed 002's figures in layouts of provinces the checker had not seen: a Hubei district (表1…表9 over
/// “…部门决算表——收入支出决算总表”, 第四部分 名词解释), a Shandong provincial centre (表一 with a 栏次 column and no ordinals, amounts in
/// 元 without separators, 表六 as one list of the rows with money), a Zhejiang county (表七 turned under “2019年决算数 | 2020年预算数 |
/// 2020年决算数”, 机关运行经费 itemised, vehicles against last year), a Sichuan township (情况说明 before the tables, empty tables with
/// “此表为空表。说明：…本表无数据。” between the caption row and the grid), an Anhui county (tables under （一）…（九）, 功能分类 in
/// 类 | 款 | 项 columns, 支出决算结构 by economic class in percentages) and a Hunan city (部门公开表1…9, each code printed only in the
/// column of its level). The right text gives no finding; each planted error gives one finding of its rule at its place.
/// </summary>
public class ProvinceStyleFinalAccountsTests
{
    private const string Hubei = "hubei-district-approval-bureau.txt";

    private const string Shandong = "shandong-provincial-service-centre.txt";

    private const string Zhejiang = "zhejiang-county-review-bureau.txt";

    private const string Sichuan = "sichuan-township-government.txt";

    private const string Anhui = "anhui-county-data-bureau.txt";

    private const string Hunan = "hunan-city-service-centre.txt";

    [Theory]
    [InlineData(Hubei)]
    [InlineData(Shandong)]
    [InlineData(Zhejiang)]
    [InlineData(Sichuan)]
    [InlineData(Anhui)]
    [InlineData(Hunan)]
    public void The_right_text_reads_the_nine_tables_and_gives_no_finding(string name) => AssertNineTablesAndNoFinding(name);

    [Theory]
    [InlineData(Hubei, "卫生健康支出4.95万元，占2.57%", "卫生健康支出4.95万元，占2.75%", "FA3002", null)]
    [InlineData(Hubei, "2080599\t其他行政事业单位养老支出\t0.48\t0.48\t0.00\t0.00\t0.00\t0.00\t0.00\n", "2080599\t其他行政事业单位养老支出\t0.48\t0.58\t0.00\t0.00\t0.00\t0.00\t0.00\n", "FA1006", null)]
    [InlineData(Hubei, "完成年初预算的94.27%", "完成年初预算的92.47%", "FA3004", null)]
    [InlineData(Hubei, "指以前年度尚未完成", "指XX年度尚未完成", "FA3011", null)]
    [InlineData(Hubei, "30101\t基本工资\t44.63", "30101\t基本工资\t44.73", "FA1006", "301\t工资福利支出\t116.08")]
    [InlineData(Hubei, "各减少29.46万元，下降12.60%", "各减少29.46万元，下降13.60%", "FA3003", null)]
    [InlineData(Hubei, "本年支出合计\t58\t192.58", "本年支出合计\t58\t192.68", "FA1002", null)]
    [InlineData(Shandong, "总计\t23\t2042900.00", "总计\t23\t2042990.00", "FA1003", null)]
    [InlineData(Shandong, "30226\t劳务费\t428300.00", "30226\t劳务费\t428000.00", "FA1006", "302\t商品和服务支出\t724200.00")]
    [InlineData(Shandong, "公用经费74.84万元，占38.86%", "公用经费74.84万元，占36.86%", "FA3002", null)]
    [InlineData(Shandong, "年初预算为11.75万元，支出决算为10.17万元，完成年初预算的86.55%", "年初预算为11.75万元，支出决算为10.17万元，完成年初预算的68.55%", "FA3004", null)]
    [InlineData(Shandong, "授予中小企业合同金额2.42万元，占政府采购支出总额的100.00%", "授予中小企业合同金额2.42万元，占政府采购支出总额的90.00%", "FA3002", null)]
    [InlineData(Shandong, "2101102\t事业单位医疗\t100.00\t100.00\t0.00\n", "2101102\t事业单位医疗\t100.00\t1000.00\t0.00\n", "FA2008", null)]
    [InlineData(Shandong, "人员经费117.74万元", "人员经费117.47万元", "FA3005", null)]
    [InlineData(Zhejiang, "合计\t0.25\t0.30\t0.00", "合计\t0.35\t0.30\t0.00", "FA1010", null)]
    [InlineData(Zhejiang, "3.公务接待费\t0.25\t0.30\t0.00", "3.公务接待费\t0.25\t0.40\t0.00", "FA1010", "合计\t0.25\t0.30\t0.00")]
    [InlineData(Zhejiang, "故表八为空表。", "故表八为空表。（如无此项支出，请说明并保留空表）", "FA3016", null)]
    [InlineData(Zhejiang, "机关运行经费支出74.84万元", "机关运行经费支出78.84万元", "FA3003", null)]
    [InlineData(Zhejiang, "各减少29.21万元，下降12.51%", "各减少29.21万元，下降15.21%", "FA3003", null)]
    [InlineData(Zhejiang, "劳务费42.83万元，办公设备购置2.42万元", "劳务费82.83万元，办公设备购置2.42万元", "FA3005", null)]
    [InlineData(Sichuan, "此表为空表。说明：本单位2020年度没有国有资本经营预算财政拨款支出，故本表无数据。\n", "", "FA5002", "国有资本经营预算财政拨款支出决算表")]
    [InlineData(Sichuan, "社会保障和就业支出10.65万元，占5.53%", "社会保障和就业支出10.65万元，占5.35%", "FA3002", null)]
    [InlineData(Sichuan, "支出年初预算为231.81万元", "支出年初预算为213.81万元", "FA3004", null)]
    [InlineData(Sichuan, "组织对2020年度8个项目", "组织对2020年度××个项目", "FA3011", null)]
    [InlineData(Sichuan, "30206\t电费\t4.75", "30206\t电费\t5.75", "FA1006", "302\t商品和服务支出\t72.42")]
    [InlineData(Sichuan, "年末财政拨款结转和结余\t60\t11.71\t11.71", "年末财政拨款结转和结余\t60\t11.71\t11.17", "FA1008", null)]
    [InlineData(Anhui, "商品和服务支出72.42万元，占37.61%", "商品和服务支出72.42万元，占36.71%", "FA3002", null)]
    [InlineData(Anhui, "资本性支出2.42万元，占1.26%", "资本性支出2.42万元，占1.62%", "FA3002", null)]
    [InlineData(Anhui, "201\t03\t06\t政务公开审批\t176.99\t176.99\t0.00\t0.00", "201\t03\t06\t政务公开审批\t176.99\t176.90\t0.00\t0.00", "FA1006", null)]
    [InlineData(Anhui, "减少36.08万元，下降15.78%", "减少36.08万元，下降17.78%", "FA3003", null)]
    [InlineData(Anhui, "本年收入合计199.52万元", "本年收入合计199.25万元", "FA3001", null)]
    [InlineData(Anhui, "工资福利支出116.08万元，占60.28%", "工资福利支出161.08万元，占60.28%", "FA3002", null)]
    [InlineData(Hunan, "\t\t06\t政务公开审批\t175.74\t175.74", "\t\t06\t政务公开审批\t175.74\t175.84", "FA1006", null)]
    [InlineData(Hunan, "财政拨款收入199.52万元，占100.00%", "财政拨款收入199.52万元，占97.12%", "FA3002", null)]
    [InlineData(Hunan, "支出决算为0.01万元，完成年初预算的3.13%", "支出决算为0.01万元，完成年初预算的31.3%", "FA3004", null)]
    [InlineData(Hunan, "一般公共服务支出176.99万元，占91.90%", "一般公共服务支出176.99万元，占91.09%", "FA3002", null)]
    [InlineData(Hunan, "故部门公开表8为空表。", "故部门公开表8为空表。（本部分由各单位根据实际情况填写）", "FA3016", null)]
    [InlineData(Hunan, "\t\t01\t行政单位医疗\t4.94\t4.94\t0.00\n", "\t\t01\t行政单位医疗\t4.94\t4.49\t0.00\n", "FA1006", null)]
    public void A_planted_error_gives_one_finding_of_its_rule_at_its_place(string name, string right, string wrong, string rule, string? place) =>
        AssertPlantFoundOnce(name, right, wrong, rule, place);
}
