using FiscalAudit.Engine;
using FiscalAudit.Tests.Office;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3 in workbooks and Word files: a 绩效自评表 sheet whose one-cell row prints both “主管部门：…” and “实施单位：…”,
/// a 部门决算 sheet whose title “…2024年度部门决算” is merged over all its columns, a Word 绩效自评表 whose “主管部门及代码” cell
/// prints the department after its code (“[101001]成都市金牛区教育局”). Each names the department; a unit of another district
/// in a label of the same document is reported (FA3014).
/// </summary>
public class OfficeDepartmentIdentityTests
{
    private const string Implementer = "成都市双流区河道管理所";

    /// <summary>The department read, whether it was guessed, and the names FA3014 reports, joined by “、”.</summary>
    private static (string? Department, bool Guessed, string Others) Identity(string name, byte[] content)
    {
        var result = new Auditor().Audit(name, content);
        return (result.Disclosure!.Department, result.Disclosure.DepartmentGuessed,
            string.Join('、', result.Findings.Where(f => f.RuleId == "FA3014").Select(f => Convert.ToString(f.Actual))));
    }

    /// <summary>A 项目支出绩效自评表 sheet: title, the one-cell row <paramref name="head"/>, the form, then <paramref name="foot"/> if any.</summary>
    private static byte[] ProjectSheet(string head, string? foot = null)
    {
        var book = new TestXlsx().Sheet("项目自评表")
            .Text("A1", "2024年度项目支出绩效自评表", TestXlsx.Styles.Bold).Merge("A1:F1")
            .Text("A2", head).Merge("A2:F2")
            .Row(3, new[] { "项目名称", "双流区河道综合整治项目", "", "", "", "" })
            .Row(4, new[] { "年度资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分" })
            .Row(5, new[] { "资金总额", "300.00", "300.00", "285.00", "95.00%", "9.50" })
            .Row(6, new[] { "年度总体目标", "完成河道清淤12公里，河道水质达到Ⅳ类标准。", "", "", "", "" });
        if (foot is not null) book.Text("A8", foot).Merge("A8:F8");
        return book.Build();
    }

    /// <summary>A 收入支出决算总表 sheet under the merged title <paramref name="title"/>, signed by <paramref name="header"/>.</summary>
    private static byte[] FinalAccountsSheet(string title, string header) => new TestXlsx().Sheet("公开01表")
        .Text("A1", title, TestXlsx.Styles.Bold).Merge("A1:D1")
        .Text("A2", "收入支出决算总表", TestXlsx.Styles.Bold).Merge("A2:D2")
        .Text("A3", header).Text("D3", "金额单位：万元")
        .Row(4, new[] { "项目", "决算数", "项目", "决算数" })
        .Row(5, new[] { "一、一般公共预算财政拨款收入", "2100.00", "一、农林水支出", "2100.00" })
        .Row(6, new[] { "本年收入合计", "2100.00", "本年支出合计", "2100.00" })
        .Build();

    /// <summary>A Word 项目支出绩效自评表 whose 主管部门及代码 cell is <paramref name="supervisor"/>, signed below by <paramref name="filler"/>.</summary>
    private static byte[] WordForm(string supervisor, string filler) => Create(
        P("项目支出绩效自评表", "1"),
        P("（2024年度）"),
        Table(
            Row(Cell("项目名称"), Cell("义务教育学校运转保障项目", span: 3)),
            Row(Cell("主管部门及代码"), Cell(supervisor), Cell("实施单位"), Cell("成都市金牛区实验小学")),
            Row(Cell("年度资金（万元）"), Cell("全年预算数"), Cell("全年执行数"), Cell("执行率")),
            Row(Cell("资金总额"), Cell("860.00"), Cell("851.40"), Cell("99.00%"))),
        P(filler));

    [Theory]
    [InlineData("主管部门：成都市双流区水务局        实施单位：" + Implementer)]
    [InlineData("主管部门：成都市双流区水务局实施单位：" + Implementer)]
    [InlineData("主管部门(盖章)：成都市双流区水务局　　实施单位：" + Implementer)]
    public void A_one_cell_row_with_both_labels_names_the_supervising_department(string head) =>
        Assert.Equal(("成都市双流区水务局", false, string.Empty), Identity("自评表.xlsx", ProjectSheet(head)));

    [Fact]
    public void A_filler_of_another_district_under_a_one_cell_head_is_reported() =>
        Assert.Equal(
            ("成都市双流区水务局", false, "成都市新津区水务局"),
            Identity("自评表.xlsx", ProjectSheet("主管部门：成都市双流区水务局    实施单位：" + Implementer, "填报单位（盖章）：成都市新津区水务局")));

    [Theory]
    [InlineData("部门：成都市双流区水务局")]
    [InlineData("编制单位：成都市双流区水务局（本级）")]
    [InlineData("编制单位：双流区水务局机关")]
    public void A_merged_title_row_names_the_department_and_its_own_header_agrees(string header) =>
        Assert.Equal(("成都市双流区水务局", false, string.Empty), Identity("决算.xlsx", FinalAccountsSheet("成都市双流区水务局2024年度部门决算", header)));

    [Theory]
    [InlineData("部门：成都市新津区水务局", "成都市新津区水务局")]
    [InlineData("编制单位：成都市水务局", "成都市水务局")]
    public void A_merged_title_rows_sheet_signed_by_another_unit_is_reported(string header, string other) =>
        Assert.Equal(("成都市双流区水务局", false, other), Identity("决算.xlsx", FinalAccountsSheet("成都市双流区水务局2024年度部门决算", header)));

    [Theory]
    [InlineData("[101001]成都市金牛区教育局")]
    [InlineData("101001-成都市金牛区教育局")]
    [InlineData("【101001】成都市金牛区教育局")]
    public void A_supervisor_cell_with_its_code_names_the_department(string supervisor) =>
        Assert.Equal(("成都市金牛区教育局", false, string.Empty), Identity("自评表.docx", WordForm(supervisor, "填报单位：成都市金牛区实验小学")));

    [Fact]
    public void A_filler_of_another_district_under_a_coded_supervisor_is_reported() =>
        Assert.Equal(
            ("成都市金牛区教育局", false, "成都市武侯区教育局"),
            Identity("自评表.docx", WordForm("[101001]成都市金牛区教育局", "填报单位：成都市武侯区教育局")));
}
