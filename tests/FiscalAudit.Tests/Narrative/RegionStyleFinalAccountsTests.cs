using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Five whole 部门决算 with seed 002's figures in layouts of regions the checker had not seen: a Shanghai district (第一部分 概况,
/// tables titled “2020年度…表” under “编制单位：… 单位：万元”, 表七 printed last, 名词解释), a Beijing district (“部门决算公开表” 表一…表九,
/// tables in 元 whose figures add up exactly and round to the 万元 of the 情况说明), a Chongqing 街道办事处 (情况说明 first, the tables
/// after it as 附表1…附表9 each on a line of its own, empty tables closed by “（…本表无数据）”), a Guangdong district (公开01表 over each
/// title, 功能分类 codes in 类 | 款 | 项 columns) and a Jiangsu county (表七 printed turned: 项目 | 上年决算数 | 本年预算数 | 本年决算数,
/// “原因分析：” after each change). The right text gives no finding; each planted error gives one finding of its rule at its place.
/// </summary>
public class RegionStyleFinalAccountsTests
{
    private const string Shanghai = "shanghai-district-data-bureau.txt";

    private const string Beijing = "beijing-district-service-bureau.txt";

    private const string Chongqing = "chongqing-subdistrict-office.txt";

    private const string Guangdong = "guangdong-district-data-bureau.txt";

    private const string Jiangsu = "jiangsu-county-service-office.txt";

    [Theory]
    [InlineData(Shanghai)]
    [InlineData(Beijing)]
    [InlineData(Chongqing)]
    [InlineData(Guangdong)]
    [InlineData(Jiangsu)]
    public void The_right_text_reads_the_nine_tables_and_gives_no_finding(string name) => AssertNineTablesAndNoFinding(name);

