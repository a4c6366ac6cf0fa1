using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Seven more whole 部门决算 with seed 002's figures in layouts of provinces the other fixtures do not cover: a Hebei county (amounts
/// in 元 with cents, 栏次 rows, a none printed as a blank cell, “公开0N表” at the end of the title's line), a Tianjin district (“部门：…
/// 单位：万元” as the first row of every grid, 表三's 类 rows printing only their 本年支出合计, columns an office never has printed “—”), a
/// Jiangxi district (表七 printed as 项目 | 预算数 | 决算数 with 机关运行经费 and the counts of vehicles and receptions under the money rows), a
/// Ningxia township (titles led by the township's name, 0 printed “0”, “本单位无政府性基金收支，故本表为空表。” as the grid's last row), a Jilin
/// district (功能分类 in 类 | 款 | 项 columns, each code whole in the column of its level, 表二's 款 rows and 表五's 合计 printing their total
/// only, 表三 cut by a page with its header printed again under “续表” and a 项's name wrapped onto the next page, 表五 cut inside a 项's
/// row: its 合计 over the page, its 基本支出 under the header printed again), a Hainan city (“公开表N” under each title, a none printed “—”
/// everywhere, 表九 as 国有资本经营预算财政拨款收入支出决算表 with its no-data note between the title and the grid) and a Henan county (the older names
/// 部门收支决算总表 … 国有资本经营预算支出决算表 after “表一”…“表九”). The right text reads the nine tables and gives no finding — blank cells that only
/// head rows printed below are not zeros; each planted error gives one finding of its rule at its place.
/// </summary>
public class SevenMoreProvinceFinalAccountsTests
{
    private const string Hebei = "hebei-county-approval-bureau.txt";

    private const string Tianjin = "tianjin-district-service-office.txt";

    private const string Jiangxi = "jiangxi-district-approval-bureau.txt";

    private const string Ningxia = "ningxia-township-government.txt";

    private const string Jilin = "jilin-district-service-bureau.txt";

    private const string Hainan = "hainan-city-approval-bureau.txt";

    private const string Henan = "henan-county-service-bureau.txt";

    [Theory]
    [InlineData(Hebei)]
    [InlineData(Tianjin)]
    [InlineData(Jiangxi)]
    [InlineData(Ningxia)]
    [InlineData(Jilin)]
    [InlineData(Hainan)]
    [InlineData(Henan)]
    public void The_right_text_reads_the_nine_tables_and_gives_no_finding(string name) => AssertNineTablesAndNoFinding(name);

