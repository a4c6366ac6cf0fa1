using CsCheck;
using FiscalAudit.Extract.SelfEvaluation;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>Rubric items are read by Extract; FA4505 only adds them up.</summary>
public class RubricItemsTests
{
    [SharedFact]
    public void Seed001_A11_rubric_has_four_items()
    {
        var a11 = Assert.Single(SelfEvaluationKit.Evaluations("001").Departments).All().Single(n => n.Code == "A11");
        Assert.Equal(new[] { 0.25m, 0.5m, 0.25m, 0.5m }, a11.RubricItems.Select(p => p.Value));
        Assert.Equal(new[] { 2, 1, 2, 1 }, a11.RubricItems.Select(p => p.Decimals));
    }

    [Theory]
    [InlineData("①有制度，得1分；②执行到位，得1分。", 2)]
    [InlineData("①有制度，得1分；②未执行扣1分。", 0)]           // deduction
    [InlineData("①有制度，酌情得1分；②执行到位，得1分。", 0)]     // discretion
    [InlineData("有制度得1分，执行到位得1分。", 0)]               // not itemised
    [InlineData("①全部完成得2分。", 0)]                           // one item
    [InlineData(null, 0)]
    public void Only_additive_itemised_rubrics_have_items(string? rubric, int count)
    {
        Assert.Equal(count, RubricItems.Read(rubric).Count);
    }

    [Fact]
    public void Any_text_reads_without_crashing()
    {
        Gen.String[Gen.Char["①②0123456789.分扣酌情得 ，；"], 0, 80].Sample(s => RubricItems.Read(s).All(p => p.Value >= 0m));
    }
}
