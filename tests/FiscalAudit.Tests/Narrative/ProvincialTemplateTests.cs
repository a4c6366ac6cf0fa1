namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 8: 情况说明 in the templates of Beijing, Jiangsu, Shandong and Hubei (composed under Narrative/Regional):
/// “收入、支出决算总计…。与2024年度相比，收、支总计各增加…，增长…”, “收、支总计各…万元…减少…”, “财政拨款支出主要用于以下方面：…（类）支出…，
/// 占…”, “其中：基本支出…，占…；项目支出…，占…”, 机关运行经费 “比上年增加…，增长…”, “三公”经费 with its parts and their shares,
/// 政府采购 with 授予中小企业合同金额 and its share, 车辆 by kind, and 绩效自评 “开展了N个项目…涉及资金…，分别是：…”. The right text
/// gives no narrative finding; each planted error (a sum, a share, a growth rate, a count against the projects listed,
/// template residue) gives one finding, of its rule, on its line, with both numbers.
/// </summary>
public class ProvincialTemplateTests
{
    private const string Beijing = "beijing-culture-bureau.txt";

    private const string Jiangsu = "jiangsu-water-bureau.txt";

    private const string Shandong = "shandong-health-commission.txt";

    private const string Hubei = "hubei-agriculture-bureau.txt";

