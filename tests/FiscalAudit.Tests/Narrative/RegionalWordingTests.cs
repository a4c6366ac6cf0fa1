namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 part B: 情况说明 written the way other provinces' templates word them (composed under Narrative/Regional): shares
/// after each item (“其他收入60.00万元，占5.08%”), “较上年增加…，增长…”, “年初预算为…，决算数为…，完成年初预算的…”, 三公经费 with
/// 团组/人次, 车辆数 and 接待批次 between its parts, “决算数为…，比2023年预算数增加…，完成预算的…” (the budget is the 决算 less the excess), 机关运行经费 “比上年减少…，降低…”, 政府采购 with 授予中小企业合同金额 and its share.
/// Zhejiang: “本年收入合计…，比上年增加…”, “（二）结构情况：…（类）支出…，占…”, 国有资本经营预算 with its change, 小微企业 shares, 车辆 by kind and
/// 单价50万元（含）以上设备. Guangdong: “部门决算收支总体情况”, “收入包括：…；支出包括：…” of the 财政拨款 total.
/// The right text gives no narrative finding; each planted error gives one finding, of its rule, on its line, with both numbers.
/// </summary>
public class RegionalWordingTests
{
    private const string Hunan = "hunan-agriculture-bureau.txt";

    private const string Sichuan = "sichuan-education-bureau.txt";

    private const string Zhejiang = "zhejiang-transport-bureau.txt";

    private const string Guangdong = "guangdong-culture-bureau.txt";

    [Theory]
    [InlineData(Hunan)]
    [InlineData(Sichuan)] // “2023年决算数为…，比2023年预算数增加…”: a 决算 compared with its own year's budget (FA3010)
    [InlineData(Zhejiang)]
    [InlineData(Guangdong)] // “部门决算收支总体情况”, “财政拨款收支总体情况”: the template's parts in Guangdong's words (FA3015)
    public void The_right_text_gives_no_narrative_finding(string name) =>
        Assert.Empty(RegionalPassages.Findings(name));

