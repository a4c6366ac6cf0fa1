using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Five more whole 部门决算 with seed 002's figures in layouts of provinces the other fixtures do not cover: a Shanxi county (every title
/// numbered twice, “表七 表7一般公共预算财政拨款“三公”经费支出决算表”, and a none printed as a blank in the 收支总表s, so 表一's
/// 使用非财政拨款结余 is a blank to be read as 0), an Inner Mongolia banner (旗, 苏木 and 嘎查 in the text, a Mongolian line above each
/// Chinese title, read with it as one paragraph or standing apart), a Heilongjiang forest district (amounts in 元 with thousands
/// separators, “表1” on a line of its own above each title), a Xinjiang 兵团 division (titles led by the division's city and year under
/// “附表1”, the unit on a line of its own, function codes split into 类 | 款 | 项 parts “201 | 03 | 06”) and a Tibet district's short
/// document (表八 and 表九 printed as their title and the sentence that they have no data, with no grid, and no “注：本表反映” lines).
/// The right text reads the nine tables and gives no finding; each planted error gives one finding of its rule at its place.
/// </summary>
public class FrontierProvinceFinalAccountsTests
{
    private const string Shanxi = "shanxi-county-approval-bureau.txt";

    private const string InnerMongolia = "inner-mongolia-banner-service-bureau.txt";

    private const string Heilongjiang = "heilongjiang-forest-district-approval-bureau.txt";

    private const string Xinjiang = "xinjiang-division-approval-bureau.txt";

    private const string Tibet = "tibet-district-service-centre.txt";

    [Theory]
    [InlineData(Shanxi)]
    [InlineData(InnerMongolia)]
    [InlineData(Heilongjiang)]
    [InlineData(Xinjiang)]
    [InlineData(Tibet)]
    public void The_right_text_reads_the_nine_tables_and_gives_no_finding(string name) => AssertNineTablesAndNoFinding(name);

    /// <summary>Titles are read without the numbers printed before them (twice in 山西) and without the Mongolian line read with them.</summary>
    [Theory]
    [InlineData(Shanxi, "T7", "一般公共预算财政拨款三公经费支出决算表")]
    [InlineData(Shanxi, "T1", "收入支出决算总表")]
    [InlineData(InnerMongolia, "T1", "收入支出决算总表")]
    [InlineData(InnerMongolia, "T8", "政府性基金预算财政拨款收入支出决算表")]
    [InlineData(Xinjiang, "T5", "第四师可克达拉市行政审批服务局2020年度一般公共预算财政拨款支出决算表")]
    public void A_title_is_the_table_name_without_its_numbers_or_another_script(string name, string id, string title) =>
        Assert.Equal(title, NarrativeTestKit.FromText(Text(name)).Table(id)!.Title);

