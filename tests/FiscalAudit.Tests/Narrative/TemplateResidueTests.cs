using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>FA3016 and FA3011: template wording left in published text, in the forms reviewers meet.</summary>
public class TemplateResidueTests
{
    private static List<string> Residue(string text) =>
        NarrativeFindings(FromText(text)).Where(f => f.RuleId == "FA3016").Select(f => (string)f.Actual!).ToList();

    [Theory]
    [InlineData("2024年度收入总计2995.39万元，比上年增加（减少）35.12万元。", "增加（减少）")]
    [InlineData("一般公共预算财政拨款支出比上年下降（增长）5.20%，主要是人员减少。", "下降（增长）")]
    [InlineData("“三公”经费支出比上年增长(下降)12.00%。", "增长(下降)")]
    [InlineData("机关运行经费比上年减少 （ 增加 ） 3.10万元。", "减少 （ 增加 ）")]
    [InlineData("2023年度收入总计3,500.00万元，比上年增加/减少120.00万元。", "增加/减少")]
    [InlineData("2023年度支出总计3,500.00万元，比上年上升（下降）3.55%，主要原因是新增项目。", "上升（下降）")]
    [InlineData("一般公共预算财政拨款支出3,000.00万元，与上年相比增加（减少）额为100.00万元。", "增加（减少）")]
    public void Both_alternatives_kept_are_residue(string text, string expected)
    {
        Assert.Equal(new[] { expected }, Residue(text));
    }

    [Theory]
    [InlineData("本部门2024年度没有政府性基金收入，也没有使用政府性基金安排的支出，仍保留该表格式，并在本表下方作下述说明：本表无数据。", 1)]
    [InlineData("2024年度国有资产占用情况良好（如有重大变化请说明）。", 1)]
    [InlineData("政府采购支出总额120.00万元（如无政府采购，填写0）。", 1)]
    [InlineData("绩效目标完成情况良好（请简要说明未完成指标的原因）。", 1)]
    [InlineData("注：如本部门无一般公共预算财政拨款支出，请说明。", 1)]
    [InlineData("公用经费500.00万元，主要包括：办公费、印刷费（请列举主要项目）。", 1)]
    [InlineData("机关运行经费支出比上年增加20.00万元，主要原因是（说明增减原因）。", 1)]
    [InlineData("本部门2023年度财政拨款收入支出总计3,200.00万元（此处填写与上年对比情况及原因）。", 1)]
    [InlineData("本部门2023年度无国有资本经营预算财政拨款支出。（若无此项支出，需在此说明并保留表格）", 1)]
    [InlineData("本部门2023年度无政府性基金预算财政拨款支出。（如果没有此项支出，请保留空表）", 1)]
    [InlineData("支出总计比上年减少12.00万元，主要原因是人员减少（请对增减变化原因进行简要分析）。", 1)]
    [InlineData("本部门无政府性基金预算财政拨款收入支出（没有政府性基金预算财政拨款收入支出的，应当在此说明）。", 1)]
    [InlineData("机关运行经费支出120.00万元（未发生机关运行经费的，须注明）。", 1)]
    public void Drafting_instructions_left_in_are_residue(string text, int count)
    {
        Assert.Equal(count, Residue(text).Count);
    }

    [Theory]
    [InlineData("本年支出合计比上年增加12.00万元，主要原因是。", "主要原因是")]
    [InlineData("决算数大于预算数的主要原因：；", "主要原因：")]
    [InlineData("一般公共服务支出120.00万元，主要用于。", "主要用于")]
    [InlineData("政府采购支出总额120.00万元，其中：政府采购货物支出100.00万元、政府采购服务支出 万元。", "采购服务支出 万元")]
    [InlineData("本年支出合计比上年增长　%，主要是人员增加。", "计比上年增长　%")]
    public void A_sentence_that_stops_is_residue(string text, string expected)
    {
        Assert.Equal(new[] { expected }, Residue(text));
    }

    [Theory]
    [InlineData("收入总计比上年增加35.12万元，主要原因是人员增加。")]
    [InlineData("支出减少主要是由于项目结束等原因。")]
    [InlineData("比上年增加（主要是人员经费）35.12万元。")]
    [InlineData("比上年持平（同比增加0.00万元）。")]
    [InlineData("主要用于：人员工资、办公费。")]
    [InlineData("本部门无政府性基金收支，故本表无数据。")]
    [InlineData("各项支出的增减变化见附表“增加（减少）额”栏，增减幅度见“增长（下降）率”栏。")]
    [InlineData("注：本表金额转换为万元时，因四舍五入可能存在尾差（说明：不影响合计数）。")]
    [InlineData("注：如无特别说明，本表金额单位均为万元。")]
    [InlineData("公用经费主要用于办公费、水电费等（没有列支会议费、培训费的，均已在表六中列示为0）。")]
    [InlineData("政府采购支出总额120.00 万元，增长 12.5 %。")]
    public void Finished_text_is_not_residue(string text)
    {
        Assert.Empty(Residue(text));
    }

    [Fact]
    public void Boxes_of_squares_are_a_placeholder()
    {
        var findings = NarrativeFindings(FromText("本单位共有车辆□□辆，其中一般公务用车1辆。"));
        Assert.Contains(findings, f => f.RuleId == "FA3011" && (string)f.Actual! == "□□");
    }

