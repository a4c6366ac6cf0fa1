using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Red team of four provinces' 情况说明, each restating seed 002's tables (Narrative/FinalAccounts) in a style the other fixtures do not
/// cover: a Henan county (支出决算结构 as a paragraph of its own, “基本支出X万元，占Y%；项目支出…”, whose whole stands in the paragraph
/// before; two 项 explained in one sentence after “其中：”, each with its 决算数大于/小于 words), a Hebei district (every amount of the
/// text in 元 with cents while the tables print 万元; headings run in with their text), a Jiangxi district (the “三公” paragraph
/// with 团组/人次, vehicles bought and held and receptions, 机关运行经费 printed in the turned 表七) and a Gansu district (机关运行经费 with
/// its change, the reasons “主要原因是：一是…；二是…” and what it was spent on, “机关运行经费主要用于：办公费…”, in a sentence of its own). The right text gives no finding; each planted error gives
/// one finding of its rule at its line.
/// </summary>
public class FourProvinceNarrativeRedTeamTests
{
    private const string Henan = "henan-county-structure-centre.txt";

    private const string Hebei = "hebei-district-yuan-text-centre.txt";

    private const string Jiangxi = "jiangxi-district-three-public-bureau.txt";

    private const string Gansu = "gansu-district-operating-cost-centre.txt";

    [Theory]
    [InlineData(Henan)]
    [InlineData(Hebei)]
    [InlineData(Jiangxi)]
    [InlineData(Gansu)]
    public void The_right_text_reads_the_nine_tables_and_gives_no_finding(string name) => AssertNineTablesAndNoFinding(name);

    [Theory]
    [InlineData(Henan, "基本支出192.58万元，占92.77%；项目支出", "基本支出192.58万元，占92.27%；项目支出", "FA3002")]
    [InlineData(Henan, "各增加14.99万元，增长7.34%，主要原因是新增城市建设项目，", "各增加14.99万元，增长7.43%，主要原因是新增城市建设项目，", "FA3003")]
    [InlineData(Henan, "社会保障和就业（类）支出10.65万元，占5.53%", "社会保障和就业（类）支出10.65万元，占5.35%", "FA3002")]
    [InlineData(Henan, "完成年初预算的96.29%", "完成年初预算的96.92%", "FA3004")]
    [InlineData(Henan, "决算数大于年初预算数的主要原因是年中追加", "决算数小于年初预算数的主要原因是年中追加", "FA3013")]
    [InlineData(Hebei, "说明：2020年度收、支总计均为2,192,900.00元。", "说明：2020年度收、支总计均为2,129,900.00元。", "FA3001")]
    [InlineData(Hebei, "基本支出1,925,812.34元，占92.77%；", "基本支出1,925,812.34元，占97.27%；", "FA3002")]
    [InlineData(Hebei, "完成年初预算的88.50%", "完成年初预算的88.05%", "FA3004")]
    [InlineData(Hebei, "支出决算为101,700.00元", "支出决算为107,100.00元", "FA3001")]
    [InlineData(Hebei, "本部门共有车辆2辆，其中", "本部门共有车辆3辆，其中", "FA3005")]
    [InlineData(Jiangxi, "支出决算为0万元，完成预算的0%，全年国内公务接待", "支出决算为0万元，完成预算的100%，全年国内公务接待", "FA3004")]
    [InlineData(Jiangxi, "增长100.32%", "增长103.32%", "FA3003")]
    [InlineData(Jiangxi, "全年安排因公出国（境）团组0个", "全年安排因公出国（境）团组XX个", "FA3011")]
    [InlineData(Jiangxi, "机要通信用车1辆，其他用车1辆", "机要通信用车1辆，其他用车2辆", "FA3005")]
    [InlineData(Gansu, "增长7.71%", "增长7.17%", "FA3003")]
    [InlineData(Gansu, "支出决算为176.99万元", "支出决算为179.96万元", "FA3001")]
    [InlineData(Gansu, "劳务费42.83万元，委托业务费", "劳务费48.23万元，委托业务费", "FA3005")]
    [InlineData(Gansu, "占基本支出的61.14%", "占基本支出的61.41%", "FA3002")]
    [InlineData(Gansu, "完成年初预算的86.55%", "完成年初预算的85.65%", "FA3004")]
    [InlineData(Gansu, "主要原因是：一是劳务派遣人员增加", "主要原因是：一是XX", "FA3011")]
    public void A_planted_error_in_the_text_gives_one_finding_of_its_rule_at_its_line(string name, string right, string wrong, string rule) =>
        AssertPlantFoundOnce(name, right, wrong, rule, null);

    [Fact]
    public void A_planted_error_in_the_turned_table_is_found_at_the_statement_it_contradicts() =>
        AssertPlantFoundOnce(Jiangxi, "机关运行经费\t—\t74.84", "机关运行经费\t—\t70.84", "FA3001", "机关运行经费支出74.84万元");
}
