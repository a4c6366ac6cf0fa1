using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A list lead that names its own whole (“一般公共预算拨款按收支款项分别为：”) takes no amount of an earlier sentence as the
/// whole of its items, even where a unit's character ends the name (“款项”, “专项”, “受助人”): seed 001 hard-wrapped at 78
/// columns joins “…其他收入30.57万元。” and that list into one paragraph.
/// </summary>
public class NamedListLeadTests
{
    private const string Sources = "1.资金来源：2020年区财政局收入年初预算825.19万元，调整预算数1057.06万元，款项来源为一般公共预算财政拨款收入1057.06万元，非同级财政拨款的其他收入30.57万元。";

    private static List<string> Fa3005(string text) =>
        NarrativeFindings(FromText(text)).Where(f => f.RuleId == "FA3005").Select(f => f.Message).ToList();

    [Theory]
    [InlineData("一般公共预算拨款按收支款项分别为")]
    [InlineData("上级补助按专项分别为")]
    [InlineData("困难补助资金按受助人分别为")]
    [InlineData("一般公共预算拨款包括")]
    public void A_lead_that_names_its_whole_takes_no_amount_of_the_sentence_before(string lead)
    {
        var text = Sources + $"{lead}：财政行政运行978.11万元，占总收入的92.53%、信息化建设6.23万元，占总收入的0.59%;其他财政事务支出63.17万元,占总收入的5.98%。";
        var item = Assert.Single(FromText(text).Narrative.Facts, f => f.Kind == FactKind.Amount && f.Quantity == "财政行政运行");
        Assert.Null(item.Whole);
        Assert.Empty(Fa3005(text));
    }

    [Theory]
    [InlineData("非同级财政拨款的其他收入30.57万元分别为：离退休人员生活补助29.52万元，业务培训经费0.75万元，党建补助经费0.30万元。", "30.57")]
    [InlineData("非同级财政拨款的其他收入30.57万元分别为：离退休人员生活补助29.52万元，业务培训经费0.75万元，党建补助经费0.20万元。", "30.47")]
    [InlineData("本年安排专项资金3项，非同级财政拨款的其他收入30.57万元（分别为：离退休人员生活补助29.52万元，业务培训经费0.75万元，党建补助经费0.10万元）。", "30.37")]
    public void A_lead_right_after_an_amount_still_takes_that_amount(string text, string sum)
    {
        var whole = Assert.Single(FromText(text).Narrative.Facts, f => f.Parts.Count == 3);
        Assert.Equal("非同级财政拨款的其他收入", whole.Quantity);
        var findings = Fa3005(text);
        Assert.Equal(sum != "30.57", findings.Count == 1);
        Assert.All(findings, m => Assert.Contains($"所列构成之和 {sum}", m));
    }

    [SharedFact]
    public void Seed_001_wrapped_at_78_columns_gives_no_breakdown_across_the_full_stop()
    {
        var wrapped = PrintedLayout.Wrap(File.ReadAllText(Repo.Seed("001")), 78);
        var disclosure = FromText(wrapped);
        Assert.Contains(disclosure.Source.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("30.57万元。一般公共预算拨款按收支款项分别为", StringComparison.Ordinal));
        Assert.DoesNotContain(NarrativeFindings(disclosure), f => f.RuleId == "FA3005" && f.Message.Contains("“非同级财政拨款的其他收入”30.57", StringComparison.Ordinal));
    }
}
