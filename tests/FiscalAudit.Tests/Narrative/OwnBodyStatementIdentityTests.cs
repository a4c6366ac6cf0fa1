using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: the sentence of 机构设置, 部门职责 or 部门基本情况 in which the document states which body it is — a town's
/// government or a bureau naming itself before “内设”, “下设”, “主要职责”, or after “本单位为”, “我单位是” — names the department;
/// copied from another town's or district's document it is one FA3014 on its line. Every other body such sentences name (the parent
/// government, the units set up under the department, a partner) is silent.
/// </summary>
public class OwnBodyStatementIdentityTests
{
    public static TheoryData<string, string, string> Wrong => new()
    {
        { "遵义市播州区鸭溪镇人民政府", "遵义市播州区乌江镇人民政府内设党政办公室、经济发展办公室、社会事务办公室等7个办公室。", "遵义市播州区乌江镇人民政府" },
        { "遵义市播州区鸭溪镇人民政府", "遵义市播州区乌江镇人民政府下设农业服务中心、社会事务服务中心2个事业单位。", "遵义市播州区乌江镇人民政府" },
        { "遵义市播州区鸭溪镇人民政府", "遵义市播州区乌江镇人民政府的主要职责是：执行本级人民代表大会的决议。", "遵义市播州区乌江镇人民政府" },
        { "遵义市播州区鸭溪镇人民政府", "本单位为遵义市播州区乌江镇人民政府，属一级预算单位。", "遵义市播州区乌江镇人民政府" },
        { "长沙县黄花镇人民政府", "我单位是长沙县果园镇人民政府，内设综合办公室等5个机构。", "长沙县果园镇人民政府" },
        { "长沙县黄花镇人民政府", "长沙县果园镇人民政府内设党政综合办公室、经济发展办公室。", "长沙县果园镇人民政府" },
        { "南宁市青秀区民政局", "南宁市兴宁区民政局内设办公室、社会事务股、养老服务股。", "南宁市兴宁区民政局" },
        { "南宁市青秀区民政局", "本部门为南宁市兴宁区民政局。", "南宁市兴宁区民政局" },
        { "济南市章丘区埠村街道办事处", "济南市章丘区明水街道办事处下设党政办公室、财政所等8个机构。", "济南市章丘区明水街道办事处" },
    };

    public static TheoryData<string, string> Correct => new()
    {
        { "遵义市播州区鸭溪镇人民政府", "遵义市播州区鸭溪镇人民政府内设党政办公室、经济发展办公室、社会事务办公室等7个办公室。" },
        { "遵义市播州区鸭溪镇人民政府", "鸭溪镇人民政府下设农业服务中心、社会事务服务中心2个事业单位。" },
        { "遵义市播州区鸭溪镇人民政府", "本单位为遵义市播州区鸭溪镇人民政府，属一级预算单位，上级主管部门为遵义市播州区人民政府。" },
        { "遵义市播州区鸭溪镇人民政府", "本部门下设遵义市播州区鸭溪镇农业服务中心、遵义市播州区鸭溪镇社会事务服务中心。" },
        { "遵义市播州区鸭溪镇人民政府", "遵义市播州区鸭溪镇综合行政执法大队是遵义市播州区鸭溪镇人民政府下设的事业单位。" },
        { "遵义市播州区鸭溪镇人民政府", "我单位与遵义市播州区乌江镇人民政府合作开展乌江流域环境整治。" },
        { "遵义市播州区鸭溪镇人民政府", "在遵义市播州区人民政府的领导下，我单位内设党政办公室等7个机构。" },
        { "遵义市播州区鸭溪镇人民政府", "遵义市播州区鸭溪镇农业服务中心主要职责是：负责全镇农业技术推广。" },
        { "遵义市播州区鸭溪镇人民政府", "遵义市播州区人民政府派驻鸭溪镇的机构有：遵义市播州区鸭溪镇财政所。" },
        { "长沙县黄花镇人民政府", "我单位是长沙县人民政府的派出机关，内设综合办公室等5个机构。" },
        { "长沙县黄花镇人民政府", "长沙县黄花镇人民政府主要职责是：贯彻执行党和国家的方针政策。" },
        { "南宁市青秀区民政局", "南宁市青秀区民政局是南宁市青秀区人民政府工作部门，内设办公室、社会事务股。" },
        { "南宁市青秀区民政局", "本部门受南宁市民政局业务指导，下设南宁市青秀区社会福利院。" },
        { "江苏省人大常委会办公厅", "省人大常委会下设办公厅、研究室和3个专门委员会、8个工作委员会。" },
        { "长沙县人民政府办公室", "长沙县人民政府下设办公室、研究室等工作机构。" },
        { "南宁市青秀区国库集中支付中心", "南宁市青秀区财政局下设南宁市青秀区国库集中支付中心、南宁市青秀区财政投资评审中心。" },
        { "济南市章丘区埠村街道办事处", "济南市章丘区埠村街道办事处是济南市章丘区人民政府的派出机关，下设党政办公室、财政所等8个机构。" },
    };

    [Theory]
    [MemberData(nameof(Wrong))]
    public void Another_body_stating_itself_is_one_finding_on_its_line(string department, string sentence, string other) =>
        AssertOneOther(department, other, sentence, Placed(department, sentence));

    [Theory]
    [MemberData(nameof(Correct))]
    public void The_departments_own_statement_and_other_bodies_are_silent(string department, string sentence) =>
        AssertSilent(department, Placed(department, sentence));

    /// <summary>The document of <paramref name="department"/> printing <paramref name="sentence"/> under 机构设置, 部门职责 and 部门基本情况.</summary>
    private static IEnumerable<string> Placed(string department, string sentence)
    {
        var cover = $"2023年度\n\n{department}\n\n部门决算\n\n第一部分 部门概况\n\n";
        const string Tables = "\n\n公开01表\n\n编制单位：{0}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
        yield return cover + $"一、部门职责\n\n负责本部门职责范围内的相关工作。\n\n二、机构设置\n\n{sentence}" + string.Format(Tables, department);
        yield return cover + $"一、部门职责\n\n{sentence}\n\n二、机构设置\n\n本部门无下属单位。" + string.Format(Tables, department);
        yield return cover + $"一、部门基本情况\n\n{sentence}" + string.Format(Tables, department);
    }
}
