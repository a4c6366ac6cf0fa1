using static FiscalAudit.Tests.Narrative.ResidueStatement;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 2: a person's name masked for publication (“张××等3人”, “王××”, “李某某同志”) is no placeholder; the same signs
/// where a template wanted a place, an organisation or a year stay FA3011 on their line.
/// </summary>
public class MaskedNameTests
{
    [Theory]
    [InlineData("本部门共有在职人员张××等3人，均为财政拨款人员。")]
    [InlineData("联系人：王××")]
    [InlineData("联系人：王×× 联系电话：0871-12345678")]
    [InlineData("李某某同志任办公室主任，负责部门决算编制。")]
    [InlineData("本年度表彰先进个人欧阳××、司马XX、陈××（女）共3人。")]
    [InlineData("经审计，刘□□，赵＊＊等2人多领取的补贴0.50万元已全部追回。")]
    public void A_masked_name_is_silent(string sentence) => Assert.Empty(Check(sentence, "FA3011"));

    [Theory]
    [InlineData("本部门下设××局、××中心等2个二级单位。", "××")]
    [InlineData("项目实施地点位于××县××镇。", "××")]
    [InlineData("编制单位：XX单位，联系人：张××", "XX")]
    [InlineData("本部门20XX年度收入合计1,200.00万元，联系人：李某某。", "20XX")]
    [InlineData("项目资金拨付至位于××，用于设备购置。", "××")]
    [InlineData("本年度办公经费××、印刷费5.00万元。", "××")]
    [InlineData("张××局长带队开展绩效评价。", "××")]
    public void A_placeholder_next_to_a_surname_is_still_reported(string sentence, string residue)
    {
        var finding = Assert.Single(Check(sentence, "FA3011"));
        Assert.Equal((residue, SentenceLine), ((string)finding.Actual!, finding.Location.Line));
    }
}
