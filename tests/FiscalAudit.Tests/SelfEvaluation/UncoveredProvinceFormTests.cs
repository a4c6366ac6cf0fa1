using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A red team of 项目支出绩效自评表, 部门整体支出绩效自评表 and third-party evaluation reports as 天津、山西、内蒙古、辽宁、海南、西藏、新疆 and
/// the cities with their own plans (大连、青岛、宁波、厦门、深圳) and 宁夏 print them (issue 12, class 8), under SelfEvaluation/RedTeam46:
/// thirteen documents, each clean and with one planted defect (a score above its weight, full marks for a missed target, a wrong
/// total, a wrong grade, a wrong 执行率, a segmented 预算执行率 scored as if it were met), received as Markdown, tab-separated text,
/// a Word file, an Excel workbook or a PDF printed by LibreOffice. Variants: 定性 targets met with 优/良/基本健全 and scored
/// below their weight, 总分 and 等级 stated in the text below the form, 决策/过程/产出/效益 weights 15/25/25/35, 20/20/40/20 and 25×4,
/// 预算执行率 rubrics proportional, in bands and in segments (“≥95%得满分，每降低1个百分点扣0.5分”), 满意度 scored by the survey's share,
/// a report whose form is printed with 1.5 line spacing, a long 实际完成情况 cell and an indicator's name broken over the page break.
/// </summary>
public class UncoveredProvinceFormTests
{
    private const string Folder = "RedTeam46";

    /// <summary>Each form, the format it is received in, and the plants of its planted copy: rule, the end of the finding's row, its column.</summary>
    public static TheoryData<string, string, string[]> Forms => new()
    {
        { "tianjin-project.md", "docx", ["FA4003 总分 得分"] },
        { "shanxi-department.md", "xlsx", ["FA4001 教师培训人次 得分"] },
        { "neimenggu-project.md", "txt", ["FA4008 牧民人均补奖收入 得分"] },
        { "xinjiang-project.md", "xlsx", ["FA4004 年度资金总额 执行率"] },
        { "xizang-project.md", "md", ["FA4007 等级 -"] },
        { "hainan-project.md", "docx", ["FA4001 示范基地建设面积 得分"] },
        { "liaoning-department.md", "pdf", ["FA4008 老年人健康管理人数 得分"] },
        { "qingdao-project.md", "pdf", ["FA4008 维修改造学校数量 得分"] },
        { "xiamen-project.md", "xlsx", ["FA4003 总分 得分"] },
        { "shenzhen-department.md", "md", ["FA4004 年度资金总额 执行率"] },
        { "dalian-third-party-15-25-25-35.md", "flat", ["FA4007 等级 -"] },
        { "ningbo-third-party-20-20-40-20.md", "docx", ["FA4001 道路养护面积 得分"] },
        { "ningxia-third-party-25x4.md", "md", ["FA4019 预算执行率 得分"] },
    };

    /// <summary>Each clean form and its format.</summary>
    public static TheoryData<string, string> Clean() => RedTeamFormKit.Formats(Forms);

    /// <summary>Each form and the plants of its planted copy, whatever format it is received in.</summary>
    public static TheoryData<string, string[]> Plants()
    {
        var plants = new TheoryData<string, string[]>();
        foreach (var row in Forms) plants.Add((string)row[0], (string[])row[2]);
        return plants;
    }

    private static AuditResult Received(string name, string format) => RedTeamFormKit.ReceivedFrom(Folder, name, format);

    [Theory]
    [MemberData(nameof(Clean))]
    public void The_clean_form_is_read_whole_and_has_no_evaluation_finding(string name, string format) =>
        RedTeamFormKit.IsReadWholeWithoutFinding(Received(name, format));

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_plant_is_found_once_at_its_place(string name, string format, string[] plants) =>
        EachPlantIsReportedOnceAtItsPlace(ProvincialRedTeamFormTests.Reported(Received(name.Replace(".", "-planted.", StringComparison.Ordinal), format)), plants);

    /// <summary>
    /// Every form flattened one cell per line whatever format it came in: the clean copy gives no finding and the planted one its
    /// plants — 大连's 定性 rubric “优10分、良8-9分、中6-7分、差6分以下”, a line of its own there, is no grade band of the total.
    /// </summary>
    [Theory]
    [MemberData(nameof(Plants))]
    public void Each_form_flattened_one_cell_per_line_gives_its_plants_only(string name, string[] plants)
    {
        Assert.Empty(ProvincialRedTeamFormTests.Reported(Received(name, "flat")));
        EachPlantIsReportedOnceAtItsPlace(ProvincialRedTeamFormTests.Reported(Received(name.Replace(".", "-planted.", StringComparison.Ordinal), "flat")), plants);
    }
}