    [Theory]
    [InlineData(Hebei, "总计\t31\t2042900.00\t总计", "总计\t31\t2043900.00\t总计", "FA1003", null)]
    [InlineData(Hebei, "2101101\t行政单位医疗\t52412.50\t52412.50", "2101101\t行政单位医疗\t52412.50\t52421.50", "FA1006", null)]
    [InlineData(Hebei, "2080599\t其他行政事业单位养老支出\t4800.00\t4800.00\t\t\t\t\t\n210", "2080599\t其他行政事业单位养老支出\t4800.00\t4800.00\t\t\t\t\t48.00\n210", "FA1006", null)]
    [InlineData(Hebei, "社会保障和就业（类）支出10.65万元，占5.53%", "社会保障和就业（类）支出10.65万元，占5.35%", "FA3002", null)]
    [InlineData(Hebei, "30226\t劳务费\t428300.00", "30226\t劳务费\t482300.00", "FA1006", "301\t工资福利支出\t1160800.00")]
    [InlineData(Hebei, "3000.00\t\t\t\t\t3000.00", "3000.00\t\t\t\t\t2000.00", "FA1010", null)]
    [InlineData(Hebei, "编制部门：赞皇县行政审批局\t\t\t\t单位：元\n\n人员经费\t\t\t公用经费\t\t\t\t\t", "编制部门：元氏县行政审批局\t\t\t\t单位：元\n\n人员经费\t\t\t公用经费\t\t\t\t\t", "FA3014", null)]
    [InlineData(Hebei, "完成年初预算的94.27%", "完成年初预算的92.47%", "FA3004", null)]
    // 表一 prints its nones as blanks (使用非财政拨款结余 blank): its 总计 is checked in full and finds the 年初结转和结余 that 表四's part exceeds.
    [InlineData(Hebei, "年初结转和结余\t29\t47700.00", "年初结转和结余\t29\t37700.00", "FA1003", null)]
    [InlineData(Tianjin, "20103\t政府办公厅（室）及相关机构事务\t176.99\t176.99\t\t—", "20103\t政府办公厅（室）及相关机构事务\t176.99\t167.99\t\t—", "FA1006", null)]
    [InlineData(Tianjin, "210\t卫生健康支出\t4.95\t\t", "210\t卫生健康支出\t5.95\t\t", "FA1006", null)]
    [InlineData(Tianjin, "2101101\t行政单位医疗\t4.94\t4.94\t\n2101102", "2101101\t行政单位医疗\t4.94\t4.49\t\n2101102", "FA1006", null)]
    [InlineData(Tianjin, "一般公共服务（类）支出176.99万元，占91.90%", "一般公共服务（类）支出176.99万元，占91.09%", "FA3002", null)]
    [InlineData(Tianjin, "各减少29.46万元，下降12.60%", "各减少29.46万元，下降12.06%", "FA3003", null)]
    [InlineData(Tianjin, "部门：天津市河西区政务服务办公室\t\t\t\t\t\t\t\t单位：万元\n人员经费\t\t\t公用经费\t\t\t\t\t", "部门：天津市南开区政务服务办公室\t\t\t\t\t\t\t\t单位：万元\n人员经费\t\t\t公用经费\t\t\t\t\t", "FA3014", null)]
    [InlineData(Tianjin, "公用经费合计\t\t74.84", "公用经费合计\t\t74.48", "FA1009", null)]
    [InlineData(Tianjin, "0.30\t\t\t\t\t0.30", "0.30\t\t\t\t\t0.20", "FA1010", null)]
    [InlineData(Jiangxi, "3.公务接待费\t0.30\t0.00", "3.公务接待费\t0.20\t0.00", "FA1010", "合计\t0.30\t0.00")]
    [InlineData(Jiangxi, "30201\t办公费\t7.82", "30201\t办公费\t8.72", "FA1006", "301\t工资福利支出\t116.08")]
    [InlineData(Jiangxi, "卫生健康（类）支出4.95万元，占2.57%", "卫生健康（类）支出4.95万元，占2.75%", "FA3002", null)]
    [InlineData(Jiangxi, "年初预算为11.75万元，支出决算为10.17万元，完成年初预算的86.55%", "年初预算为11.75万元，支出决算为10.17万元，完成年初预算的85.66%", "FA3004", null)]
    [InlineData(Jiangxi, "本年收入合计\t27\t199.52\t本年支出合计\t58", "本年收入合计\t27\t199.25\t本年支出合计\t58", "FA1001", null)]
    [InlineData(Jiangxi, "主要原因是人员调出和退休", "主要原因是XXXXXX", "FA3011", null)]
    [InlineData(Jiangxi, "单位名称：萍乡市湘东区行政审批局\t\t\t\t金额单位：万元\n\n人员经费\t\t\t公用经费\t\t\t\t\t", "单位名称：萍乡市安源区行政审批局\t\t\t\t金额单位：万元\n\n人员经费\t\t\t公用经费\t\t\t\t\t", "FA3014", null)]
    [InlineData(Jiangxi, "本单位2020年度无政府性基金预算财政拨款收入支出，此表为空。\n", "", "FA5002", "表8\t政府性基金预算财政拨款收入支出决算表")]
    [InlineData(Ningxia, "总计\t31\t204.29\t总计\t62\t204.29", "总计\t31\t204.29\t总计\t62\t204.39", "FA1003", null)]
    [InlineData(Ningxia, "2080505\t机关事业单位基本养老保险缴费支出\t11.75\t11.75", "2080505\t机关事业单位基本养老保险缴费支出\t11.75\t11.57", "FA1006", null)]
    [InlineData(Ningxia, "本单位无政府性基金收支，故本表为空表。", "", "FA5002", "银川市兴庆区掌政镇人民政府2020年度政府性基金预算财政拨款收入支出决算表")]
    [InlineData(Ningxia, "一般公共预算财政拨款支出192.58万元，占本年支出合计的100.00%", "一般公共预算财政拨款支出192.58万元，占本年支出合计的99.00%", "FA3002", null)]
    [InlineData(Ningxia, "30239\t其他交通费用\t7.86", "30239\t其他交通费用\t6.86", "FA1006", "301\t工资福利支出\t116.08")]
    [InlineData(Ningxia, "机关运行经费支出74.84万元", "机关运行经费支出78.84万元", "FA3003", null)]
    [InlineData(Ningxia, "银川市兴庆区掌政镇人民政府2020年度一般公共预算财政拨款基本支出决算表", "银川市兴庆区通贵乡人民政府2020年度一般公共预算财政拨款基本支出决算表", "FA3014", null)]
    [InlineData(Ningxia, "本单位组织对2020年度8个项目开展了绩效自评", "本单位组织对2020年度XX个项目开展了绩效自评", "FA3011", null)]
    [InlineData(Jilin, "\t\t2080599\t其他行政事业单位养老支出\t0.48\t0.48\t\t\t\t\t\n210\t\t\t卫生健康支出\t5.56", "\t\t2080599\t其他行政事业单位养老支出\t0.48\t0.84\t\t\t\t\t\n210\t\t\t卫生健康支出\t5.56", "FA1005", null)]
    [InlineData(Jilin, "\t\t2010306\t政务公开审批\t176.99\t176.99\t\n", "\t\t2010306\t政务公开审批\t176.99\t176.99\t1.00\n", "FA2008", null)]
    [InlineData(Jilin, "\t\t2101102\t事业单位医疗\t0.01\t0.01\t\t\t\t\n", "\t\t2101102\t事业单位医疗\t0.01\t0.10\t\t\t\t\n", "FA1006", null)]
    [InlineData(Jilin, "\t\t\t\t\t10.17\t\n", "\t\t\t\t\t10.71\t\n", "FA2008", null)]
    [InlineData(Jilin, "\t\t2080505\t机关事业单位基本养老保险缴费支出\t10.17\t\t\n", "\t\t2080505\t机关事业单位基本养老保险缴费支出\t10.71\t\t\n", "FA1005", null)]
    [InlineData(Jilin, "年末结转和结余\t60\t11.71", "年末结转和结余\t60\t11.17", "FA1003", null)]
    [InlineData(Jilin, "下降15.78%", "下降17.58%", "FA3003", null)]
    [InlineData(Jilin, "部门：长春市朝阳区政务服务和数字化建设管理局\t\t\t\t\t单位：万元\n\n人员经费\t\t\t公用经费\t\t\t\t\t", "部门：长春市南关区政务服务和数字化建设管理局\t\t\t\t\t单位：万元\n\n人员经费\t\t\t公用经费\t\t\t\t\t", "FA3014", null)]
    [InlineData(Jilin, "本部门2020年度无国有资本经营预算财政拨款支出，本表无数据。\n", "", "FA5002", "国有资本经营预算财政拨款支出决算表")]
    [InlineData(Hainan, "2010306\t政务公开审批\t176.99\t176.99\t—\t—\t—\t—", "2010306\t政务公开审批\t176.99\t176.99\t1.00\t—\t—\t—", "FA1006", null)]
    [InlineData(Hainan, "2080599\t其他行政事业单位养老支出\t0.48\t0.48\t—\t—\t—\t—\t—", "2080599\t其他行政事业单位养老支出\t0.48\t0.84\t—\t—\t—\t—\t—", "FA1006", null)]
    [InlineData(Hainan, "（本部门2020年度无国有资本经营预算财政拨款收入、支出，故本表无数据。）", "", "FA5002", "2020年度国有资本经营预算财政拨款收入支出决算表")]
    [InlineData(Hainan, "30108\t机关事业单位基本养老保险缴费\t10.17", "30108\t机关事业单位基本养老保险缴费\t10.71", "FA1006", "301\t工资福利支出\t116.08")]
    [InlineData(Hainan, "人员经费合计\t\t117.74", "人员经费合计\t\t171.74", "FA1009", null)]
    [InlineData(Hainan, "与2019年度相比，财政拨款收、支总计各减少29.21万元，下降12.51%", "与2019年度相比，财政拨款收、支总计各减少29.21万元，下降15.21%", "FA3003", null)]
    [InlineData(Hainan, "0.30\t—\t—\t—\t—\t0.30", "0.30\t—\t—\t—\t—\t0.03", "FA1010", null)]
    [InlineData(Hainan, "编制单位：琼海市行政审批服务局\t\t\t\t单位：万元\n\n收入\t\t\t支出\t\t\t\t\t", "编制单位：琼海市嘉积镇人民政府\t\t\t\t单位：万元\n\n收入\t\t\t支出\t\t\t\t\t", "FA3014", null)]
    [InlineData(Henan, "总计\t31\t204.29\t总计\t62\t204.29", "总计\t31\t204.92\t总计\t62\t204.29", "FA1003", null)]
    [InlineData(Henan, "一、一般公共预算财政拨款\t1\t199.52\t一、一般公共服务支出\t33\t176.99\t176.99", "一、一般公共预算财政拨款\t1\t199.52\t一、一般公共服务支出\t33\t176.99\t177.99", "FA2004", null)]
    [InlineData(Henan, "2101101\t行政单位医疗\t4.94\t4.94\t0.00\n2101102", "2101101\t行政单位医疗\t4.94\t4.94\t0.10\n2101102", "FA2008", null)]
    [InlineData(Henan, "30302\t退休费\t1.66", "30302\t退休费\t1.86", "FA1006", "303\t对个人和家庭的补助\t1.66")]
    [InlineData(Henan, "占政府采购支出总额的100.00%", "占政府采购支出总额的10.00%", "FA3002", null)]
    [InlineData(Henan, "说明：本部门2020年度无政府性基金预算支出，故本表为空表。\n", "", "FA5002", "表八　政府性基金预算支出决算表")]
    [InlineData(Henan, "单位名称：滑县行政审批服务局\t\t\t\t单位：万元\n\n预算数\t\t\t\t\t\t决算数\t\t\t\t\t", "单位名称：浚县行政审批服务局\t\t\t\t单位：万元\n\n预算数\t\t\t\t\t\t决算数\t\t\t\t\t", "FA3014", null)]
    public void A_planted_error_gives_one_finding_of_its_rule_at_its_place(string name, string right, string wrong, string rule, string? place) =>
        AssertPlantFoundOnce(name, right, wrong, rule, place);

    /// <summary>The 河北 表一 年初结转和结余 mistyped: one finding at 表一's cell naming 表一's 总计 and 表四's 年初财政拨款结转和结余 as its evidence.</summary>
    [Fact]
    public void A_mistyped_opening_balance_of_table_one_names_both_checks_that_find_it()
    {
        var text = Text(Hebei);
        var finding = Assert.Single(Check(text.Replace("年初结转和结余\t29\t47700.00", "年初结转和结余\t29\t37700.00", StringComparison.Ordinal)));
        Assert.Equal(("FA1003", "T1"), (finding.RuleId, finding.Location.Table));
        Assert.Contains("表一“总计”行", finding.Message, StringComparison.Ordinal);
        Assert.Contains("表四“年初财政拨款结转和结余”行 47700.00", finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.RelatedLocations, l => l.Table == "T4");
    }
}