    [Theory]
    [InlineData(Hunan, "其他收入60.00万元，占5.08%", "其他收入60.00万元，占5.80%", "FA3002", "5.08%", "5.80%")]
    [InlineData(Hunan, "增加90.35万元，增长8.69%", "增加90.35万元，增长8.96%", "FA3003", "8.69%", "8.96%")]
    [InlineData(Hunan, "比上年减少6.35万元，降低7.18%", "比上年减少6.35万元，降低7.81%", "FA3003", "7.18%", "7.81%")]
    [InlineData(Hunan, "完成预算的85.44%", "完成预算的84.54%", "FA3004", "85.44%", "84.54%")]
    [InlineData(Hunan, "完成年初预算的107.14%", "完成年初预算的104.17%", "FA3004", "107.14%", "104.17%")]
    [InlineData(Hunan, "占政府采购支出总额的87.33%", "占政府采购支出总额的86.33%", "FA3002", "87.33%", "86.33%")]
    [InlineData(Hunan, "公务接待费支出决算为4.56万元", "公务接待费支出决算为4.65万元", "FA3005", "21.36", "21.45")]
    [InlineData(Hunan, "其中：人员经费598.20万元", "其中：人员经费608.20万元", "FA3005", "680.35", "690.35")]
    [InlineData(Hunan, "年初财政拨款结转和结余86.25万元", "年初财政拨款结转和结余68.25万元", "FA3005", "1,206.45", "1188.45")]
    [InlineData(Hunan, "年末财政拨款结转和结余76.10万元", "年末财政拨款结转和结余67.10万元", "FA3005", "1,206.45", "1197.45")]
    [InlineData(Sichuan, "年末结转和结余200.00万元", "年末结转和结余210.00万元", "FA3005", "8,352.30", "8362.30")]
    [InlineData(Sichuan, "收、支总计各减少347.70万元，下降3.86%", "收、支总计各减少347.70万元，下降3.68%", "FA3003", "3.86%", "3.68%")]
    [InlineData(Sichuan, "增加16.40万元，完成预算的100.51%", "增加16.40万元，完成预算的101.51%", "FA3004", "100.51%", "101.51%")]
    [InlineData(Sichuan, "减少8.00万元，完成预算的98.71%", "减少8.00万元，完成预算的97.81%", "FA3004", "98.71%", "97.81%")]
    [InlineData(Sichuan, "事业收入300.00万元，占3.57%", "事业收入300.00万元，占3.75%", "FA3002", "3.57%", "3.75%")]
    [InlineData(Sichuan, "其中：人员经费6,810.50万元", "其中：人员经费6,910.50万元", "FA3005", "7,052.30", "7,152.30")]
    [InlineData(Sichuan, "公务接待费支出决算3.00万元，占23.81%", "公务接待费支出决算3.00万元，占28.31%", "FA3002", "23.81%", "28.31%")]
    [InlineData(Sichuan, "较上年减少1.40万元，下降10.00%", "较上年减少1.40万元，下降11.00%", "FA3003", "10.00%", "11.00%")]
    [InlineData(Sichuan, "496.00万元，占政府采购支出总额的80.00%", "496.00万元，占政府采购支出总额的79.00%", "FA3002", "80.00%", "79.00%")]
    [InlineData(Zhejiang, "其他收入320.00万元，占5.90%", "其他收入320.00万元，占5.09%", "FA3002", "5.90%", "5.09%")]
    [InlineData(Zhejiang, "比上年增加450.00万元，增长9.00%", "比上年增加450.00万元，增长9.90%", "FA3003", "9.00%", "9.90%")]
    [InlineData(Zhejiang, "住房保障（类）支出200.00万元，占3.98%", "住房保障（类）支出200.00万元，占3.89%", "FA3002", "3.98%", "3.89%")]
    [InlineData(Zhejiang, "完成年初预算的98.33%", "完成年初预算的93.83%", "FA3004", "98.33%", "93.83%")]
    [InlineData(Zhejiang, "公用经费250.00万元", "公用经费260.00万元", "FA3005", "2,150.00", "2,160.00")]
    [InlineData(Zhejiang, "比上年增加20.00万元，增长25.00%", "比上年增加20.00万元，增长20.00%", "FA3003", "25.00%", "20.00%")]
    [InlineData(Zhejiang, "比上年减少10.00万元，下降3.85%", "比上年减少10.00万元，下降3.58%", "FA3003", "3.85%", "3.58%")]
    [InlineData(Zhejiang, "政府采购服务支出200.00万元", "政府采购服务支出250.00万元", "FA3005", "800.00", "850.00")]
    [InlineData(Zhejiang, "合同金额560.00万元，占政府采购支出总额的70.00%", "合同金额560.00万元，占政府采购支出总额的60.00%", "FA3002", "70.00%", "60.00%")]
    [InlineData(Zhejiang, "特种专业技术用车2辆", "特种专业技术用车3辆", "FA3005", "10辆", "11")]
    [InlineData(Guangdong, "各减少120.00万元，下降5.22%", "各减少120.00万元，下降5.12%", "FA3003", "5.22%", "5.12%")]
    [InlineData(Guangdong, "事业收入84.00万元，占4.00%", "事业收入84.00万元，占4.40%", "FA3002", "4.00%", "4.40%")]
    [InlineData(Guangdong, "年末财政拨款结转和结余35.00万元", "年末财政拨款结转和结余53.00万元", "FA3005", "2,045.00", "2063.00")]
    [InlineData(Guangdong, "卫生健康（类）支出100.00万元，占4.98%", "卫生健康（类）支出100.00万元，占4.89%", "FA3002", "4.98%", "4.89%")]
    [InlineData(Guangdong, "公用经费120.00万元", "公用经费140.00万元", "FA3005", "1,000.00", "1,020.00")]
    [InlineData(Guangdong, "公务接待费3.50万元", "公务接待费4.50万元", "FA3005", "12.50", "13.50")]
    [InlineData(Guangdong, "比上年增加6.00万元，增长5.26%", "比上年增加6.00万元，增长5.62%", "FA3003", "5.26%", "5.62%")]
    [InlineData(Guangdong, "合同金额240.00万元，占政府采购支出总额的80.00%", "合同金额240.00万元，占政府采购支出总额的70.00%", "FA3002", "80.00%", "70.00%")]
    [InlineData(Guangdong, "一般公务用车3辆", "一般公务用车4辆", "FA3005", "4辆", "5")]
    public void A_planted_error_gives_one_finding_with_both_numbers(string name, string right, string wrong, string rule, string expected, string actual) =>
        RegionalPassages.AssertOneFinding(name, right, wrong, rule, expected, actual);
}
