using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (classes 2, 4, 5, 9) on the sections after the income and expenditure comparisons: “三公”经费 (totals, parts, shares,
/// changes, completion, 团组/批次/人次 counts, 保有量 and 车均/人均 averages), 机关运行经费 (change, the items it was spent on),
/// 政府采购 (货物/工程/服务, 中小企业 and 小微企业 shares — of the total or of the 中小企业 amount), 国有资产占用 (vehicles by kind)
/// and 预算绩效 (projects counted and listed, counts of projects by grade). Four 部门决算 in the wording of other regions: a
/// Zhejiang county with seed 002's nine tables and a 表七 of its own (the 情况说明 restates it), and 情况说明 of a Fujian district
/// (“国内公务接待32批次、260人次”, “占授予中小企业合同金额的”, “…共4个项目绩效自评结果”), a Liaoning district (the 机关运行经费 items
/// after “主要用于：”, eight kinds of vehicle) and a Xinjiang city (the 运行维护费 stated in a bracket two paragraphs before its
/// 车均, “人均接待费210.53元” over 人次, projects counted by grade in a sentence opening with “其中”). The right texts give no
/// narrative finding; each planted error gives one finding of its rule on its line, alone and all at once.
/// </summary>
public class OtherMattersSectionTests
{
    private const string Zhejiang = "zhejiang-county-data-bureau.txt";

    private const string Fujian = "fujian-district-health-bureau.txt";

    private const string Liaoning = "liaoning-district-justice-bureau.txt";

    private const string Xinjiang = "xinjiang-city-natural-resources-bureau.txt";

    private static string Text(string name) => name == Zhejiang
        ? File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", name))
        : RegionalPassages.Text(name);

    /// <summary>The findings: every rule on the document with its tables, the narrative rules on the 情况说明 alone.</summary>
    private static List<Finding> Check(string name, string text) =>
        name == Zhejiang ? new Auditor().Check(FromText(text)).ToList() : NarrativeFindings(FromText(text));

    private static int LineOf(string text, string fragment) => text.AsSpan(0, text.IndexOf(fragment, StringComparison.Ordinal)).Count('\n') + 1;

    [Theory]
    [InlineData(Zhejiang)]
    [InlineData(Fujian)]
    [InlineData(Liaoning)] // “机关运行经费支出170.00万元…。主要用于：办公费32.00万元，…” adds up to it
    [InlineData(Xinjiang)] // “车均运行维护费2.40万元” of the 28.80万元 two paragraphs before, “人均接待费210.53元” of 8.00万元 over 380人次
    public void The_right_text_gives_no_finding(string name) =>
        Assert.Empty(Check(name, Text(name)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Theory]
    [InlineData(Zhejiang, "支出决算4.70万元，完成预算的78.33%", "支出决算4.90万元，完成预算的78.33%", "FA3001")] // 表七 决算 合计 4.70
    [InlineData(Zhejiang, "占74.47%", "占74.74%", "FA3002")]
    [InlineData(Zhejiang, "车均运行维护费1.75万元", "车均运行维护费1.57万元", "FA3006")]
    [InlineData(Zhejiang, "劳务费39.33万元", "劳务费49.33万元", "FA3005")] // “机关运行经费主要用于办公费…” a sentence after its 74.84万元
    [InlineData(Zhejiang, "占政府采购支出总额的90.84%", "占政府采购支出总额的90.48%", "FA3002")]
    [InlineData(Zhejiang, "政府采购服务支出24.00万元", "政府采购服务支出34.00万元", "FA3005")]
    [InlineData(Zhejiang, "执法执勤用车1辆", "执法执勤用车2辆", "FA3005")]
    [InlineData(Zhejiang, "比上年决算减少0.30万元，下降20.00%", "比上年决算减少0.30万元，下降25.00%", "FA3003")]
    [InlineData(Zhejiang, "国（境）外公务接待支出0万元。", "国（境）外公务接待支出0万元。（如无，请说明）", "FA3016")]
    [InlineData(Zhejiang, "比上年决算增加37.48万元，增长100.32%", "比上年决算增加（减少）37.48万元，增长100.32%", "FA3016")]
    [InlineData(Fujian, "公务用车购置费支出决算12.00万元", "公务用车购置费支出决算13.00万元", "FA3005")]
    [InlineData(Fujian, "公务用车购置及运行维护费支出决算18.56万元，占67.84%", "公务用车购置及运行维护费支出决算18.56万元，占68.74%", "FA3002")]
    [InlineData(Fujian, "因公出国（境）费支出决算4.80万元，占17.54%", "因公出国（境）费支出决算4.80万元，占17.45%", "FA3002")]
    [InlineData(Fujian, "下降10.30%", "下降10.03%", "FA3003")]
    [InlineData(Fujian, "比上年决算减少3.14万元", "比上年决算减少（增加）3.14万元", "FA3016")]
    [InlineData(Fujian, "国内公务接待32批次", "国内公务接待XX批次", "FA3011")]
    [InlineData(Fujian, "国（境）外公务接待0批次、0人次。", "国（境）外公务接待0批次、0人次。（如无，请说明）", "FA3016")]
    [InlineData(Fujian, "下降5.38%", "下降5.83%", "FA3003")]
    [InlineData(Fujian, "政府采购工程支出180.00万元", "政府采购工程支出190.00万元", "FA3005")]
    [InlineData(Fujian, "占授予中小企业合同金额的71.43%", "占授予中小企业合同金额的61.43%", "FA3002")]
    [InlineData(Fujian, "执法执勤用车4辆", "执法执勤用车5辆", "FA3005")]
    [InlineData(Fujian, "共4个项目绩效自评结果", "共5个项目绩效自评结果", "FA3018")] // the items follow “本部门在2023年度部门决算中反映”
    [InlineData(Liaoning, "完成预算的78.00%", "完成预算的87.00%", "FA3004")]
    [InlineData(Liaoning, "占80.77%", "占80.17%", "FA3002")]
    [InlineData(Liaoning, "公务用车购置及运行维护费支出决算12.60万元，占", "公务用车购置及运行维护费支出决算13.60万元，占", "FA3002")]
    [InlineData(Liaoning, "本部门2022年度无因公出国（境）费支出。", "本部门2022年度无因公出国（境）费支出（如无，请说明）。", "FA3016")]
    [InlineData(Liaoning, "较上年增加1.60万元，增长14.55%", "较上年增加1.60万元，增长16.00%", "FA3003")]
    [InlineData(Liaoning, "较上年减少4.00万元，下降57.14%", "较上年增加（减少）4.00万元，下降57.14%", "FA3016")]
    [InlineData(Liaoning, "物业管理费58.30万元", "物业管理费68.30万元", "FA3005")]
    [InlineData(Liaoning, "政府采购货物支出85.00万元", "政府采购货物支出95.00万元", "FA3005")]
    [InlineData(Liaoning, "占政府采购支出总额的76.60%", "占政府采购支出总额的67.60%", "FA3002")]
    [InlineData(Liaoning, "执法执勤用车5辆", "执法执勤用车6辆", "FA3005")]
    [InlineData(Liaoning, "共涉及项目5个", "共涉及项目XX个", "FA3011")]
    [InlineData(Liaoning, "5个项目自评等级", "6个项目自评等级", "FA3018")]
    [InlineData(Xinjiang, "下降10.24%", "下降11.24%", "FA3003")]
    [InlineData(Xinjiang, "车均运行维护费2.40万元", "车均运行维护费2.60万元", "FA3006")] // its 运行维护费 is in the bracket of the total
    [InlineData(Xinjiang, "接待国内公务团组45批次", "接待国内公务团组××批次", "FA3011")]
    [InlineData(Xinjiang, "人均接待费210.53元", "人均接待费230.53元", "FA3006")]
    [InlineData(Xinjiang, "比上年减少10.00万元，下降4.35%", "比上年增加（减少）10.00万元，增长（下降）4.35%", "FA3016")] // no direction, no rate to judge
    [InlineData(Xinjiang, "占政府采购支出总额的63.49%", "占政府采购支出总额的64.39%", "FA3002")]
    [InlineData(Xinjiang, "执法执勤用车10辆", "执法执勤用车11辆", "FA3005")]
    [InlineData(Xinjiang, "“良”的项目1个", "“良”的项目2个", "FA3005")] // “其中：…“优”的项目5个，…“良”的项目2个” of “项目共6个”
    public void A_planted_error_gives_one_finding_on_its_line(string name, string right, string wrong, string rule)
    {
        var text = Text(name);
        var finding = Assert.Single(Check(name, Planting.Planted(text, name, new[] { (right, wrong) })));
        Assert.Equal((rule, LineOf(text, right)), (finding.RuleId, finding.Location.Line));
    }

    /// <summary>
    /// One plant to a line (errors in one sentence are one statement's problem: a residue “减少（增加）” leaves its rate unjudged, two
    /// shares of one breakdown are reported together), and no 决算 that differs from 表七 (the shares of it are then not judged again).
    /// </summary>
    [Theory]
    [InlineData(Zhejiang)]
    [InlineData(Fujian)]
    [InlineData(Liaoning)]
    [InlineData(Xinjiang)]
    public void Every_planted_error_at_once_gives_exactly_its_findings(string name)
    {
        var text = Text(name);
        var plants = typeof(OtherMattersSectionTests).GetMethod(nameof(A_planted_error_gives_one_finding_on_its_line))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => a.GetData(null!).Single()).Where(d => (string)d[0] == name && (string)d[3] != "FA3001")
            .GroupBy(d => LineOf(text, (string)d[1])).Select(g => g.First()).ToList();
        var expected = plants.Select(d => $"{d[3]} 第{LineOf(text, (string)d[1])}行").Order().ToList();
        var planted = Planting.Planted(text, name, plants.Select(d => ((string)d[1], (string)d[2])));
        Assert.True(plants.Count >= 6);
        Assert.Equal(expected, Check(name, planted).Select(f => $"{f.RuleId} 第{f.Location.Line}行").Order().ToList());
    }

    /// <summary>The Xinjiang 情况说明 as a Word document (one paragraph to a line) reads as the text does: nothing when right, each planted error by its rule.</summary>
    [Theory]
    [InlineData("", "", null)]
    [InlineData("车均运行维护费2.40万元", "车均运行维护费2.60万元", "FA3006")]
    [InlineData("人均接待费210.53元", "人均接待费230.53元", "FA3006")]
    [InlineData("“良”的项目1个", "“良”的项目2个", "FA3005")]
    [InlineData("比上年减少10.00万元，下降4.35%", "比上年增加（减少）10.00万元，增长（下降）4.35%", "FA3016")]
    public void The_Xinjiang_text_as_a_Word_document_gives_the_same_findings(string right, string wrong, string? rule)
    {
        var text = right.Length == 0 ? Text(Xinjiang) : Planting.Planted(Text(Xinjiang), Xinjiang, new[] { (right, wrong) });
        var word = TestDocx.FromMarkdown(text, rows => TestDocx.Table(rows.Select(r => TestDocx.Row(r.Select(c => TestDocx.Cell(c)).ToArray())).ToArray()));
        var found = new Auditor().Audit("xinjiang.docx", word).Findings.Where(f => f.RuleId.StartsWith("FA3", StringComparison.Ordinal)).Select(f => f.RuleId).ToList();
        Assert.Equal(rule is null ? new List<string>() : new List<string> { rule }, found);
    }
}
