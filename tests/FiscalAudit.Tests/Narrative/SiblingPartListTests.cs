using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 9), seed 004: a list opened by “其中” goes on past “。” with a part named as another of the family of its
/// parts (list-leads.json siblings: 公务用车购置/运行, 国内/国（境）外接待, 人员经费/公用经费, the sources of 收入, what 机关运行经费 buys): “其中：公务用车购置支出0万元，车均购置费0万元。公务用车
/// 运行维护费支出9.28万元…” makes the 运行维护费 a part of 公务用车购置及运行维护费; an unnamed change opening the sentence after that
/// part is of the whole, not of the part (“国（境）外接待费0万元…。较上年减少2.69万元”).
/// </summary>
public class SiblingPartListTests
{
    private const string Vehicles = "公务用车购置及运行维护费支出9.28万元。其中：公务用车购置支出0万元，车均购置费0万元。公务用车运行维护费支出9.28万元，用于公务用车的燃料费、维修费、保险费等支出，车均运维费4.64万元。";

    private const string Reception = "公务接待费支出0.53万元。其中：国内公务接待费0.53万元，接待10批次，共接待45人次。主要用于按规定开支的各类公务接待支出。国（境）外接待费0万元，接待0批次，共接待0人次。较上年减少2.69万元，主要原因是厉行节约。";

    private const string Spaced = "公务用车购置及运行费12.00万元，其中：公务用车购置费8.00万元。\n公务用车运行费4.00万元，主要用于车辆燃料、维修等。";

    private const string Foreign = "公务接待费3.00万元。其中：国（境）外接待费1.00万元，接待外宾2批次。国内公务接待费2.00万元，接待20批次。";

    private const string Basic = "基本支出1,250.60万元。其中：人员经费1,050.40万元，主要包括基本工资、津贴补贴、奖金、社会保障缴费等。公用经费200.20万元，主要包括办公费、印刷费、水电费、差旅费等。";

    private const string Income = "2023年度收入合计3,000.00万元。其中：财政拨款收入2,600.00万元，占86.67%。事业收入300.00万元，占10.00%。经营收入0万元。其他收入100.00万元，占3.33%，主要是利息收入。";

    private const string Running = "机关运行经费支出60.00万元，比上年减少5.00万元，下降7.69%。其中：办公费20.00万元，主要用于购买办公用品。差旅费15.00万元，用于干部职工出差。水电费25.00万元。";

    [Theory]
    [InlineData(Vehicles, "公务用车运行维护费支出", "公务用车购置及运行维护费支出")]
    [InlineData(Reception, "国（境）外接待费", "公务接待费支出")]
    [InlineData(Spaced, "公务用车运行费", "公务用车购置及运行费")]
    [InlineData(Foreign, "国内公务接待费", "公务接待费")]
    [InlineData(Basic, "公用经费", "基本支出")]
    [InlineData(Income, "其他收入", "收入合计")]
    [InlineData(Running, "水电费", "机关运行经费支出")]
    public void A_sibling_in_the_next_sentence_is_a_part_of_the_whole(string text, string part, string whole)
    {
        var fact = Assert.Single(FromText(text).Narrative.Facts, f => f.Kind == FactKind.Amount && f.Quantity == part);
        Assert.Equal(whole, fact.Whole?.Quantity);
        Assert.Empty(Findings(text, "FA3005"));
    }

    [Theory]
    [InlineData(Vehicles, "公务用车运行维护费支出9.28万元", "公务用车运行维护费支出9.50万元", "9.50")]
    [InlineData(Reception, "国（境）外接待费0万元", "国（境）外接待费0.20万元", "0.73")]
    [InlineData(Foreign, "国内公务接待费2.00万元", "国内公务接待费2.50万元", "3.50")]
    [InlineData(Basic, "公用经费200.20万元", "公用经费210.20万元", "1,260.60")]
    [InlineData(Income, "事业收入300.00万元", "事业收入350.00万元", "3,050.00")]
    [InlineData(Running, "水电费25.00万元", "水电费28.00万元", "63.00")]
    public void A_sibling_that_overshoots_the_whole_gives_one_finding(string text, string right, string wrong, string sum)
    {
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(Findings(text.Replace(right, wrong, StringComparison.Ordinal), "FA3005"));
        Assert.Contains(sum, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_after_the_continued_part_is_of_the_whole()
    {
        var facts = FromText(Reception).Narrative.Facts;
        var change = Assert.Single(facts, f => f.Kind == FactKind.Change);
        Assert.Equal("公务接待费支出", change.Subject?.Quantity);
    }

    [Theory]
    [InlineData("公务接待费支出3.00万元。其中：国内公务接待费3.00万元。公务用车运行维护费支出9.28万元。")]
    [InlineData("基本支出100.00万元。其中：人员经费80.00万元，公用经费20.00万元。项目支出50.00万元。")]
    [InlineData("公务用车购置及运行维护费支出9.28万元。其中：公务用车购置支出0万元。因公出国（境）费支出0万元。")]
    [InlineData("“三公”经费支出5.00万元。其中：公务接待费支出2.00万元，公务用车购置及运行维护费3.00万元。会议费支出4.00万元。培训费支出6.00万元。")]
    public void An_amount_of_another_family_opens_no_part(string text)
    {
        var last = FromText(text).Narrative.Facts.Last(f => f.Kind == FactKind.Amount);
        Assert.Null(last.Whole);
    }

    [SharedFact]
    public void Seed_004_three_public_parts_go_on_past_the_full_stop()
    {
        var facts = FromText(File.ReadAllText(Repo.Seed("004"))).Narrative.Facts;
        var upkeep = Assert.Single(facts, f => f.Kind == FactKind.Amount && f.Quantity == "公务用车运行维护费支出");
        Assert.Equal("公务用车购置及运行维护费支出", upkeep.Whole?.Quantity);
        var foreign = Assert.Single(facts, f => f.Kind == FactKind.Amount && f.Quantity == "国（境）外接待费");
        Assert.Equal("公务接待费支出", foreign.Whole?.Quantity);
        var change = Assert.Single(facts, f => f.Kind == FactKind.Change && f.Amount is { Value: 2.69m });
        Assert.Same(foreign.Whole, change.Subject);
    }
}
