using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A red team of 部门整体支出绩效自评表 and 项目支出绩效自评表 as 江苏、浙江、广东、四川、湖北、河南、山东 and 陕西 print them (issue 12,
/// class 9), under SelfEvaluation/RedTeam12: ten forms, each clean and with one planted defect (a score above its weight, full marks for
/// a missed target, a wrong total, a wrong 执行率, a grade that is not the total's, a missed target without its 偏差原因), received as
/// Markdown, tab-separated text, text with HTML tables, a Word file (the Markdown's tables as Word tables, their first two columns merged
/// down) or an Excel workbook (the Markdown's rows as sheet rows). Variants: 年度主要任务 above the funds rows, 权重 and 自评得分 headers,
/// an integer 执行率, the grade printed in the 总分 row.
/// </summary>
public class ProvincialRedTeamFormTests
{
    private const string Folder = "RedTeam12";

    /// <summary>Each form, the format it is received in, and the plants of its planted copy: rule, the end of the finding's row, its column.</summary>
    public static TheoryData<string, string, string[]> Forms => new()
    {
        { "jiangsu-project.md", "docx", ["FA4003 总分 得分"] },
        { "jiangsu-department.md", "docx", ["FA4004 年度资金总额 执行率"] },
        { "zhejiang-department.md", "md", ["FA4008 新建居家养老服务照料中心 得分"] },
        { "shaanxi-project.md", "md", ["FA4001 故障修复时限 得分"] },
        { "guangdong-project.txt", "txt", ["FA4004 年度资金总额 执行率"] },
        { "guangdong-department.txt", "txt", ["FA4008 特种设备检查数 得分"] },
        { "sichuan-department.txt", "txt", ["FA4009 补助资金兑付及时率 得分"] },
        { "henan-project.txt", "txt", ["FA4007 等级 -"] },
        { "hubei-project.md", "xlsx", ["FA4001 危桥改造数量 得分"] },
        { "shandong-department.md", "xlsx", ["FA4003 总分 得分"] },
    };

    /// <summary>Each clean form and its format.</summary>
    public static TheoryData<string, string> Clean() => RedTeamFormKit.Formats(Forms);

    /// <summary>The form received in its format: the composed text itself, or a Word file or workbook made of it.</summary>
    private static AuditResult Received(string name, string format) => RedTeamFormKit.Received(name, Text(name, Folder), format);

    /// <summary>
    /// The evaluation findings as “rule row-end column”, all severities but the reference score's hint (FA4010: local scoring may differ
    /// from the reference, and a plant that moves a score moves it).
    /// </summary>
    internal static List<string> Reported(AuditResult result) =>
        result.Findings.Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal) && f.RuleId != "FA4010")
            .Select(f => $"{f.RuleId} {f.Location.Row ?? "-"} {f.Location.Column ?? "-"}").ToList();

    [Theory]
    [MemberData(nameof(Clean))]
    public void The_clean_form_is_read_whole_and_has_no_evaluation_finding(string name, string format) =>
        RedTeamFormKit.IsReadWholeWithoutFinding(Received(name, format));

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_plant_is_found_once_at_its_place(string name, string format, string[] plants) =>
        EachPlantIsReportedOnceAtItsPlace(Reported(Received(name.Replace(".", "-planted.", StringComparison.Ordinal), format)), plants);

    /// <summary>
    /// 江苏's 总分 printed 101.5 (above the 100 it is out of) where its parts make 99.18: one wrong total, one finding at it that says both —
    /// not a total above its weight and a total that is not its sum side by side (issue 12, class 5).
    /// </summary>
    [Theory]
    [InlineData("md")]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void A_total_above_its_weight_and_off_its_parts_is_one_finding_that_says_both(string format)
    {
        var text = Text("jiangsu-project.md", Folder).Replace("| 100 | 99.18 |", "| 100 | 101.5 |", StringComparison.Ordinal);

        var result = RedTeamFormKit.Received("jiangsu-project.md", text, format);

        Assert.Equal(["FA4003 总分 得分"], Reported(result));
        var message = result.Findings.Single(f => f.RuleId == "FA4003").Message;
        Assert.Contains("≠ 资金得分 9.8 + 指标得分 89.38 = 99.18", message);
        Assert.Contains("同一问题：总分 101.5 高于满分 100", message);
    }
}