    [Theory]
    [InlineData(Shanghai, "卫生健康支出4.95万元，占2.57%", "卫生健康支出4.95万元，占2.75%", "FA3002", null)]
    [InlineData(Shanghai, "比上年增加37.48万元，增长100.32%", "比上年增加（减少）37.48万元，增长（下降）100.32%", "FA3016", null)]
    [InlineData(Shanghai, "人员经费117.74万元，占61.14%", "人员经费117.74万元，占61.41%", "FA3002", null)]
    [InlineData(Shanghai, "各减少29.46万元，下降12.60%", "各减少29.46万元，下降13.60%", "FA3003", null)]
    [InlineData(Shanghai, "30201\t办公费\t7.82", "30201\t办公费\t8.82", "FA1006", "302\t商品和服务支出\t72.42")]
    [InlineData(Shanghai, "支出决算为4.94万元", "支出决算为4.49万元", "FA3001", null)]
    [InlineData(Shanghai, "2101101\t行政单位医疗\t5.24\t5.24\t0.00", "2101101\t行政单位医疗\t5.34\t5.24\t0.00", "FA1005", null)]
    [InlineData(Shanghai, "故《2020年度政府性基金预算财政拨款收入支出决算表》为空表。", "故《2020年度政府性基金预算财政拨款收入支出决算表》为空表。（如无此项支出，请说明并保留空表）", "FA3016", null)]
    [InlineData(Beijing, "<b>本年支出合计</b>\t58\t1,925,800.00", "<b>本年支出合计</b>\t58\t1,925,801.00", "FA1002", null)]
    [InlineData(Beijing, "30201\t办公费\t78,200.00", "30201\t办公费\t78,201.00", "FA1006", "302\t商品和服务支出\t724,200.00")]
    [InlineData(Beijing, "公用经费74.84万元，占38.86%", "公用经费74.84万元，占36.86%", "FA3002", null)]
    [InlineData(Beijing, "支出决算为10.17万元，完成年初预算的86.55%", "支出决算为10.17万元，完成年初预算的85.66%", "FA3004", null)]
    [InlineData(Beijing, "比上年增加37.48万元", "比上年增加（减少）37.48万元", "FA3016", null)]
    [InlineData(Beijing, "本年收入合计199.52万元", "本年收入合计199.25万元", "FA3001", null)]
    [InlineData(Beijing, "其中：机要通信用车1辆，其他用车1辆", "其中：机要通信用车1辆，其他用车2辆", "FA3005", null)]
    [InlineData(Beijing, "故表八为空表。", "故表八为空表。（若无此项支出，需在此说明并保留表格）", "FA3016", null)]
    [InlineData(Chongqing, "<b>总 计</b>\t<b>32</b>\t<b>204.29</b>", "<b>总 计</b>\t<b>32</b>\t<b>204.39</b>", "FA1003", null)]
    [InlineData(Chongqing, "社会保障和就业支出10.65万元，占5.53%", "社会保障和就业支出10.65万元，占5.35%", "FA3002", null)]
    [InlineData(Chongqing, "各减少29.21万元，下降12.51%", "各增加29.21万元，增长12.51%", "FA3003", null)]
    [InlineData(Chongqing, "支出年初预算为231.81万元", "支出年初预算为213.81万元", "FA3004", null)]
    [InlineData(Chongqing, "故附表9为空表。", "故附表9为空表。（本部分由各单位根据实际情况填写，没有的应说明原因）", "FA3016", null)]
    [InlineData(Chongqing, "组织对2020年度8个项目", "组织对2020年度XX个项目", "FA3011", null)]
    [InlineData(Chongqing, "占政府采购支出总额的74.38%", "占政府采购支出总额的47.38%", "FA3002", null)]
    [InlineData(Chongqing, "30226\t劳务费\t42.83", "30226\t劳务费\t43.83", "FA1006", "302\t商品和服务支出\t72.42")]
    [InlineData(Guangdong, "201\t03\t06\t政务公开审批\t175.74\t175.74", "201\t03\t06\t政务公开审批\t175.74\t175.84", "FA1006", null)]
    [InlineData(Guangdong, "财政拨款收入199.52万元，占100.00%", "财政拨款收入199.52万元，占97.12%", "FA3002", null)]
    [InlineData(Guangdong, "减少36.08万元，下降15.78%", "减少36.08万元，下降17.78%", "FA3003", null)]
    [InlineData(Guangdong, "支出决算为0.01万元，完成年初预算的3.13%", "支出决算为0.01万元，完成年初预算的31.3%", "FA3004", null)]
    [InlineData(Guangdong, "一般公共服务支出176.99万元，占91.90%", "一般公共服务支出176.99万元，占91.09%", "FA3002", null)]
    [InlineData(Guangdong, "减少36.08万元", "增加（减少）36.08万元", "FA3016", null)]
    [InlineData(Jiangsu, "3.公务接待费\t0.25\t0.30\t0.00", "3.公务接待费\t0.25\t0.30\t0.10", "FA1010", "合计\t0.25\t0.30\t0.00")]
    [InlineData(Jiangsu, "合计\t0.25\t0.30\t0.00", "合计\t0.35\t0.30\t0.00", "FA1010", null)]
    [InlineData(Jiangsu, "完成年初预算的88.50%。原因分析", "完成年初预算的85.50%。原因分析", "FA3004", null)]
    [InlineData(Jiangsu, "下降12.51%。原因分析：人员减少，厉行节约。", "下降12.51%。原因分析：人员减少，厉行节约。（请对增减变化原因进行简要分析）", "FA3016", null)]
    [InlineData(Jiangsu, "人员经费117.74万元，占61.14%", "人员经费117.47万元，占61.14%", "FA3001", null)]
    [InlineData(Jiangsu, "比上年增加37.48万元，增长100.32%", "比上年增加37.48万元，增长（下降）100.32%", "FA3016", null)]
    public void A_planted_error_gives_one_finding_of_its_rule_at_its_place(string name, string right, string wrong, string rule, string? place) =>
        AssertPlantFoundOnce(name, right, wrong, rule, place);
}
