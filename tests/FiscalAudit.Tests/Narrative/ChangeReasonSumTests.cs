using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 9): the reasons of a change in 甘肃's wording (“比2019年增加5.36万元，增长7.71%。主要原因是：一是劳务派遣人员增加，
/// 劳务费增加4.20万元；二是办公设备更新，办公设备购置费增加1.16万元。”). Stated as all of it (“原因是：”), with every point one signed
/// amount, their signed sum is the change: right it gives no finding, wrong one FA3005 on the change. Reasons called main or some
/// (“主要原因是”, “等”, “其他”) or a point without its amount are not summed.
/// </summary>
public class ChangeReasonSumTests
{
    private const string Gansu = "gansu-district-operating-cost-centre.txt";

    private const string Stated = "比2019年增加5.36万元，增长7.71%。主要原因是：一是劳务派遣人员增加，劳务费增加4.20万元；二是办公设备更新，办公设备购置费增加1.16万元。";

    private static string Worded(string wording)
    {
        var text = Text(Gansu);
        Assert.Equal(1, text.Split(Stated).Length - 1);
        return text.Replace(Stated, wording, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("比2019年增加5.36万元，增长7.71%。原因是：一是劳务派遣人员增加，劳务费增加4.20万元；二是办公设备更新，办公设备购置费增加1.16万元。")]
    [InlineData("比2019年增加5.36万元，增长7.71%，原因是：一是劳务费增加6.20万元；二是办公设备购置费减少0.84万元。")]
    [InlineData("比2019年增加5.36万元，增长7.71%。增加的原因为：一是劳务费增加4.00万元，二是办公设备购置费增加1.16万元，三是差旅费增加0.20万元。")]
    public void Reasons_that_add_up_give_no_finding(string wording) =>
        Assert.Empty(Check(Worded(wording)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Theory]
    [InlineData("比2019年增加5.36万元，增长7.71%。原因是：一是劳务派遣人员增加，劳务费增加4.30万元；二是办公设备更新，办公设备购置费增加1.16万元。", "合计为增加 5.46万元")]
    [InlineData("比2019年增加5.36万元，增长7.71%，原因是：一是劳务费增加6.20万元；二是办公设备购置费增加0.84万元。", "合计为增加 7.04万元")]
    [InlineData("比2019年增加5.36万元，增长7.71%。增加的原因为：一是劳务费增加4.00万元，二是办公设备购置费增加1.16万元，三是差旅费减少0.20万元。", "合计为增加 4.96万元")]
    public void Reasons_that_do_not_add_up_are_one_finding_on_the_change(string wording, string named)
    {
        var text = Worded(wording);
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3005", LineOf(text, "比2019年增加5.36万元")), (finding.RuleId, finding.Location.Line));
        Assert.Contains(named, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("比2019年增加5.36万元，增长7.71%。主要原因是：一是劳务派遣人员增加，劳务费增加4.30万元；二是办公设备更新，办公设备购置费增加1.16万元。")]
    [InlineData("比2019年增加5.36万元，增长7.71%。原因是：一是劳务费增加4.30万元；二是办公设备购置费增加1.16万元等。")]
    [InlineData("比2019年增加5.36万元，增长7.71%。原因是：一是劳务费增加4.30万元；二是办公设备购置费增加1.16万元；三是其他支出有所增加。")]
    [InlineData("比2019年增加5.36万元，增长7.71%。原因是：一是劳务派遣人员增加；二是办公设备购置费增加1.16万元。")]
    public void Reasons_not_stated_as_all_of_the_change_are_not_summed(string wording) =>
        Assert.Empty(Check(Worded(wording)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
}
