namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 classes 1, 2, 4, 5, 6, 7, 9: 决算 情况说明 of Henan, Shaanxi, Yunnan, Zhejiang, Guangdong, Sichuan and Hunan departments
/// as a PDF/Word converter leaves them (composed under Narrative/Regional): Markdown headings with spaces around numbers,
/// percents written “$95\%$” or “95％”, “百分之八十”, full-width digits, footnote marks (“①”), amounts in 元 and 亿元, a page number line (“- 12 -”, “第 3 页”) inside a
/// sentence, HTML tables between paragraphs. The right text gives no narrative finding; each planted error (a sum, a share,
/// a growth rate, a completion rate, a rate after a stated zero budget, a count against the projects listed, parts over
/// their whole, template residue) gives one finding, of its rule, on its line, with both numbers.
/// </summary>
public class ConvertedRegionalTemplateTests
{
    private const string Henan = "henan-market-bureau.txt";

    private const string Shaanxi = "shaanxi-education-bureau.txt";

    private const string Yunnan = "yunnan-health-bureau.txt";

    private const string Zhejiang = "zhejiang-civil-affairs-bureau.txt";

    private const string Guangdong = "guangdong-justice-bureau.txt";

    private const string Sichuan = "sichuan-housing-bureau.txt";

    private const string Hunan = "hunan-forestry-bureau.txt";

    [Theory]
    [InlineData(Henan)]
    [InlineData(Shaanxi)]
    [InlineData(Yunnan)]
    [InlineData(Zhejiang)]
    [InlineData(Guangdong)]
    [InlineData(Sichuan)]
    [InlineData(Hunan)]
    public void The_right_text_gives_no_narrative_finding(string name) =>
        Assert.Empty(RegionalPassages.Findings(name));

