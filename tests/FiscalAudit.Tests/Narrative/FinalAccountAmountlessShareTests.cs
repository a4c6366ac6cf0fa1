using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Shares a 部门决算's 情况说明 states with neither amount (“基本支出占本年支出合计的比重为92.77%”, “项目支出占本年支出合计的7.23%”,
/// “一般公共服务（类）支出占一般公共预算财政拨款支出的91.90%”) are worked out on the tables (表一, 表二, 表三, 表五) when the part and the
/// whole each name one printed figure; a base that names two different figures (“总支出”: the 支出总计 219.29 and the 本年支出合计 207.58
/// of a document with 结转和结余) gives no finding. Fixtures: the Henan county (基本支出192.58, 项目支出15.00 of 207.58) and the Guangdong
/// district (every 类 of 表五) of Narrative/FinalAccounts.
/// </summary>
public class FinalAccountAmountlessShareTests
{
    private const string Henan = "henan-county-structure-centre.txt";

    private const string Guangdong = "guangdong-district-data-bureau.txt";

    private const string HenanStructure = "基本支出192.58万元，占92.77%；项目支出15.00万元，占7.23%；上缴上级支出0万元，占0%；经营支出0万元，占0%；对附属单位补助支出0万元，占0%。";

    private const string HenanRevenue = "2020年度本年收入合计214.52万元，其中：财政拨款收入214.52万元，占100%；上级补助收入0万元，占0%；事业收入0万元，占0%；经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入0万元，占0%。";

    private const string GuangdongStructure = "2020年度一般公共预算财政拨款支出192.58万元，主要用于以下方面：一般公共服务支出176.99万元，占91.90%；社会保障和就业支出10.65万元，占5.53%；卫生健康支出4.95万元，占2.57%。";

    [Theory]
    [InlineData(Henan, HenanStructure, "基本支出占本年支出合计的比重为92.77%，项目支出占本年支出合计的比重为7.23%。")]
    [InlineData(Henan, HenanStructure, "2020年度基本支出占本年支出合计的92.77%；项目支出占本年支出合计的7.23%。")]
    [InlineData(Henan, HenanStructure, "项目支出占本年支出合计的7.2%。")]
    [InlineData(Henan, HenanStructure, "基本支出占总支出的比重为47.99%。")]
    [InlineData(Henan, HenanRevenue, "2020年度本年收入合计214.52万元，财政拨款收入占本年收入合计的100%。")]
    [InlineData(Henan, HenanRevenue, "财政拨款收入占本年收入的比重为100.00%。")]
    [InlineData(Guangdong, GuangdongStructure, "2020年度一般公共预算财政拨款支出主要用于一般公共服务（类）支出，占一般公共预算财政拨款支出的91.90%；社会保障和就业（类）支出占一般公共预算财政拨款支出的5.53%；卫生健康（类）支出占一般公共预算财政拨款支出的2.57%。")]
    [InlineData(Guangdong, GuangdongStructure, "一般公共服务（类）支出占一般公共预算财政拨款支出的比重为91.9%。")]
    public void A_right_share_or_one_of_an_unknown_whole_gives_no_finding(string name, string right, string wording) =>
        AssertRewordedWithoutFinding(name, right, wording);

    [Theory]
    [InlineData(Henan, HenanStructure, "基本支出占本年支出合计的比重为92.77%，项目支出占本年支出合计的比重为7.32%。", "7.32%", "表三")]
    [InlineData(Henan, HenanStructure, "基本支出占本年支出合计的比重为97.27%，项目支出占本年支出合计的比重为7.23%。", "97.27%", "表三")]
    [InlineData(Henan, HenanStructure, "项目支出占本年支出合计的17.23%。", "17.23%", "表三")]
    [InlineData(Henan, HenanRevenue, "2020年度本年收入合计214.52万元，财政拨款收入占本年收入合计的95.00%。", "95.00%", "表二")]
    [InlineData(Guangdong, GuangdongStructure, "一般公共服务（类）支出占一般公共预算财政拨款支出的比重为91.09%。", "91.09%", "表五")]
    [InlineData(Guangdong, GuangdongStructure, "2020年度一般公共预算财政拨款支出主要用于一般公共服务（类）支出，占一般公共预算财政拨款支出的91.90%；社会保障和就业（类）支出占一般公共预算财政拨款支出的3.55%；卫生健康（类）支出占一般公共预算财政拨款支出的2.57%。", "3.55%", "表五")]
    public void A_wrong_share_gives_one_finding_naming_the_tables_cells(string name, string right, string wording, string printed, string table)
    {
        var text = Text(name);
        Assert.Equal(1, text.Split(right).Length - 1);
        var finding = Assert.Single(Check(text.Replace(right, wording, StringComparison.Ordinal)));
        Assert.Equal(("FA3002", LineAt(text, right)), (finding.RuleId, finding.Location.Line));
        Assert.Contains("说明写为 " + printed, finding.Message, StringComparison.Ordinal);
        Assert.Contains(table, finding.Message, StringComparison.Ordinal);
    }
}
