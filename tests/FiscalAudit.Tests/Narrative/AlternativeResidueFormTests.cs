using static FiscalAudit.Tests.Narrative.ResidueStatement;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 2: both alternatives of a direction kept, in every bracket and join a template prints (FA3016),
/// and finished sentences with one direction word and a bracketed explanation, silent.
/// </summary>
public class AlternativeResidueFormTests
{
    [Theory]
    [InlineData("2023年度本部门收入合计1,265.40万元，比上年增（减）12.50万元，主要原因是人员增加。", "增（减）")]
    [InlineData("一般公共预算财政拨款支出较上年增加或减少8.60万元，主要是项目支出调整。", "增加或减少")]
    [InlineData("公务用车运行维护费比上年增加或者减少1.20万元。", "增加或者减少")]
    [InlineData("本年支出决算比年初预算增加（或减少）30.00万元，主要是追加项目。", "增加（或减少）")]
    [InlineData("机关运行经费支出86.20万元，比上年增加【减少】5.00万元。", "增加【减少】")]
    [InlineData("政府采购支出总额120.00万元，比上年增加[减少]15.00万元。", "增加[减少]")]
    [InlineData("本部门2022年度财政拨款支出较年初预算数增加〔减少〕40.00万元。", "增加〔减少〕")]
    [InlineData("年末结转和结余资金较上年上升(下降)2.1%，主要是项目未完工。", "上升(下降)")]
    [InlineData("本年收入合计较上年下降（增长）4.6%，主要是上级补助收入减少。", "下降（增长）")]
    [InlineData("“三公”经费支出比上年增长/下降3.2%，主要原因是公务接待减少。", "增长/下降")]
    [InlineData("2023年度一般公共预算财政拨款基本支出比上年增长［降低］6.3%。", "增长［降低］")]
    public void Both_alternatives_are_reported_on_their_line(string sentence, string residue)
    {
        var finding = Assert.Single(Check(sentence, "FA3016"));
        Assert.Equal((residue, SentenceLine), ((string)finding.Actual!, finding.Location.Line));
    }

    [Theory]
    [InlineData("本年收入合计比上年增长（含追加预算）12.00万元，主要是新增专项。")]
    [InlineData("本年支出合计比上年减少（主要是会议费压减）8.00万元。")]
    [InlineData("（四）一般公共预算财政拨款支出决算增减变化情况说明")]
    [InlineData("本年收入合计比上年增加12.00万元，增长4.0%（增加的主要原因是新增人员）。")]
    [InlineData("年末结转和结余较年初增加、减少的原因均已在附表中说明。")]
    [InlineData("公务接待费支出比上年减少（同比下降15.00%）3.00万元。")]
    [InlineData("各项支出增加或减少的原因详见下文。")]
    [InlineData("基本支出或项目支出增加的，均按规定程序报批。")]
    [InlineData("本年支出合计比上年增加【主要是人员经费】10.00万元。")]
    public void Finished_sentences_are_silent(string sentence) => Assert.Empty(Check(sentence, "FA3016"));
}
