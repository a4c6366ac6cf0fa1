using FiscalAudit.Engine;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Office.RoundTrip;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Self-evaluation forms of regions the checker had not seen (issue 12 classes 5, 6, 8), each with a planted copy and a clean
/// one, read as text, tab-separated text, an Excel workbook and a Word file: a 浙江 项目绩效自评表 (分值 beside 得分, 偏差原因分析及改进措施,
/// 自评等级 row), a 北京 项目支出绩效自评表 whose targets are “=22个”, “≥1次”, “=100%” and “≤预算数”, a 河南 部门整体支出绩效自评表
/// whose 年度预算执行情况 block has no first column of its own, and a 湖北 one whose last column is 未完成原因分析.
/// </summary>
public class RegionalEvaluationFormTests
{
    private const string Folder = "Regional";

    /// <summary>Each planted document with its plants: rule, the last part of the finding's row, its column (“-” for none).</summary>
    public static TheoryData<string, string[]> Planted => new()
    {
        { "ruian-road-project-planted.md", ["FA4009 安装波形护栏长度 得分", "FA4001 沿线群众满意度 得分", "FA4004 年度资金总额 执行率", "FA4003 总分 得分"] },
        { "haidian-library-project-planted.md", ["FA4008 分馆开放时间达标率 得分", "FA4005 年度资金总额 得分", "FA4008 开展设备巡检次数 得分"] },
        { "jinshui-agriculture-department-planted.md", ["FA4004 年度资金总额 执行率", "FA4007 等级 -"] },
        { "xiangyang-health-department-planted.md", ["FA4001 居民电子健康档案建档率 得分", "FA4009 婴儿死亡率 得分", "FA4003 总分 得分"] },
    };

    /// <summary>Each clean document with the number of its indicators.</summary>
    public static TheoryData<string, int> Clean => new()
    {
        { "ruian-road-project.md", 9 },
        { "haidian-library-project.md", 10 },
        { "jinshui-agriculture-department.md", 9 },
        { "xiangyang-health-department.md", 9 },
    };

    private static readonly string[] Formats = ["md", "txt", "xlsx", "docx"];

    /// <summary>The evaluation findings of a result as “rule row-end column”, ordered; FA4010 (the reference score differs, a hint) left out.</summary>
    private static List<string> Reported(AuditResult result) => result.Findings
        .Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal) && f.RuleId != "FA4010")
        .Select(f => $"{f.RuleId} {f.Location.Row?.Split(" · ")[^1] ?? "-"} {f.Location.Column ?? "-"}")
        .Order(StringComparer.Ordinal).ToList();

    /// <summary>The composed Markdown document audited as <paramref name="format"/>.</summary>
    private static AuditResult AuditAs(string name, string format)
    {
        var markdown = Text(name, Folder);
        var file = Path.ChangeExtension(name, format);
        return format switch
        {
            "txt" => Audit(file, AsTabSeparated(markdown)),
            "xlsx" => new Auditor().Audit(file, ExcelRoundTripWriter.Write(DocumentReaders.Default.Read(name, System.Text.Encoding.UTF8.GetBytes(markdown)))),
            "docx" => new Auditor().Audit(file, Targets.TargetOfficeTests.Word(markdown)),
            _ => Audit(name, markdown),
        };
    }

    [Theory]
    [MemberData(nameof(Planted))]
    public void Every_plant_is_found_once_at_its_place_in_every_format(string name, string[] plants)
    {
        foreach (var format in Formats)
        {
            var result = AuditAs(name, format);
            Assert.Null(result.ReadError);
            Assert.Equal(plants.Order(StringComparer.Ordinal).Select(p => $"{format}: {p}"), Reported(result).Select(r => $"{format}: {r}"));
        }
    }

    [Theory]
    [MemberData(nameof(Clean))]
    public void The_clean_copy_is_read_whole_and_gives_no_finding_in_any_format(string name, int indicators)
    {
        foreach (var format in Formats)
        {
            var result = AuditAs(name, format);
            var evaluation = Project(result);
            Assert.Equal($"{format}: {indicators}", $"{format}: {evaluation.Indicators.Count}");
            Assert.Equal($"{format}: ", $"{format}: {string.Join("; ", Reported(result))}");
        }
    }

    /// <summary>
    /// The 湖北 form's 婴儿死亡率 met (3.2‰ against ≤5‰) and scored 9 of 10: a reason cell that only says the work is done or that nothing
    /// deviated gives no reason and FA4009 stays; a sentence saying why the point was lost is a reason.
    /// </summary>
    [Theory]
    [InlineData("无", true)]
    [InlineData("不存在偏差", true)]
    [InlineData("已完成。", true)]
    [InlineData("已按计划完成", true)]
    [InlineData("部分县区出生登记延迟，数据核实后扣1分，已督促按月报送。", false)]
    public void A_reason_cell_saying_only_that_the_work_is_done_gives_no_reason(string cell, bool reported)
    {
        const string name = "xiangyang-health-department-planted.md";
        var text = Text(name, Folder);
        Assert.Contains("| 3.2‰ | 10 | 9 | |", text, StringComparison.Ordinal);

        var result = Audit(name, text.Replace("| 3.2‰ | 10 | 9 | |", $"| 3.2‰ | 10 | 9 | {cell} |", StringComparison.Ordinal));

        Assert.Equal(reported, Reported(result).Contains("FA4009 婴儿死亡率 得分"));
    }

    /// <summary>
    /// A workbook of two sheets, a form on each (the 浙江 and 北京 forms), saved as a web page by LibreOffice Calc: an overview (“Overview”,
    /// a line per sheet) and each sheet under “Sheet N: …”. The document's year is its first sheet's title's; each form is read whole
    /// with its year from its own title, and nothing is reported.
    /// </summary>
    [Fact]
    public void A_calc_web_page_of_two_sheets_reads_each_form_with_its_year()
    {
        var result = AuditFile("ruian-haidian-two-sheets-calc-web.html", Folder);

        Assert.Equal((2024, "瑞安市交通运输局"), (result.Disclosure!.Year, result.Disclosure.Department));
        Assert.Equal(["农村公路提档升级工程 2024 9", "街道图书馆分馆运行保障经费 2024 10"],
            result.Disclosure.Evaluations.Projects.Select(p => $"{p.Name} {p.Year} {p.Indicators.Count}"));
        Assert.Empty(Reported(result));
    }

    /// <summary>
    /// The second sheet's form copied from last year's (“北京市海淀区文化和旅游局2023年度项目支出绩效自评表”): its title's year is not the
    /// document's, reported once on that form — in the workbook and in its Calc web page.
    /// </summary>
    [Theory]
    [InlineData("xlsx")]
    [InlineData("html")]
    public void A_form_titled_with_last_year_is_reported_on_its_sheet(string format)
    {
        var result = format == "html"
            ? AuditFile("ruian-haidian-two-sheets-last-year-calc-web.html", Folder)
            : new Auditor().Audit("two-sheets.xlsx", Workbook(
                ("公路", Text("ruian-road-project.md", Folder)),
                ("图书馆", Text("haidian-library-project.md", Folder).Replace("文化和旅游局2024年度", "文化和旅游局2023年度", StringComparison.Ordinal))));

        Assert.Equal(2024, result.Disclosure!.Year);
        var finding = Assert.Single(Reported(result));
        Assert.Equal("FA4011 年度 -", finding);
        Assert.Equal("街道图书馆分馆运行保障经费", Assert.Single(result.Findings, f => f.RuleId == "FA4011").Location.Table);
    }
}