    [Theory]
    [InlineData(Henan, "各增加 260.00 万元，增长 8.67%", "各增加 260.00 万元，增长 8.76%", "FA3003", "8.67%", "8.76%")]
    [InlineData(Henan, "其他收入 126.00 万元，占 4%", "其他收入 126.00 万元，占 5%", "FA3002", "4", "5%")]
    [InlineData(Henan, "公务接待费支出决算 6.00 万元", "公务接待费支出决算 7.00 万元", "FA3005", "24.00", "25.00")]
    [InlineData(Henan, "支出决算为 120.00 万元，决算数", "支出决算为 120.00 万元，完成年初预算的 100%，决算数", "FA3008", "", "100%")]
    [InlineData(Henan, "执法执勤用车 8 辆", "执法执勤用车 9 辆", "FA3005", "12", "13")]
    [InlineData(Henan, "组织对 3 个项目", "组织对 4 个项目", "FA3018", "4", "3")]
    [InlineData(Henan, "比上年决算增加 12.00 万元", "比上年决算增加（减少）12.00 万元", "FA3016", "", "增加（减少）")]
    [InlineData(Henan, "政府采购服务支出 250.00 万元", "政府采购服务支出 350.00 万元", "FA3005", "500.00", "600.00")]
    [InlineData(Shaanxi, "各减少400.00万元，下降$3.08\\%$", "各减少400.00万元，下降$3.80\\%$", "FA3003", "3.08%", "3.80%")]
    [InlineData(Shaanxi, "事业收入480.00万元，占$4.00\\%$", "事业收入480.00万元，占$4.40\\%$", "FA3002", "4.00%", "4.40%")]
    [InlineData(Shaanxi, "占本年支出合计的$94.26\\%$", "占本年支出合计的$92.46\\%$", "FA3002", "94.26%", "92.46%")]
    [InlineData(Shaanxi, "完成年初预算的$105.00\\%$", "完成年初预算的$150.00\\%$", "FA3004", "105.00%", "150.00%")]
    [InlineData(Shaanxi, "卫生健康（类）支出230.00万元，占$2.00\\%$", "卫生健康（类）支出230.00万元，占$3.00\\%$", "FA3002", "2.00%", "3.00%")]
    [InlineData(Shaanxi, "公用经费700.00万元", "公用经费800.00万元", "FA3005", "9,500.00", "9,600.00")]
    [InlineData(Shaanxi, "下降$6.67\\%$", "下降$7.67\\%$", "FA3003", "6.67%", "7.67%")]
    [InlineData(Shaanxi, "政府采购服务支出200.00万元", "政府采购服务支出300.00万元", "FA3005", "1,200.00", "1,300.00")]
    [InlineData(Shaanxi, "组织对5个项目", "组织对6个项目", "FA3018", "6", "5")]
    [InlineData(Shaanxi, "年初财政拨款结转和结余400.00万元", "年初财政拨款结转和结余500.00万元", "FA3005", "11,800.00", "11,900.00")]
    [InlineData(Yunnan, "各增加650.00万元，增长8.33%", "各增加650.00万元，增长8.38%", "FA3003", "8.33%", "8.38%")]
    [InlineData(Yunnan, "年初结转和结余450.00万元", "年初结转和结余550.00万元", "FA3005", "8,450.00", "8,550.00")]
    [InlineData(Yunnan, "社会保障和就业（类）支出462.00万元，占6.00%", "社会保障和就业（类）支出462.00万元，占6.60%", "FA3002", "6.00%", "6.60%")]
    [InlineData(Yunnan, "其他收入８０.００万元，占１.００％", "其他收入８０.００万元，占２.００％", "FA3002", "1.00%", "2.00%")]
    [InlineData(Yunnan, "增加５００.００万元，增长６.６７％", "增加５００.００万元，增长７.６７％", "FA3003", "6.67%", "7.67%")]
    [InlineData(Yunnan, "完成年初预算的120.00%", "完成年初预算的102.00%", "FA3004", "120.00%", "102.00%")]
    [InlineData(Yunnan, "支出决算为150.00万元，决算数", "支出决算为150.00万元，完成年初预算的100.00%，决算数", "FA3008", "", "100.00%")]
    [InlineData(Yunnan, "公务用车运行维护费14.00万元", "公务用车运行维护费15.00万元", "FA3005", "14.00", "15.00")]
    [InlineData(Yunnan, "下降6.06%", "下降6.60%", "FA3003", "6.06%", "6.60%")]
    [InlineData(Yunnan, "特种专业技术用车4辆", "特种专业技术用车5辆", "FA3005", "5", "6")]
    [InlineData(Yunnan, "组织对4个项目", "组织对5个项目", "FA3018", "5", "4")]
    [InlineData(Yunnan, "主要原因是新增公共卫生服务项目。", "主要原因是XX。", "FA3011", "", "XX")]
    [InlineData(Zhejiang, "增长9.09%", "增长9.90%", "FA3003", "9.09%", "9.90%")]
    [InlineData(Zhejiang, "其他收入1,700,000.00元，占5.00%", "其他收入1,700,000.00元，占5.50%", "FA3002", "5.00%", "5.50%")]
    [InlineData(Zhejiang, "各增加2,500,000.00元，增长8.06%", "各增加2,500,000.00元，增长8.60%", "FA3003", "8.06%", "8.60%")]
    [InlineData(Zhejiang, "完成年初预算的125.00%", "完成年初预算的120.00%", "FA3004", "125.00%", "120.00%")]
    [InlineData(Zhejiang, "公务接待费30,000.00元", "公务接待费40,000.00元", "FA3005", "180,000.00元", "190,000.00元")]
    [InlineData(Zhejiang, "比上年决算增加100,000.00元", "比上年决算增加（减少）100,000.00元", "FA3016", "", "增加（减少）")]
    [InlineData(Zhejiang, "政府采购服务支出4,000,000.00元", "政府采购服务支出5,000,000.00元", "FA3005", "5,000,000.00元", "6,000,000.00元")]
    [InlineData(Zhejiang, "组织对2个项目", "组织对3个项目", "FA3018", "3", "2")]
    [InlineData(Guangdong, "下降4.17％", "下降4.71％", "FA3003", "4.17%", "4.71%")]
    [InlineData(Guangdong, "其他收入44.00万元，占2.00％", "其他收入44.00万元，占2.20％", "FA3002", "2.00%", "2.20%")]
    [InlineData(Guangdong, "年末财政拨款结转和结余40.00万元", "年末财政拨款结转和结余50.00万元", "FA3005", "2,200.00", "2210.00")]
    [InlineData(Guangdong, "社会保障和就业（类）支出129.60万元，占6.00％", "社会保障和就业（类）支出129.60万元，占6.60％", "FA3002", "6.00%", "6.60%")]
    [InlineData(Guangdong, "完成年初预算的150.00％", "完成年初预算的105.00％", "FA3004", "150.00%", "105.00%")]
    [InlineData(Guangdong, "公务接待费3.00万元", "公务接待费4.00万元", "FA3005", "12.00", "13.00")]
    [InlineData(Guangdong, "执法执勤用车5辆", "执法执勤用车6辆", "FA3005", "7", "8")]
    [InlineData(Guangdong, "其他用车2辆", "其他用车3辆", "FA3005", "7", "8")]
    [InlineData(Guangdong, "组织对3个项目", "组织对2个项目", "FA3018", "2", "3")]
    [InlineData(Guangdong, "普法宣传项目300.00万元", "普法宣传项目400.00万元", "FA3005", "720.00", "820.00")]
    [InlineData(Sichuan, "各增加800.00万元，增长7.27%", "各增加800.00万元，增长7.72%", "FA3003", "7.27%", "7.72%")]
    [InlineData(Sichuan, "政府性基金预算财政拨款收入600.00万元，占5.00%", "政府性基金预算财政拨款收入600.00万元，占5.50%", "FA3002", "5.00%", "5.50%")]
    [InlineData(Sichuan, "占本年支出合计的87.90%", "占本年支出合计的89.70%", "FA3002", "87.90%", "89.70%")]
    [InlineData(Sichuan, "完成预算的106.67%", "完成预算的107.67%", "FA3004", "106.67%", "107.67%")]
    [InlineData(Sichuan, "公务接待费支出决算2.00万元，占20.00%", "公务接待费支出决算2.00万元，占25.00%", "FA3002", "20.00%", "25.00%")]
    [InlineData(Sichuan, "增长百分之五点二六", "增长百分之五点六二", "FA3003", "5.26%", "5.62%")]
    [InlineData(Sichuan, "政府采购工程支出7,000.00万元", "政府采购工程支出8,000.00万元", "FA3005", "8,500.00", "9,500.00")]
    [InlineData(Sichuan, "组织对2个项目", "组织对3个项目", "FA3018", "3", "2")]
    [InlineData(Sichuan, "城市燃气安全监管项目1,000.00万元", "城市燃气安全监管项目2,000.00万元", "FA3005", "9,000.00", "10000.00")]
    [InlineData(Sichuan, "一般公务用车1辆", "一般公务用车2辆", "FA3005", "4", "5")]
    [InlineData(Hunan, "各增加60.00万元，增长4.00%", "各增加60.00万元，增长4.40%", "FA3003", "4.00%", "4.40%")]
    [InlineData(Hunan, "其他收入100.00万元，占6.67%", "其他收入100.00万元，占7.67%", "FA3002", "6.67%", "7.67%")]
    [InlineData(Hunan, "增长4.83%", "增长4.38%", "FA3003", "4.83%", "4.38%")]
    [InlineData(Hunan, "年初财政拨款结转和结余50.00万元", "年初财政拨款结转和结余60.00万元", "FA3005", "1,450.00", "1,460.00")]
    [InlineData(Hunan, "完成年初预算的130.00%", "完成年初预算的103.00%", "FA3004", "130.00%", "103.00%")]
    [InlineData(Hunan, "公务接待费2.00万元", "公务接待费3.00万元", "FA3005", "9.00", "10.00")]
    [InlineData(Hunan, "下降5.88%", "下降8.55%", "FA3003", "5.88%", "8.55%")]
    [InlineData(Hunan, "特种专业技术用车6辆", "特种专业技术用车7辆", "FA3005", "9", "10")]
    [InlineData(Hunan, "组织对3个项目", "组织对4个项目", "FA3018", "4", "3")]
    [InlineData(Hunan, "主要原因是厉行节约。", "主要原因是XX。", "FA3011", "", "XX")]
    public void A_planted_error_gives_one_finding_with_both_numbers(string name, string right, string wrong, string rule, string expected, string actual) =>
        RegionalPassages.AssertOneFinding(name, right, wrong, rule, expected, actual);
}
