using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3 on documents of regions not seen before: a cover whose name holds a word ending like a place (“城市管理委员会”),
/// committees of the Party, the democratic parties and the Youth League, people's organisations, township governments and
/// 街道办事处 are read as one department; a header naming another unit (the parent city's, another district's, another party's)
/// is reported at its line, harmless short forms are silent; a body the units section names after “隶属” (with or without 于)
/// is the parent, not an own unit; a document whose only name is 表一's title is that department's.
/// </summary>
public class UnseenRegionIdentityClassesTests
{
    [Theory]
    [InlineData("2023年度\n\n北京市朝阳区\n城市管理委员会\n\n部门决算", "北京市朝阳区城市管理委员会")]
    [InlineData("北京市朝阳区\n城市管理委员会\n2023年度部门决算", "北京市朝阳区城市管理委员会")]
    [InlineData("2023年度北京市朝阳区\n城市管理委员会部门决算", "北京市朝阳区城市管理委员会")]
    [InlineData("2023年度\n\n杭州市西湖区\n农业农村局\n\n部门决算", "杭州市西湖区农业农村局")]
    [InlineData("2023年度\n\n民革南宁市\n委员会\n\n部门决算", "民革南宁市委员会")]
    [InlineData("2023年度\n\n宁乡市大成桥镇\n人民政府\n\n部门决算", "宁乡市大成桥镇人民政府")]
    public void A_cover_name_split_over_lines_is_read_whole(string cover, string department)
    {
        var d = FromText(cover + string.Format(Tables, "编制单位：" + department + "　　金额单位：万元"));
        Assert.Equal(department, d.Department);
        Assert.DoesNotContain(NarrativeFindings(d), f => f.RuleId == "FA3014");
    }

    [Theory]
    [InlineData("上海市普陀区民政局", "编制单位：上海市民政局", "上海市民政局")]
    [InlineData("上海市普陀区民政局", "编制单位：上海市静安区民政局单位：万元", "上海市静安区民政局")]
    [InlineData("长沙县民政局", "编制单位：长沙市民政局", "长沙市民政局")]
    [InlineData("宁乡县财政局", "编制单位：宁乡市财政局公开01表", "宁乡市财政局")]
    [InlineData("宁乡市大成桥镇人民政府", "编制单位：宁乡市双江口镇人民政府", "宁乡市双江口镇人民政府")]
    [InlineData("成都市锦江区春熙路街道办事处", "编制单位：成都市锦江区书院街街道办事处", "成都市锦江区书院街街道办事处")]
    [InlineData("民革南宁市委员会", "编制单位：民盟南宁市委员会", "民盟南宁市委员会")]
    [InlineData("共青团南宁市委员会", "编制单位：南宁市妇女联合会", "南宁市妇女联合会")]
    [InlineData("南宁市妇女联合会", "编制单位：南宁市总工会", "南宁市总工会")]
    [InlineData("中国共产党南宁市委员会组织部", "编制单位：中国共产党南宁市委员会宣传部", "中国共产党南宁市委员会宣传部")]
    [InlineData("北京市朝阳区城市管理委员会", "部门：北京市海淀区城市管理委员会", "北京市海淀区城市管理委员会")]
    public void A_header_naming_another_unit_is_reported_at_its_line(string department, string header, string other)
    {
        var text = Document(department, header);
        Assert.Equal((department, other, LineOf(text, header)), TheOneOther(text));
    }

