using static FiscalAudit.Tests.Narrative.ResidueStatement;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 6: a rate read however it is printed — full-width, spelled out, TeX-escaped, with a minus sign, split by
/// spaces (“增长5 .2 %”, “下降 3. 5%”), per mille — so a wrong rate is FA3003, a doubled or missing “%” FA3012, and a right one silent.
/// 20.00 on a base of 500.00 is 4.00%.
/// </summary>
public class PercentWritingFormTests
{
    private const string Rise = "2023年度收入合计520.00万元，比上年增加20.00万元，";
    private const string Fall = "2023年度收入合计480.00万元，比上年减少20.00万元，";

    [Theory]
    [InlineData(Rise + "增长５．２０％。", "FA3003")]
    [InlineData(Rise + "增长百分之五点二。", "FA3003")]
    [InlineData(Rise + "增长5.20\\%。", "FA3003")]
    [InlineData(Fall + "增长−5.00%。", "FA3003")]
    [InlineData(Fall + "下降了-5.00%。", "FA3003")]
    [InlineData(Rise + "增长4.00%%，主要原因是人员增加。", "FA3012")]
    [InlineData(Rise + "增长4.00％％。", "FA3012")]
    [InlineData(Rise + "增长4.00，主要是人员增加。", "FA3012")]
    [InlineData("项目预算执行率为95.60，主要原因是部分采购未完成。", "FA3012")]
    [InlineData(Rise + "增长5 .2 %。", "FA3003")]
    [InlineData(Rise + "增长 5. 20%。", "FA3003")]
    [InlineData(Rise + "增长5 . 2 ％，主要是人员增加。", "FA3003")]
    [InlineData(Fall + "下降 3. 5%。", "FA3003")]
    public void A_wrong_rate_is_reported_on_its_line(string sentence, string rule)
    {
        var finding = Assert.Single(Check(sentence, "FA3003", "FA3012"));
        Assert.Equal((rule, SentenceLine), (finding.RuleId, finding.Location.Line));
    }

    [Theory]
    [InlineData(Rise + "增长４．００％。")]
    [InlineData(Rise + "增长百分之四点零。")]
    [InlineData(Rise + "增长4\\%。")]
    [InlineData(Rise + "增长4 %。")]
    [InlineData(Rise + "增长4 .00 %。")]
    [InlineData(Rise + "增长 4. 0%。")]
    [InlineData(Fall + "下降4 . 00 ％。")]
    [InlineData(Fall + "下降 4. 00%，主要是人员减少。")]
    [InlineData(Rise + "增长40‰。")]
    [InlineData(Fall + "增长−4.00%。")]
    [InlineData(Fall + "下降了-4.00%。")]
    [InlineData(Fall + "下降4.00%。")]
    [InlineData("本年度预算执行率为百分之九十五点五。")]
    public void A_right_rate_is_silent(string sentence) => Assert.Empty(Check(sentence, "FA3003", "FA3012"));
}