    [Theory]
    [InlineData(Beijing)]
    [InlineData(Jiangsu)]
    [InlineData(Shandong)]
    [InlineData(Hubei)]
    public void The_right_text_gives_no_narrative_finding(string name) =>
        Assert.Empty(RegionalPassages.Findings(name));
    [Theory]
    [InlineData(Beijing, "各增加440.00万元，增长8.12%", "各增加440.00万元，增长8.21%", "FA3003", "8.12%", "8.21%")]
    [InlineData(Beijing, "事业收入180.00万元，占3.21%", "事业收入180.00万元，占3.12%", "FA3002", "3.21%", "3.12%")]
    [InlineData(Beijing, "项目支出1,695.00万元，占30.00%", "项目支出1,695.00万元，占31.00%", "FA3002", "30.00%", "31.00%")]
    [InlineData(Beijing, "卫生健康（类）支出150.00万元，占2.79%", "卫生健康（类）支出150.00万元，占2.97%", "FA3002", "2.79%", "2.97%")]
    [InlineData(Beijing, "公用经费450.00万元。", "公用经费460.00万元。", "FA3005", "3,800.00", "3,810.00")]
    [InlineData(Beijing, "公务接待费6.00万元。", "公务接待费7.00万元。", "FA3005", "36.00", "37.00")]
    [InlineData(Beijing, "比上年增加30.00万元，增长7.14%", "比上年增加30.00万元，增长7.41%", "FA3003", "7.14%", "7.41%")]
    [InlineData(Beijing, "开展了3个项目", "开展了4个项目", "FA3018", "4", "3")]
    [InlineData(Beijing, "非物质文化遗产保护项目300.00万元", "非物质文化遗产保护项目310.00万元", "FA3005", "1,200.00", "1210.00")]
    [InlineData(Beijing, "一般公务用车2辆", "一般公务用车3辆", "FA3005", "5辆", "6")]
    [InlineData(Beijing, "比上年增加30.00万元", "比上年增加（减少）30.00万元", "FA3016", "", "增加（减少）")]
    [InlineData(Jiangsu, "收、支总计各减少160.00万元，减少4.71%", "收、支总计各减少160.00万元，减少4.17%", "FA3003", "4.71%", "4.17%")]
    [InlineData(Jiangsu, "其他收入60.00万元，占2.00%", "其他收入60.00万元，占2.20%", "FA3002", "2.00%", "2.20%")]
    [InlineData(Jiangsu, "农林水（类）支出2,520.00万元，占90.00%", "农林水（类）支出2,520.00万元，占80.00%", "FA3002", "90.00%", "80.00%")]
    [InlineData(Jiangsu, "减少120.00万元，减少4.11%", "减少120.00万元，减少4.01%", "FA3003", "4.11%", "4.01%")]
    [InlineData(Jiangsu, "公务接待费支出决算为4.00万元，占20.00%", "公务接待费支出决算为4.00万元，占25.00%", "FA3002", "20.00%", "25.00%")]
    [InlineData(Jiangsu, "比上年减少20.00万元，减少10.00%", "比上年减少20.00万元，减少11.00%", "FA3003", "10.00%", "11.00%")]
    [InlineData(Jiangsu, "政府采购服务支出200.00万元", "政府采购服务支出300.00万元", "FA3005", "1,500.00", "1,600.00")]
    [InlineData(Jiangsu, "合同金额900.00万元，占政府采购支出总额的60.00%", "合同金额900.00万元，占政府采购支出总额的66.00%", "FA3002", "60.00%", "66.00%")]
    [InlineData(Jiangsu, "特种专业技术用车2辆", "特种专业技术用车3辆", "FA3005", "4辆", "5")]
    [InlineData(Jiangsu, "开展了2个项目", "开展了3个项目", "FA3018", "3", "2")]
    [InlineData(Shandong, "各增加980.00万元，增长8.52%", "各增加980.00万元，增长8.25%", "FA3003", "8.52%", "8.25%")]
    [InlineData(Shandong, "事业收入960.00万元，占8.00%", "事业收入960.00万元，占9.00%", "FA3002", "8.00%", "9.00%")]
    [InlineData(Shandong, "基本支出4,840.00万元，占40.00%", "基本支出4,840.00万元，占45.00%", "FA3002", "40.00%", "45.00%")]
    [InlineData(Shandong, "社会保障和就业（类）支出436.00万元，占4.00%", "社会保障和就业（类）支出436.00万元，占4.40%", "FA3002", "4.00%", "4.40%")]
    [InlineData(Shandong, "增加700.00万元，增长6.86%", "增加700.00万元，增长6.68%", "FA3003", "6.86%", "6.68%")]
    [InlineData(Shandong, "人员经费4,200.00万元", "人员经费4,300.00万元", "FA3005", "4,600.00", "4,700.00")]
    [InlineData(Shandong, "公务接待费3.00万元", "公务接待费4.00万元", "FA3005", "15.00", "16.00")]
    [InlineData(Shandong, "比上年增加25.00万元，增长6.67%", "比上年增加25.00万元，增长6.76%", "FA3003", "6.67%", "6.76%")]
    [InlineData(Shandong, "开展了4个项目", "开展了5个项目", "FA3018", "5", "4")]
    [InlineData(Shandong, "妇幼健康服务项目500.00万元", "妇幼健康服务项目600.00万元", "FA3005", "3,600.00", "3700.00")]
    [InlineData(Hubei, "各增加320.00万元，增长8.00%", "各增加320.00万元，增长8.80%", "FA3003", "8.00%", "8.80%")]
    [InlineData(Hubei, "项目支出3,075.00万元，占75.00%", "项目支出3,075.00万元，占70.00%", "FA3002", "75.00%", "70.00%")]
    [InlineData(Hubei, "占本年支出合计的95.12%", "占本年支出合计的95.21%", "FA3002", "95.12%", "95.21%")]
    [InlineData(Hubei, "社会保障和就业（类）支出234.00万元，占6.00%", "社会保障和就业（类）支出234.00万元，占6.60%", "FA3002", "6.00%", "6.60%")]
    [InlineData(Hubei, "比上年减少2.00万元，下降16.67%", "比上年减少2.00万元，下降16.76%", "FA3003", "16.67%", "16.76%")]
    [InlineData(Hubei, "公务用车购置及运行维护费8.00万元，占80.00%", "公务用车购置及运行维护费8.00万元，占85.00%", "FA3002", "80.00%", "85.00%")]
    [InlineData(Hubei, "比上年减少15.00万元，下降11.11%", "比上年减少15.00万元，下降11.71%", "FA3003", "11.11%", "11.71%")]
    [InlineData(Hubei, "授予小微企业合同金额1,400.00万元，占政府采购支出总额的70.00%", "授予小微企业合同金额1,400.00万元，占政府采购支出总额的75.00%", "FA3002", "70.00%", "75.00%")]
    [InlineData(Hubei, "执法执勤用车2辆", "执法执勤用车3辆", "FA3005", "3辆", "4")]
    [InlineData(Hubei, "开展了3个项目", "开展了2个项目", "FA3018", "2", "3")]
    [InlineData(Hubei, "主要原因是厉行节约。", "主要原因是。", "FA3016", "", "主要原因是。")]
    public void A_planted_error_gives_one_finding_with_both_numbers(string name, string right, string wrong, string rule, string expected, string actual) =>
        RegionalPassages.AssertOneFinding(name, right, wrong, rule, expected, actual);
}