    [Theory]
    [InlineData("南宁市青秀区财政局", "编制单位：区财政局")]
    [InlineData("南宁市青秀区财政局", "编制单位：青秀区财政局（本级）")]
    [InlineData("南宁市青秀区财政局", "编制单位：南宁市青秀区财政局机关")]
    [InlineData("南宁市青秀区财政局", "编制单位：南宁市青秀区财政局本部")]
    [InlineData("南宁市青秀区财政局", "编制单位：中共南宁市青秀区财政局党组")]
    [InlineData("中共南宁市委宣传部", "编制单位：市委宣传部")]
    [InlineData("中共南宁市委宣传部", "编制单位：中国共产党南宁市委员会宣传部")]
    [InlineData("湖南省浏阳市民政局", "编制单位：浏阳市民政局")]
    [InlineData("平江县安定镇人民政府", "编制单位：平江县安定镇政府")]
    [InlineData("南宁市妇女联合会", "编制单位：南宁市妇联")]
    [InlineData("南宁市科学技术协会", "编制单位：南宁市科协")]
    [InlineData("共青团南宁市委员会", "编制单位：团市委")]
    [InlineData("中国国民党革命委员会南宁市委员会", "编制单位：民革南宁市委员会")]
    public void A_harmless_short_form_is_silent(string department, string header)
    {
        var text = Document(department, header);
        Assert.Equal(department, FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [InlineData("南宁市青秀区财政局", "南宁市青秀区财政局下属事业单位2个，分别为南宁市青秀区财政投资评审中心、南宁市青秀区国库集中支付中心。", "南宁市青秀区国库集中支付中心")]
    [InlineData("南宁市青秀区农业农村局", "本部门所属单位包括：南宁市青秀区农业技术推广站、南宁市青秀区农业科学研究所、南宁市青秀区农业综合执法大队。", "南宁市青秀区农业综合执法大队")]
    [InlineData("南宁市青秀区农业农村局", "本部门所属单位包括：南宁市青秀区农业技术推广站、南宁市青秀区农业科学研究所。", "南宁市青秀区农技站")]
    public void A_unit_the_units_section_lists_is_silent(string department, string units, string header) =>
        Assert.Empty(Others(UnitsDocument(department, units, "编制单位：" + header)));

    [Theory]
    [InlineData("南宁市青秀区财政投资评审中心隶属南宁市青秀区财政局，为公益一类事业单位。")]
    [InlineData("南宁市青秀区财政投资评审中心隶属于南宁市青秀区财政局，为公益一类事业单位。")]
    [InlineData("本中心隶属南宁市青秀区财政局管理。")]
    public void The_body_named_after_lishu_is_the_parent_and_reported_whole(string units)
    {
        var text = UnitsDocument("南宁市青秀区财政投资评审中心", units, "编制单位：南宁市青秀区财政局");
        Assert.Equal(new[] { "南宁市青秀区财政局" }, Others(text));
    }

    [Fact]
    public void A_table_header_after_a_units_section_the_layout_left_open_is_still_checked()
    {
        var text = "2023年度\n\n南宁市青秀区财政局\n\n部门决算\n\n二、机构设置\n\n本部门所属单位包括：南宁市青秀区国库集中支付中心。\n\n"
            + "收入支出决算总表\n\n公开01表\n\n编制单位：南宁市青秀区民政局\n\n本年收入合计199.52万元。\n";
        Assert.Equal(new[] { "南宁市青秀区民政局" }, Others(text));
    }

    [Theory]
    [InlineData("南宁市青秀区财政局2023年度收入支出决算总表", "南宁市青秀区财政局")]
    [InlineData("宁乡市大成桥镇人民政府2023年度收入决算表", "宁乡市大成桥镇人民政府")]
    [InlineData("民革南宁市委员会2024年部门收支预算总表", "民革南宁市委员会")]
    public void The_title_of_table_one_alone_names_the_department(string title, string department) =>
        Assert.Equal(department, FromText(title + "\n\n公开01表\n\n单位：万元\n\n本年收入合计199.52万元。\n").Department);

    [Theory]
    [InlineData("2023年度收入支出决算总表")]
    [InlineData("按照南宁市财政局2023年度决算工作要求填报本表")]
    public void A_table_title_naming_no_organisation_or_citing_one_names_no_department(string title) =>
        Assert.Null(FromText(title + "\n\n公开01表\n\n单位：万元\n\n本年收入合计199.52万元。\n").Department);

    /// <summary>The document of <paramref name="department"/> whose 机构设置 says <paramref name="units"/>, its tables in their own part headed by <paramref name="header"/>.</summary>
    private static string UnitsDocument(string department, string units, string header) =>
        $"2023年度\n\n{department}\n\n部门决算\n\n二、机构设置\n\n{units}\n\n三、部门决算表" + string.Format(Tables, header);
}