    /// <summary>表八 and 表九 stated empty under their titles, with no grid: there, empty, with their note.</summary>
    [Theory]
    [InlineData("T8")]
    [InlineData("T9")]
    public void A_table_stated_empty_under_its_title_is_there_with_its_note(string id)
    {
        var table = NarrativeTestKit.FromText(Text(Tibet)).Table(id)!;
        Assert.Empty(table.Rows);
        Assert.Contains("本表无数据", table.NoDataNote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Shanxi, "年初结转和结余\t29\t4.77", "年初结转和结余\t29\t3.77", "FA1003", null)]
    [InlineData(Shanxi, "0.30\t0.00\t0.00\t0.00\t0.00\t0.30\t0.00", "0.20\t0.00\t0.00\t0.00\t0.00\t0.30\t0.00", "FA1010", null)]
    [InlineData(Shanxi, "社会保障和就业（类）支出10.65万元，占5.53%", "社会保障和就业（类）支出10.65万元，占5.35%", "FA3002", null)]
    [InlineData(Shanxi, "30201\t办公费\t7.82", "30201\t办公费\t8.72", "FA1006", "301\t工资福利支出\t116.08")]
    [InlineData(Shanxi, "完成年初预算的88.50%", "完成年初预算的85.80%", "FA3004", null)]
    [InlineData(Shanxi, "本年收入合计\t27\t199.52\t本年支出合计\t58", "本年收入合计\t27\t199.25\t本年支出合计\t58", "FA1001", null)]
    [InlineData(Shanxi, "主要原因是人员调出和退休", "主要原因是XXXXXX", "FA3011", null)]
    [InlineData(Shanxi, "2101101\t行政单位医疗\t4.94\t4.94\t\t\t\t\n", "2101101\t行政单位医疗\t4.94\t4.49\t\t\t\t\n", "FA1006", null)]
    [InlineData(InnerMongolia, "总计\t31\t204.29\t总计\t62\t204.29", "总计\t31\t204.29\t总计\t62\t204.39", "FA1003", null)]
    [InlineData(InnerMongolia, "2080505\t机关事业单位基本养老保险缴费支出\t11.75\t11.75", "2080505\t机关事业单位基本养老保险缴费支出\t11.75\t11.57", "FA1006", null)]
    [InlineData(InnerMongolia, "0.30\t0.00\t0.00\t0.00\t0.00\t0.30\t0.00", "0.30\t0.00\t0.00\t0.00\t0.00\t0.20\t0.00", "FA1010", null)]
    [InlineData(InnerMongolia, "30239\t其他交通费用\t7.86", "30239\t其他交通费用\t6.86", "FA1006", "301\t工资福利支出\t116.08")]
    [InlineData(InnerMongolia, "机关运行经费支出74.84万元", "机关运行经费支出78.84万元", "FA3003", null)]
    [InlineData(InnerMongolia, "一般公共预算财政拨款支出192.58万元，占本年支出合计的100.00%", "一般公共预算财政拨款支出192.58万元，占本年支出合计的99.00%", "FA3002", null)]
    [InlineData(InnerMongolia, "人员经费合计\t\t117.74", "人员经费合计\t\t171.74", "FA1009", null)]
    // 表八 printed empty without its note: the finding is at its Chinese title, not at the Mongolian line above it.
    [InlineData(InnerMongolia, "注：科尔沁右翼前旗政务服务局2020年度无政府性基金预算财政拨款收入支出，故本表为空表。\n", "", "FA5002", "政府性基金预算财政拨款收入支出决算表")]
    [InlineData(Heilongjiang, "年初结转和结余\t29\t47,700.00", "年初结转和结余\t29\t37,700.00", "FA1003", null)]
    [InlineData(Heilongjiang, "2101101\t行政单位医疗\t52,412.50\t52,412.50", "2101101\t行政单位医疗\t52,412.50\t52,421.50", "FA1006", null)]
    [InlineData(Heilongjiang, "社会保障和就业（类）支出10.65万元，占5.53%", "社会保障和就业（类）支出10.65万元，占5.35%", "FA3002", null)]
    [InlineData(Heilongjiang, "30226\t劳务费\t428,300.00", "30226\t劳务费\t482,300.00", "FA1006", "301\t工资福利支出\t1,160,800.00")]
    [InlineData(Heilongjiang, "3,000.00\t\t\t\t\t3,000.00", "3,000.00\t\t\t\t\t2,000.00", "FA1010", null)]
    [InlineData(Heilongjiang, "完成年初预算的94.27%", "完成年初预算的92.47%", "FA3004", null)]
    [InlineData(Heilongjiang, "总计\t31\t2,042,900.00\t总计", "总计\t31\t2,043,900.00\t总计", "FA1003", null)]
    [InlineData(Xinjiang, "201\t03\t06\t政务公开审批\t176.99\t176.99\t0.00\t0.00\t0.00\t0.00", "201\t03\t06\t政务公开审批\t167.99\t167.99\t0.00\t0.00\t0.00\t0.00", "FA1006", null)]
    [InlineData(Xinjiang, "卫生健康（类）支出4.95万元，占2.57%", "卫生健康（类）支出4.95万元，占2.75%", "FA3002", null)]
    [InlineData(Xinjiang, "208\t05\t99\t其他行政事业单位养老支出\t0.48\t0.48\t0.00\t0.00\t0.00\t0.00\t0.00", "208\t05\t99\t其他行政事业单位养老支出\t0.48\t0.84\t0.00\t0.00\t0.00\t0.00\t0.00", "FA1006", null)]
    [InlineData(Xinjiang, "下降15.78%", "下降17.58%", "FA3003", null)]
    [InlineData(Xinjiang, "30108\t机关事业单位基本养老保险缴费\t10.17", "30108\t机关事业单位基本养老保险缴费\t10.71", "FA1006", "301\t工资福利支出\t116.08")]
    [InlineData(Xinjiang, "注：本部门2020年度无国有资本经营预算财政拨款支出，故本表无数据。\n", "", "FA5002", "2020年度国有资本经营预算财政拨款支出决算表")]
    [InlineData(Xinjiang, "本年支出合计\t58\t192.58", "本年支出合计\t58\t192.85", "FA1002", null)]
    [InlineData(Tibet, "总计\t31\t204.29\t总计\t62\t204.29", "总计\t31\t204.92\t总计\t62\t204.29", "FA1003", null)]
    [InlineData(Tibet, "一、一般公共预算财政拨款\t1\t199.52\t一、一般公共服务支出\t33\t176.99\t176.99", "一、一般公共预算财政拨款\t1\t199.52\t一、一般公共服务支出\t33\t176.99\t177.99", "FA2004", null)]
    [InlineData(Tibet, "30302\t退休费\t1.66", "30302\t退休费\t1.86", "FA1006", "303\t对个人和家庭的补助\t1.66")]
    [InlineData(Tibet, "占政府采购支出总额的100.00%", "占政府采购支出总额的10.00%", "FA3002", null)]
    [InlineData(Tibet, "本单位2020年度无政府性基金预算财政拨款收入、支出及结转和结余，故本表无数据，不单独列示。\n", "\n", "FA5001", "表九　国有资本经营预算财政拨款支出决算表")]
    [InlineData(Tibet, "2101101\t行政单位医疗\t4.94\t4.94\t0.00\n2101102", "2101101\t行政单位医疗\t4.94\t4.94\t0.10\n2101102", "FA2008", null)]
    [InlineData(Tibet, "年初预算为5.24万元，支出决算为4.94万元，完成年初预算的94.27%", "年初预算为5.24万元，支出决算为4.94万元，完成年初预算的92.47%", "FA3004", null)]
    public void A_planted_error_gives_one_finding_of_its_rule_at_its_place(string name, string right, string wrong, string rule, string? place) =>
        AssertPlantFoundOnce(name, right, wrong, rule, place);
}
