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
    public void Both_alternatives_kept_are_residue(string text, string expected)
    {
        Assert.Equal(new[] { expected }, Residue(text));
    }

    [Theory]
    [InlineData("本部门2024年度没有政府性基金收入，也没有使用政府性基金安排的支出，仍保留该表格式，并在本表下方作下述说明：本表无数据。", 1)]
    [InlineData("2024年度国有资产占用情况良好（如有重大变化请说明）。", 1)]
    [InlineData("政府采购支出总额120.00万元（如无政府采购，填写0）。", 1)]
    [InlineData("绩效目标完成情况良好（请简要说明未完成指标的原因）。", 1)]
    public void Drafting_instructions_left_in_are_residue(string text, int count)
    {
        Assert.Equal(count, Residue(text).Count);
    }

    [Theory]
    [InlineData("本年支出合计比上年增加12.00万元，主要原因是。", "主要原因是")]
    [InlineData("决算数大于预算数的主要原因：；", "主要原因：")]
    [InlineData("一般公共服务支出120.00万元，主要用于。", "主要用于")]
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
}
