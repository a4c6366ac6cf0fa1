namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 classes 1, 4, 6, 7, 9: 决算 情况说明 excerpts as 河北、山西、辽宁、吉林、江苏、重庆、陕西、宁夏 and 海南 departments print them,
/// inside Markdown converted from PDF or Word (composed under Narrative/Regional): HTML tables with rowspan/colspan between paragraphs,
/// percents written “$95\%$”, “95％” or “百分之四点七六”, the previous year in brackets (“（上年为14.00万元）”), a 年初预算 of 0 without
/// a rate, counted projects with their funds. The excerpts hold only some sections of the template, so the section check (FA3015) is
/// left out. The right text gives no other narrative finding; each planted error gives one finding, of its rule, on its line, with
/// both numbers.
/// </summary>
public class NineProvinceConvertedRedTeamTests
{
    /// <summary>The section check, which these excerpts are not written for.</summary>
    private const string Sections = "FA3015";

    private const string Hebei = "hebei-district-water-bureau.txt";

    private const string Shanxi = "shanxi-city-statistics-bureau.txt";

    private const string Liaoning = "liaoning-city-education-bureau.txt";

    private const string Jilin = "jilin-county-agriculture-bureau.txt";

    private const string Jiangsu = "jiangsu-city-culture-bureau.txt";

    private const string Chongqing = "chongqing-district-health-commission.txt";

    private const string Shaanxi = "shaanxi-city-civil-affairs-bureau.txt";

    private const string Ningxia = "ningxia-city-ecology-bureau.txt";

    private const string Hainan = "hainan-city-tourism-bureau.txt";

    [Theory]
    [InlineData(Hebei)]
    [InlineData(Shanxi)]
    [InlineData(Liaoning)]
    [InlineData(Jilin)]
    [InlineData(Jiangsu)]
    [InlineData(Chongqing)]
    [InlineData(Shaanxi)]
    [InlineData(Ningxia)]
    [InlineData(Hainan)]
    public void The_right_text_gives_no_narrative_finding_beyond_its_missing_sections(string name) =>
        Assert.Empty(RegionalPassages.Findings(name, Sections));

    [Theory]
    [InlineData(Hebei, "各增加180.00万元，增长7.83%", "各增加180.00万元，增长8.73%", "FA3003", "7.83%", "8.73%")]
    [InlineData(Hebei, "其他收入120.00万元，占5.00%", "其他收入120.00万元，占6.00%", "FA3002", "5.00%", "6.00%")]
    [InlineData(Hebei, "支出决算为300.00万元，决算数大于", "支出决算为300.00万元，完成年初预算的100.00%，决算数大于", "FA3008", "", "100.00%")]
    [InlineData(Hebei, "公务接待费3.00万元（上年为3.50万元）", "公务接待费4.00万元（上年为3.50万元）", "FA3005", "12.60", "13.60")]
    [InlineData(Hebei, "下降10.00%。其中", "下降11.00%。其中", "FA3003", "10.00%", "11.00%")]
    [InlineData(Shanxi, "降低7.41％", "降低7.14％", "FA3003", "7.41%", "7.14%")]
    [InlineData(Shanxi, "占政府采购支出总额的80％", "占政府采购支出总额的70％", "FA3002", "80", "70%")]
    [InlineData(Shanxi, "政府采购服务支出200.00万元", "政府采购服务支出220.00万元", "FA3005", "320.00", "340.00")]
    [InlineData(Shanxi, "组织对2个项目", "组织对3个项目", "FA3018", "3", "2")]
    [InlineData(Shanxi, "统计调查项目60.00万元", "统计调查项目80.00万元", "FA3005", "180.00", "200.00")]
    [InlineData(Liaoning, "下降百分之四点七六", "下降百分之四点六七", "FA3003", "4.76%", "4.67%")]
    [InlineData(Liaoning, "项目支出1,200.00万元，占25％", "项目支出1,200.00万元，占20％", "FA3002", "25", "20%")]
    [InlineData(Liaoning, "其他用车2辆", "其他用车3辆", "FA3005", "5", "6")]
    [InlineData(Jilin, "占本年支出合计的93.00%", "占本年支出合计的39.00%", "FA3002", "93.00%", "39.00%")]
    [InlineData(Jilin, "增长3.33%", "增长3.23%", "FA3003", "3.33%", "3.23%")]
    [InlineData(Jilin, "完成年初预算的110.00%", "完成年初预算的101.00%", "FA3004", "110.00%", "101.00%")]
    [InlineData(Jilin, "支出决算为40.00万元，决算数大于", "支出决算为40.00万元，完成年初预算的$100\\%$，决算数大于", "FA3008", "", "100%")]
    [InlineData(Jilin, "公务接待费2.00万元。", "公务接待费3.00万元。", "FA3005", "8.00", "9.00")]
    [InlineData(Jiangsu, "完成年初预算的115.00%", "完成年初预算的105.00%", "FA3004", "115.00%", "105.00%")]
    [InlineData(Jiangsu, "增长12.5%", "增长11.5%", "FA3003", "12.50%", "11.5%")]
    [InlineData(Jiangsu, "占政府采购支出总额的60.00%", "占政府采购支出总额的65.00%", "FA3002", "60.00%", "65.00%")]
    [InlineData(Chongqing, "完成年初预算的$95\\%$", "完成年初预算的$59\\%$", "FA3004", "95.00%", "59%")]
    [InlineData(Chongqing, "下降$20\\%$", "下降$25\\%$", "FA3003", "20.00%", "25%")]
    [InlineData(Chongqing, "对4个项目", "对5个项目", "FA3018", "5", "4")]
    [InlineData(Chongqing, "公立医院改革项目1,200.00万元", "公立医院改革项目1,300.00万元", "FA3005", "2,360.00", "2460.00")]
    [InlineData(Chongqing, "公务接待费5.00万元", "公务接待费6.00万元", "FA3005", "20.00", "21.00")]
    [InlineData(Shaanxi, "占本年收入的4.76%", "占本年收入的4.67%", "FA3002", "4.76%", "4.67%")]
    [InlineData(Shaanxi, "增长4.35%", "增长4.53%", "FA3003", "4.35%", "4.53%")]
    [InlineData(Shaanxi, "公用经费300.00万元", "公用经费320.00万元", "FA3005", "2,400.00", "2,420.00")]
    [InlineData(Ningxia, "下降$7.14\\%$", "下降$7.41\\%$", "FA3003", "7.14%", "7.41%")]
    [InlineData(Ningxia, "公务接待费1.50万元", "公务接待费2.50万元", "FA3005", "6.50", "7.50")]
    [InlineData(Ningxia, "占政府采购支出总额的$90\\%$", "占政府采购支出总额的$80\\%$", "FA3002", "90", "80%")]
    [InlineData(Ningxia, "特种专业技术用车1辆", "特种专业技术用车2辆", "FA3005", "3", "4")]
    [InlineData(Hainan, "支出决算为60.00万元，决算数", "支出决算为60.00万元，完成年初预算的100%，决算数", "FA3008", "", "100%")]
    [InlineData(Hainan, "下降10%", "下降12%", "FA3003", "10.00%", "12%")]
    [InlineData(Hainan, "共有3个项目", "共有4个项目", "FA3018", "4", "3")]
    public void A_planted_error_gives_one_finding_with_both_numbers(string name, string right, string wrong, string rule, string expected, string actual) =>
        RegionalPassages.AssertOneFinding(name, right, wrong, rule, expected, actual, Sections);
}
