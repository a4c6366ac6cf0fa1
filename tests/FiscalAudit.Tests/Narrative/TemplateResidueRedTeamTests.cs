using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 2 red team: template residue as 湖南, 福建, 广西, 新疆, 黑龙江, 江西, 安徽 and 贵州 departments print it in 部门决算 and
/// 部门预算 text and table notes — unresolved alternatives in every bracket shape (FA3016), drafting instructions (FA3016), placeholders
/// in any script (FA3011) — one finding each, and the same words used legitimately (a table note “注：本表反映…”, the quoted column
/// “增加（减少）额”, a masked name, a model number) none.
/// </summary>
public class TemplateResidueRedTeamTests
{
    /// <summary>
    /// One planted defect: exactly one FA3011 or FA3016 finding, of <paramref name="rule"/>, quoting <paramref name="residue"/> (plain text
    /// drops Markdown's “**” of “***”, so the stars before 万元 are read as the one left).
    /// </summary>
    [Theory]
    [InlineData("湖南省平江县财政局", "本年支出合计1234.56万元，比上年下降（增长）5.23%，主要原因是人员减少。", "FA3016", "下降（增长）")]
    [InlineData("福建省莆田市民政局", "“三公”经费支出比上年增加(减少)12.30万元，主要原因是公务接待减少。", "FA3016", "增加(减少)")]
    [InlineData("广西壮族自治区南宁市青秀区商务局", "一般公共预算财政拨款支出比年初预算增加【减少】20.00万元。", "FA3016", "增加【减少】")]
    [InlineData("新疆维吾尔自治区哈密市教育局", "机关运行经费支出比上年增加/减少3.21万元。", "FA3016", "增加/减少")]
    [InlineData("黑龙江省绥化市财政局", "政府采购支出总额比上年增（减）15.00万元。", "FA3016", "增（减）")]
    [InlineData("江西省萍乡市卫生健康委员会", "本年收入合计比上年增长（下降）8.50%。", "FA3016", "增长（下降）")]
    [InlineData("贵州省毕节市财政局", "其他收入23.45万元，较上年增加（或减少）1.20万元。", "FA3016", "增加（或减少）")]
    [InlineData("安徽省六安市交通运输局", "年末结转和结余0万元（如有结转结余，请说明原因）。", "FA3016", "（如有结转结余，请说明原因）")]
    [InlineData("贵州省遵义市播州区水务局", "本部门无国有资本经营预算财政拨款支出（如无此项，请说明）。", "FA3016", "（如无此项，请说明）")]
    [InlineData("湖南省岳阳市司法局", "重点项目：此处填写项目名称及资金使用情况。", "FA3016", "此处填写")]
    [InlineData("广西壮族自治区桂林市民政局", "（此处填写本部门主要职能）", "FA3016", "（此处填写本部门主要职能）")]
    [InlineData("福建省三明市林业局", "请根据实际情况说明本部门政府采购情况。", "FA3016", "请根据实际情况说明")]
    [InlineData("广西壮族自治区柳州市水利局", "机关运行经费支出56.78万元（按财政拨款口径填列）。", "FA3016", "（按财政拨款口径填列）")]
    [InlineData("江西省九江市人力资源和社会保障局", "注：本表按部门预算口径填列，请删除本注释。", "FA3016", "注：本表按部门预算口径填列，请删除")]
    [InlineData("新疆维吾尔自治区伊犁州教育局", "（没有此项支出的，应说明原因）", "FA3016", "（没有此项支出的，应说明原因）")]
    [InlineData("新疆维吾尔自治区昌吉州审计局", "本部门共有公务用车XX辆，其中机要通信用车1辆。", "FA3011", "XX")]
    [InlineData("黑龙江省齐齐哈尔市统计局", "××局部门职责包括统计调查和数据发布。", "FA3011", "××")]
    [InlineData("江西省赣州市应急管理局", "全年国内公务接待ＸＸ批次，共计120人次。", "FA3011", "ＸＸ")]
    [InlineData("安徽省芜湖市商务局", "单价100万元以上专用设备□□台（套）。", "FA3011", "□□")]
    [InlineData("湖南省常德市自然资源局", "本部门20XX年度一般公共预算财政拨款支出1234.56万元。", "FA3011", "20XX")]
    [InlineData("福建省漳州市农业农村局", "本年收入合计***万元，主要为财政拨款收入。", "FA3011", "*")]
    [InlineData("安徽省合肥市住房和城乡建设局", "根据《安徽省财政厅关于××的通知》要求，编制本部门决算。", "FA3011", "××")]
    public void A_planted_residue_is_one_finding(string department, string text, string rule, string residue)
    {
        var findings = Residue(department, "部门决算", text);
        var finding = Assert.Single(findings);
        Assert.Equal((rule, residue), (finding.RuleId, (string)finding.Actual!));
    }