    [Theory]
    [InlineData("2023年度本年支出合计3,300.00万元，较×年增加100.00万元。", "×")]
    [InlineData("本部门〇〇年度财政拨款收入支出总计3,200.00万元。", "〇〇")]
    [InlineData("单位价值50万元以上通用设备X台（套），单位价值100万元以上专用设备0台（套）。", "X")]
    [InlineData("2023年度机关运行经费支出500.00万元，比上年增长Ｘ%。", "Ｘ")]
    public void A_lone_sign_before_a_unit_or_circles_for_a_year_are_a_placeholder(string text, string placeholder)
    {
        var findings = NarrativeFindings(FromText(text));
        Assert.Contains(findings, f => f.RuleId == "FA3011" && (string)f.Actual! == placeholder);
    }

    [Theory]
    [InlineData("二〇〇八年建成的办公楼于2023年度完成维修，支出决算为12.00万元。")]
    [InlineData("本单位于二○○○年成立，2023年度共有车辆3辆。")]
    [InlineData("本部门2023年度购置X光机1台、CT机1台，共计350.00万元。")]
    [InlineData("会议室面积为3×4平方米，共2个。")]
    public void Zeros_of_a_written_year_and_Latin_words_are_no_placeholder(string text)
    {
        Assert.DoesNotContain(NarrativeFindings(FromText(text)), f => f.RuleId == "FA3011");
    }

    /// <summary>Issue 12 class 2 red team: residue in the forms the brief lists, each reported by its rule with the residue itself.</summary>
    [Theory]
    [InlineData("一般公共预算财政拨款支出比上年下降（增长）8.3%，主要是项目减少。", "FA3016", "下降（增长）")]
    [InlineData("“三公”经费支出决算比上年增长（下降）X%。", "FA3016", "增长（下降）")]
    [InlineData("本年支出合计比上年增加／减少56.00万元。", "FA3016", "增加／减少")]
    [InlineData("本部门没有政府性基金预算财政拨款收支，仍保留该表格式，并在本表下方作下述说明：本表无数据。", "FA3016", "仍保留该表格式”“在本表下方作下述说明")]
    [InlineData("国有资产占用情况良好（如有资产处置，请说明处置情况）。", "FA3016", "（如有资产处置，请说明处置情况）")]
    [InlineData("本部门主要职能为：（此处填写部门主要职能）。", "FA3016", "（此处填写部门主要职能）")]
    [InlineData("注：本表为空表的，请删除。", "FA3016", "注：本表为空表的，请删除")]
    [InlineData("注：本表反映本部门政府性基金收支，如无此项请删除本表。", "FA3016", "注：本表反映本部门政府性基金收支，如无此项请删除")]
    [InlineData("若无此项支出，请删除本段。", "FA3016", "若无此项支出，请删除本段")]
    [InlineData("本部门共有一般公务用车ＸＸ辆。", "FA3011", "ＸＸ")]
    [InlineData("本部门机关运行经费支出＿＿＿万元，比上年增加10.00万元。", "FA3011", "＿＿＿")]
    [InlineData("本年度共对【  】个项目开展绩效自评。", "FA3011", "【  】")]
    [InlineData("编制单位：【】", "FA3011", "【】")]
    [InlineData("本部门2024年度收入合计ｘｘ万元。", "FA3011", "ｘｘ")]
    [InlineData("本部门共有车辆××辆，单价100万元以上设备□□台。", "FA3011", "××”“□□")]
    public void Residue_in_each_form_is_reported(string text, string rule, string residue) =>
        Assert.Equal(new[] { residue }, NarrativeFindings(FromText(text)).Where(f => f.RuleId == rule).Select(f => (string)f.Actual!));

    /// <summary>Issue 12 class 2 red team: sentences that look like residue and are finished text.</summary>
    [Theory]
    [InlineData("一般公共预算财政拨款支出比上年增加（主要是人员经费增加）35.12万元。")]
    [InlineData("本部门购置XXL号执勤服装一批，支出2.00万元。")]
    [InlineData("购置XL型打印机3台，支出1.20万元。")]
    [InlineData("支出比上年减少（详见附表四）12.00万元。")]
    [InlineData("本年支出合计比上年增长3.5%（增长的主要原因是新增项目）。")]
    [InlineData("本部门共有车辆3辆（其中一般公务用车1辆）。")]
    [InlineData("本表“增长（下降）率”栏按上年决算数计算。")]
    [InlineData("本年收入合计比上年增加、减少的原因是项目调整。")]
    [InlineData("注：本表金额单位为万元，如无特别说明均为决算数。")]
    [InlineData("项目编号XM2024001的资金已全部到位。")]
    [InlineData("型号为X-2000的检测设备1台。")]
    [InlineData("本部门2024年度收入合计199.52万元（不含上年结转）。")]
    [InlineData("填表人：＿＿＿＿　联系电话：12345678")]
    [InlineData("根据沪财预〔2024〕5号文件，本年收入合计比上年增加（同比增长5.00%）10.00万元。")]
    [InlineData("本部门无政府性基金收支，故本表为空表，已按要求保留。")]
    public void Finished_text_that_looks_like_residue_is_not(string text) =>
        Assert.DoesNotContain(NarrativeFindings(FromText(text)), f => f.RuleId is "FA3016" or "FA3011");

    /// <summary>Underscores survive in Word and PDF text (plain text drops Markdown's “__”): a blank before a unit, not a signature line.</summary>
    [Theory]
    [InlineData("机关运行经费支出____万元。", "____")]
    [InlineData("共有车辆_辆。", "_")]
    [InlineData("审核人：________", null)]
    [InlineData("文件名 report_2024_final 已归档。", null)]
    public void Underscores_before_a_unit_are_a_blank(string text, string? placeholder)
    {
        var found = FiscalAudit.Extract.Narrative.TextMarks.Default.PlaceholdersIn(text, (_, _, _) => default!).Select(m => m.Text);
        Assert.Equal(placeholder is null ? Array.Empty<string>() : new[] { placeholder }, found);
    }
}
