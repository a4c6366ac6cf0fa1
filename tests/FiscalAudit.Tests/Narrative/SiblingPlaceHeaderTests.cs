using static FiscalAudit.Tests.Narrative.DepartmentNameKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a header naming a body of another district, county or 片区 of the department's city or zone. A grid's title row
/// printing a table's title in one cell beside its unit or number (“南宁市西乡塘区财政局2024年度部门决算 | 单位：万元”), or the name and
/// the rest of the title in two cells (“南宁市西乡塘区财政局 | 2024年度部门决算”), names the body as a title line does; a free trade
/// zone's name is read whole with its country and province in brackets (“中国（湖南）自由贸易试验区长沙片区管理委员会”), so that the
/// zone's other 片区 (“…岳阳片区管理委员会”) is another body while its name without the brackets, its short name (“湖南自贸区长沙片区
/// 管委会”, “长沙片区管委会”) and the department's own 二级单位 under 填报单位 are the department's.
/// </summary>
public class SiblingPlaceHeaderTests
{
    private const string Qingxiu = "南宁市青秀区财政局";

    private const string Changsha = "中国（湖南）自由贸易试验区长沙片区管理委员会";

    /// <summary>A 青秀区 document whose table's title row is <paramref name="row"/> (cells apart by tabs).</summary>
    private static string Grid(string row) =>
        $"2024年度\n\n{Qingxiu}\n\n部门决算\n\n收入支出决算总表\n\n公开01表\n\n{row}\n项目\t金额\n本年收入合计\t199.52\n";

    [Theory]
    [InlineData("南宁市西乡塘区财政局2024年度部门决算\t单位：万元", "南宁市西乡塘区财政局")]
    [InlineData("南宁市西乡塘区财政局\t2024年度部门决算", "南宁市西乡塘区财政局")]
    [InlineData("公开01表\t南宁市兴宁区财政局2024年度收入支出决算总表\t单位：万元", "南宁市兴宁区财政局")]
    [InlineData("南宁市西乡塘区财政局\t2024年度收入支出决算总表\t金额单位：万元", "南宁市西乡塘区财政局")]
    public void A_title_row_of_another_district_is_one_finding(string row, string other) =>
        AssertOneOther(Qingxiu, other, row.Split('\t').First(c => c.Contains(other, StringComparison.Ordinal)), [Grid(row)]);

    [Theory]
    [InlineData("南宁市青秀区财政局2024年度部门决算\t单位：万元")]
    [InlineData("南宁市青秀区财政局\t2024年度部门决算")]
    [InlineData("青秀区财政局\t2024年度收入支出决算总表\t单位：万元")]
    [InlineData("南宁市青秀区财政投资评审中心\t行政单位\t100.00")]
    public void A_title_row_of_the_department_or_a_units_row_is_none(string row) => AssertSilent(Qingxiu, [Grid(row)]);

    /// <summary>The zone's document: its cover (the name perhaps over two lines), its headers.</summary>
    private static string Zone(string cover, string header) => Document(cover, header);

    [Theory]
    [InlineData(Changsha, "编制单位：中国（湖南）自由贸易试验区岳阳片区管理委员会　　单位：万元", "中国（湖南）自由贸易试验区岳阳片区管理委员会")]
    [InlineData("中国（湖南）自由贸易试验区\n长沙片区管理委员会", "编制单位：中国（湖南）自由贸易试验区岳阳片区管理委员会", "中国（湖南）自由贸易试验区岳阳片区管理委员会")]
    [InlineData(Changsha, "编制单位：岳阳片区管委会", "岳阳片区管委会")]
    [InlineData(Changsha, "编制单位：湖南自贸区郴州片区管委会", "湖南自贸区郴州片区管委会")]
    public void Another_area_of_the_zone_is_one_finding(string cover, string header, string other)
    {
        var text = Zone(cover, header);
        Assert.Equal((Changsha, other, LineOf(text, header)), TheOneOther(text));
    }

    [Theory]
    [InlineData(Changsha, "编制单位：中国（湖南）自由贸易试验区长沙片区管理委员会　　单位：万元")]
    [InlineData("中国（湖南）自由贸易试验区\n长沙片区管理委员会", "编制单位：自由贸易试验区长沙片区管理委员会")]
    [InlineData(Changsha, "编制单位：湖南自贸区长沙片区管委会")]
    [InlineData(Changsha, "编制单位：长沙片区管委会")]
    [InlineData(Changsha, "编制单位：中国(湖南)自由贸易试验区长沙片区管理委员会")]
    public void The_zone_printed_with_or_without_its_country_and_province_is_none(string cover, string header) =>
        AssertSilent(Changsha, [Zone(cover, header)]);

    [Fact]
    public void The_full_name_is_the_identity_however_the_headers_shorten_it()
    {
        var text = Zone("中国（湖南）自由贸易试验区\n长沙片区管理委员会", "编制单位：长沙片区管理委员会")
            + "\n收入决算表\n\n公开02表\n\n编制单位：湖南自贸区长沙片区管委会\n";
        Assert.Equal(Changsha, NarrativeTestKit.FromText(text).Department);
        Assert.Empty(Others(text));
    }
}