    /// <summary>A 部门预算 statement keeping both alternatives: one FA3016.</summary>
    [Fact]
    public void A_budget_statement_keeping_both_alternatives_is_one_finding()
    {
        var finding = Assert.Single(Residue("湖南省株洲市教育局", "部门预算", "本部门2024年收入预算1234.56万元，比2023年预算增加（减少）0万元。"));
        Assert.Equal(("FA3016", "增加（减少）"), (finding.RuleId, (string)finding.Actual!));
    }

    /// <summary>The same words used legitimately: no finding.</summary>
    [Theory]
    [InlineData("黑龙江省哈尔滨市财政局", "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")]
    [InlineData("江西省南昌市统计局", "注：本部门2023年度无政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。")]
    [InlineData("贵州省贵阳市水务局", "本年支出合计比上年增加12.50万元，增长8.30%。")]
    [InlineData("湖南省长沙市民政局", "表中“增加（减少）额”栏为本年数减上年数。")]
    [InlineData("福建省福州市财政局", "增加或减少的原因主要是项目调整。")]
    [InlineData("广西壮族自治区梧州市商务局", "年末结转和结余12.34万元（详见公开08表）。")]
    [InlineData("黑龙江省大庆市审计局", "对在职人员张××等3人进行了通报。")]
    [InlineData("江西省上饶市档案局", "本单位成立于二〇〇八年。")]
    [InlineData("安徽省蚌埠市公安局", "购置DS-2CD3T47XX型摄像机12台。")]
    [InlineData("贵州省六盘水市教育局", "注：本表金额单位为万元，以“-”表示减少。")]
    [InlineData("湖南省衡阳市卫生健康委员会", "注：如表格中数据为0，表示本年度未发生该项支出。")]
    [InlineData("新疆维吾尔自治区克拉玛依市财政局", "本部门按照《中华人民共和国预算法》的规定编制部门决算。")]
    [InlineData("福建省泉州市交通运输局", "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数。")]
    [InlineData("安徽省马鞍山市科学技术局", "收入较上年增减变动情况：增加5.00万元。")]
    [InlineData("广西壮族自治区北海市水利局", "本部门2023年度没有政府性基金预算财政拨款收支，按规定以空表列示。")]
    [InlineData("江西省景德镇市财政局", "其中：财政拨款收入100.00万元，较上年减少2.00万元，下降1.96%。")]
    [InlineData("湖南省郴州市司法局", "本表按收付实现制口径编制。")]
    [InlineData("贵州省铜仁市统计局", "本年收入合计**1234.56**万元，请社会各界监督。")]
    [InlineData("新疆维吾尔自治区吐鲁番市民政局", "此处所列项目均已完成绩效自评。")]
    public void The_same_words_used_legitimately_are_silent(string department, string text) =>
        Assert.Empty(Residue(department, "部门决算", text));

    /// <summary>The FA3011 and FA3016 findings of a document of <paramref name="department"/> stating <paramref name="text"/> in its 情况说明.</summary>
    private static List<FiscalAudit.Core.Findings.Finding> Residue(string department, string kind, string text) =>
        NarrativeFindings(FromText($"2023年度\n\n{department}\n\n{kind}\n\n第二部分 情况说明\n\n一、收入支出决算总体情况\n\n{text}\n\n二、其他说明\n\n本部门无其他需要说明的事项。\n"))
            .Where(f => f.RuleId is "FA3011" or "FA3016").ToList();
}
