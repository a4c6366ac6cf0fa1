using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12: three 情况说明 composed in the wording of regions the seeds do not cover (a Sichuan county 教育局 with one breakdown
/// item per line, a Guangdong city 卫生健康局 with “收入包括：…；支出包括：…” and 年初预算/支出决算/完成年初预算 per 项, a Shandong
/// 街道办事处 with “百分之” and full-width “％” shares). The right text gives no narrative finding; each planted error (completion
/// rates after a stated zero budget, template residue and placeholders, another unit's name or the name without its district in a
/// heading or as the subject of the department's description of itself, breakdown shares and sums, changes, counts of listed items) gives one finding of its rule on its line, alone and with
/// all the others planted at once. The Guangdong text breaks 财政拨款收入 down in a bracket after it (no part of the outer list),
/// states the 财政拨款 totals a paragraph before the “收入包括：…；支出包括：…” that lists them, and the “三公” total only as the 决算
/// of a completion; the Shandong text counts its offices after naming them (“…平安建设办公室6个工作机构”).
/// </summary>
public class UnseenRegionalDocumentTests
{
    private const string Sichuan = "sichuan-county-education-bureau.txt";

    private const string Guangdong = "guangdong-city-health-bureau.txt";

    private const string Shandong = "shandong-subdistrict-office.txt";

    [Theory]
    [InlineData(Sichuan)]
    [InlineData(Guangdong)] // “政府性基金预算财政拨款收入…，年初结转和结余…” in section 八 is the fund's, not the department's
    [InlineData(Shandong)] // “其中：人员经费…，占基本支出的百分之90.07” is a share of the sentence's 一般公共预算财政拨款基本支出
    public void The_right_text_gives_no_narrative_finding(string name) =>
        Assert.Empty(RegionalPassages.Findings(name));

    [Theory]
    [InlineData(Sichuan, "第二部分 2024年度部门决算情况说明\n\n一、", "第二部分 南充市教育局2024年度部门决算情况说明\n\n一、", "FA3014")]
    [InlineData(Sichuan, "西充县教育局是县政府工作部门", "西充县卫生健康局是县政府工作部门", "FA3014")]
    [InlineData(Sichuan, "全年完成12所农村学校", "全年完成XX所农村学校", "FA3011")]
    [InlineData(Sichuan, "内设股室9个", "内设股室8个", "FA3018")]
    [InlineData(Sichuan, "二级预算单位共4个", "二级预算单位共5个", "FA3018")]
    [InlineData(Sichuan, "各增加2,730.00万元，增长8.00%", "各增加2,730.00万元，增长8.20%", "FA3003")]
    [InlineData(Sichuan, "一般公共预算财政拨款收入33,200.00万元，占94.29%", "一般公共预算财政拨款收入33,200.00万元，占百分之94.92", "FA3002")]
    [InlineData(Sichuan, "事业收入1,100.40万元，占3.13%", "事业收入1,100.40万元，占3.31%", "FA3002")] // one item to a line after “其中：”
    [InlineData(Sichuan, "项目支出8,120.20万元，占22.81%", "项目支出8,120.20万元，占22.18%", "FA3002")]
    [InlineData(Sichuan, "各增加1,920.00万元，增长5.84%", "各增加（减少）1,920.00万元，增长5.84%", "FA3016")]
    [InlineData(Sichuan, "支出增加1,700.00万元，增长5.35%", "支出增加1,700.00万元，增长5.53%", "FA3003")]
    [InlineData(Sichuan, "公用经费1,640.00万元，占6.05%", "公用经费1,640.00万元，占6.50%", "FA3002")] // one item to a paragraph, each ended by “。”
    [InlineData(Sichuan, "社会保障和就业支出2,210.00万元，占6.60%", "社会保障和就业支出2,210.00万元，占6.06%", "FA3002")]
    [InlineData(Sichuan, "支出决算为12,980.50万元，完成预算103.02%", "支出决算为12,980.50万元，完成预算130.02%", "FA3004")]
    [InlineData(Sichuan, "年初未安排预算，支出决算为420.00万元，主要原因", "年初预算为0万元，支出决算为420.00万元，完成年初预算的100%，主要原因", "FA3008")]
    [InlineData(Sichuan, "年初未安排预算，支出决算为650.00万元，主要原因", "年初预算为0.00万元，支出决算为650.00万元，完成年初预算的0.00%，主要原因", "FA3008")]
    [InlineData(Sichuan, "支出决算为24.60万元，完成预算的87.86%", "支出决算为24.60万元，完成预算的86.87%", "FA3004")]
    [InlineData(Sichuan, "较上年减少1.50万元，下降5.75%", "较上年减少1.50万元，下降5.57%", "FA3003")]
    [InlineData(Sichuan, "车均运行维护费2.40万元", "车均运行维护费2.60万元", "FA3006")]
    [InlineData(Sichuan, "比上年减少0.60万元（上年为6.00万元）", "比上年减少0.60万元（上年为6.20万元）", "FA3003")]
    [InlineData(Sichuan, "比上年减少14.50万元，下降4.33%", "比上年减少14.50万元，下降（增长）4.33%", "FA3016")]
    [InlineData(Sichuan, "政府采购服务支出350.00万元", "政府采购服务支出450.00万元", "FA3005")]
    [InlineData(Sichuan, "授予小微企业合同金额1,430.00万元，占政府采购支出总额的50.00%", "授予小微企业合同金额1,430.00万元，占政府采购支出总额的百分之四十八", "FA3002")]
    [InlineData(Sichuan, "本部门共有车辆8辆", "本部门共有车辆9辆", "FA3005")]
    [InlineData(Sichuan, "共涉及一级项目5个", "共涉及一级项目6个", "FA3018")]
    [InlineData(Sichuan, "2024年本部门无国有资本经营预算财政拨款支出。", "2024年本部门无国有资本经营预算财政拨款支出。（如有国有资本经营预算财政拨款支出，请说明支出内容）", "FA3016")]
    [InlineData(Guangdong, "第二部分 2024年度部门决算表", "第二部分 江门市医疗保障局2024年度部门决算表", "FA3014")]
    [InlineData(Guangdong, "编制范围的单位共5个", "编制范围的单位共6个", "FA3018")]
    [InlineData(Guangdong, "各减少2,660.00万元，下降4.34%", "各减少2,660.00万元，下降4.43%", "FA3003")]
    [InlineData(Guangdong, "政府性基金预算财政拨款收入2,500.00万元，占4.53%", "政府性基金预算财政拨款收入2,500.00万元，占5.43%", "FA3002")]
    [InlineData(Guangdong, "其他收入500.00万元，占0.91%", "其他收入500.00万元，占0.19％", "FA3002")]
    [InlineData(Guangdong, "基本支出9,350.00万元，占16.67%", "基本支出9,350.00万元，占百分之十六点七六", "FA3002")]
    [InlineData(Guangdong, "各减少1,400.00万元，下降2.45%", "各减少1,400.00万元，下降（增长）2.45%", "FA3016")]
    [InlineData(Guangdong, "年初财政拨款结转和结余2,900.00万元", "年初财政拨款结转和结余2,090.00万元", "FA3005")]
    [InlineData(Guangdong, "占本年支出合计的90.55%", "占本年支出合计的95.05%", "FA3002")]
    [InlineData(Guangdong, "支出减少1,350.00万元，下降2.59%", "支出减少1,350.00万元，下降2.95%", "FA3003")]
    [InlineData(Guangdong, "住房保障（类）支出1,100.00万元，占2.17%", "住房保障（类）支出1,100.00万元，占2.71%", "FA3002")]
    [InlineData(Guangdong, "完成年初预算的102.56%", "完成年初预算的105.26%", "FA3004")]
    [InlineData(Guangdong, "完成年初预算的106.33%", "完成年初预算的103.63%", "FA3004")]
    [InlineData(Guangdong, "支出决算为864.00万元。", "支出决算为864.00万元，完成年初预算的100%。", "FA3008")]
    [InlineData(Guangdong, "完成年初预算的94.87%。决算数小于年初预算数", "完成年初预算的94.87%。决算数大于年初预算数", "FA3013")]
    [InlineData(Guangdong, "完成年初预算的125.00%", "完成年初预算的百分之一百二十", "FA3004")]
    [InlineData(Guangdong, "人员经费7,980.00万元，占89.16%", "人员经费7,980.00万元，占89.61%", "FA3002")]
    [InlineData(Guangdong, "完成预算的89.78%", "完成预算的98.78%", "FA3004")]
    [InlineData(Guangdong, "增加1.50万元，增长3.77%", "增加1.50万元，增长3.97%", "FA3003")]
    [InlineData(Guangdong, "公务接待费支出决算6.00万元，占14.53%", "公务接待费支出决算6.00万元，占15.43%", "FA3002")]
    [InlineData(Guangdong, "完成预算的85.00%", "完成预算的58.00%", "FA3004")]
    [InlineData(Guangdong, "公务用车运行维护费10.90万元", "公务用车运行维护费11.90万元", "FA3005")]
    [InlineData(Guangdong, "国内公务接待55批次", "国内公务接待□□批次", "FA3011")]
    [InlineData(Guangdong, "比2023年减少50.00万元，下降4.90%", "比2023年减少50.00万元，下降4.09%", "FA3003")]
    [InlineData(Guangdong, "政府采购工程支出2,300.00万元", "政府采购工程支出3,200.00万元", "FA3005")]
    [InlineData(Guangdong, "特种专业技术用车21辆", "特种专业技术用车23辆", "FA3005")]
    [InlineData(Guangdong, "38台（套）", "ＸＸ台（套）", "FA3011")]
    [InlineData(Guangdong, "突发公共卫生事件应急处理项目480.00万元", "突发公共卫生事件应急处理项目580.00万元", "FA3005")]
    [InlineData(Shandong, "第三部分 2024年度部门决算情况说明", "第三部分 青岛市敦化路街道办事处2024年度部门决算情况说明", "FA3014")]
    [InlineData(Shandong, "青岛市市北区敦化路街道办事处是市北区人民政府的派出机关", "辽宁路街道办事处是市北区人民政府的派出机关", "FA3014")]
    [InlineData(Shandong, "平安建设办公室6个工作机构", "平安建设办公室7个工作机构", "FA3018")]
    [InlineData(Shandong, "各增加452.50万元，增长7.08%", "各增加452.50万元，增长7.80%", "FA3003")]
    [InlineData(Shandong, "财政拨款收入6,412.60万元，占98.46%", "财政拨款收入6,412.60万元，占百分之98.64", "FA3002")]
    [InlineData(Shandong, "比上年增加45.90万元（上年为284.10万元）", "比上年增加54.90万元（上年为284.10万元）", "FA3003")]
    [InlineData(Shandong, "项目支出3,622.20万元，占54.86%", "项目支出3,622.20万元，占54.68%", "FA3002")]
    [InlineData(Shandong, "各增加432.60万元，增长6.89%", "各增加432.60万元，增长（下降）6.89%", "FA3016")]
    [InlineData(Shandong, "年末财政拨款结转和结余220.00万元", "年末财政拨款结转和结余202.00万元", "FA3005")]
    [InlineData(Shandong, "占本年支出合计的98.33%", "占本年支出合计的98.83%", "FA3002")]
    [InlineData(Shandong, "支出增加387.60万元，增长6.35%", "支出增加378.60万元，增长6.35%", "FA3003")]
    [InlineData(Shandong, "城乡社区（类）支出2,182.00万元，占33.61%", "城乡社区（类）支出2,182.00万元，占33.16%", "FA3002")]
    [InlineData(Shandong, "完成年初预算的105.74%", "完成年初预算的107.54%", "FA3004")]
    [InlineData(Shandong, "完成年初预算的109.39%", "完成年初预算的109.93%", "FA3004")]
    [InlineData(Shandong, "年初未安排预算，支出决算为180.00万元。", "年初预算为0万元，支出决算为180.00万元，完成年初预算的100.00%。", "FA3008")]
    [InlineData(Shandong, "完成年初预算的96.89%", "完成年初预算的98.69％", "FA3004")]
    [InlineData(Shandong, "占基本支出的9.93％", "占基本支出的9.39％", "FA3002")]
    [InlineData(Shandong, "完成预算的82.32%", "完成预算的83.22%", "FA3004")]
    [InlineData(Shandong, "减少0.78万元，下降9.07%", "减少0.78万元，下降9.70%", "FA3003")]
    [InlineData(Shandong, "占“三公”经费的75.45%", "占“三公”经费的74.45%", "FA3002")]
    [InlineData(Shandong, "公务用车运行维护费5.90万元，主要", "公务用车运行维护费5.60万元，主要", "FA3005")]
    [InlineData(Shandong, "国内来访团组24批次", "国内来访团组××批次", "FA3011")]
    [InlineData(Shandong, "减少13.50万元，下降4.48%", "减少13.50万元，下降4.84%", "FA3003")]
    [InlineData(Shandong, "占政府采购支出总额的70.00%", "占政府采购支出总额的77.00%", "FA3002")]
    [InlineData(Shandong, "政府采购货物支出120.00万元", "政府采购货物支出210.00万元", "FA3005")]
    [InlineData(Shandong, "对3个项目开展了绩效自评", "对4个项目开展了绩效自评", "FA3018")]
    [InlineData(Shandong, "城市精细化管理项目780.00万元", "城市精细化管理项目870.00万元", "FA3005")]
    [InlineData(Shandong, "故《政府性基金预算财政拨款收入支出决算表》无数据。", "故《政府性基金预算财政拨款收入支出决算表》无数据。（如有政府性基金预算财政拨款支出，请说明）", "FA3016")]
    public void A_planted_error_gives_one_finding_on_its_line(string name, string right, string wrong, string rule)
    {
        var finding = Assert.Single(NarrativeFindings(FromText(Planted(name, (right, wrong)))));
        Assert.Equal((rule, LineOf(name, right)), (finding.RuleId, finding.Location.Line));
    }

    [Theory]
    [InlineData(Sichuan)]
    [InlineData(Guangdong)]
    [InlineData(Shandong)]
    public void Every_planted_error_at_once_gives_exactly_its_findings(string name)
    {
        var plants = typeof(UnseenRegionalDocumentTests).GetMethod(nameof(A_planted_error_gives_one_finding_on_its_line))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => a.GetData(null!).Single()).Where(d => (string)d[0] == name).ToList();
        var expected = plants.Select(d => $"{d[3]} 第{LineOf(name, (string)d[1])}行").Order().ToList();
        var text = Planted(name, plants.Select(d => ((string)d[1], (string)d[2])).ToArray());
        var actual = NarrativeFindings(FromText(text)).Select(f => $"{f.RuleId} 第{f.Location.Line}行").Order().ToList();
        Assert.True(plants.Count >= 18);
        Assert.Equal(expected, actual);
    }

    /// <summary>The line where <paramref name="right"/> starts in the right text.</summary>
    private static int LineOf(string name, string right)
    {
        var text = RegionalPassages.Text(name);
        return text.AsSpan(0, text.IndexOf(right, StringComparison.Ordinal)).Count('\n') + 1;
    }

    private static string Planted(string name, params (string Right, string Wrong)[] plants)
    {
        var text = RegionalPassages.Text(name);
        foreach (var (right, wrong) in plants)
        {
            Assert.Equal(text.IndexOf(right, StringComparison.Ordinal), text.LastIndexOf(right, StringComparison.Ordinal));
            text = text.Replace(right, wrong, StringComparison.Ordinal);
        }
        return text;
    }
}
