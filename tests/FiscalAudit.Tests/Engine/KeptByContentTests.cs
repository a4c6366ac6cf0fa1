using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Merging;

namespace FiscalAudit.Tests.Engine;

/// <summary>
/// Issue 12, class 5: which of the findings a per-document or same-place merge folds is kept — whose id and place the report
/// shows — does not depend on the form's report order. A PDF reports a table's cells a line a row; a Markdown page written a
/// table a line (MinerU) puts them on one line, where they are reported by the rows' names; a workbook may set the text
/// beside its tables. The kept finding is the first by the document's tables, rows and columns, then the text's pages and lines.
/// </summary>
public class KeptByContentTests
{
    /// <summary>A 部门整体支出绩效自评表 whose rows run 2. 政务大厅运行费 … 10. 其他: by name “10.” comes before “2.”.</summary>
    private static readonly string[] Rows = ["2. 政务大厅运行费", "5. 劳务派遣人员工资", "10. 驻村帮扶费用"];

    private static Disclosure Document()
    {
        var disclosure = new Disclosure(new SourceDocument("002.md", "markdown", [], []));
        var table = new FiscalTable("T10", "整体支出绩效自评表", new SourceLocation("002.md", null, 324));
        foreach (var row in Rows) table.Rows.Add(new TableRow(null, row, new SourceLocation("002.md", null, 324)));
        disclosure.Tables.Add(table);
        return disclosure;
    }

    /// <summary>“92.42%%” in each row's 完成情况, a typo habit FA3012 reports once a document; <paramref name="line"/> gives each row's line.</summary>
    private static List<Finding> Doubled(Func<int, int> line) => Rows.Select((row, n) => new Finding("FA3012", Severity.Warning, $"单位重复“%%”：…{90 + n}.42%%…",
        new FindingLocation(new SourceLocation("002.md", null, line(n)), "T10", null, row, "完成情况"), null, $"{90 + n}.42%%", []) { Id = $"id{n}" }).ToList();

    private static Finding Kept(IEnumerable<Finding> reported) =>
        Assert.Single(FindingMerger.Apply(reported.OrderBy(f => f, FindingOrder.Instance).ToList(), MergeCatalog.Default, disclosure: Document()));

    [Fact]
    public void A_per_document_finding_keeps_the_first_row_of_the_table_whether_its_rows_are_lines_or_one_line()
    {
        var asPrinted = Kept(Doubled(n => 480 + n));
        var tableALine = Kept(Doubled(_ => 324));

        Assert.Equal(("id0", "2. 政务大厅运行费"), (asPrinted.Id, asPrinted.Location.Row));
        Assert.Equal((asPrinted.Id, asPrinted.Location.Row, string.Join(",", asPrinted.MergedIds)), (tableALine.Id, tableALine.Location.Row, string.Join(",", tableALine.MergedIds)));
    }

    /// <summary>
    /// A cell and a sentence: the table's place is kept whether the form prints the table before the text (a PDF's 公开表 before
    /// its 情况说明) or after it, or sets it beside the text on other lines (a workbook).
    /// </summary>
    [Theory]
    [InlineData(100)]
    [InlineData(900)]
    public void A_per_document_finding_keeps_the_table_place_whichever_line_the_form_puts_the_table_on(int cellLine)
    {
        var cell = Doubled(_ => cellLine)[1];
        var sentence = new Finding("FA3012", Severity.Warning, "单位重复“%%”：…执行率为87.57%%…", FindingLocation.At(new SourceLocation("002.md", null, 400)), null, "87.57%%", []) { Id = "text" };

        var kept = Kept([sentence, cell]);

        Assert.Equal(("id1", "5. 劳务派遣人员工资"), (kept.Id, kept.Location.Row));
        Assert.Equal(["text"], kept.MergedIds);
    }

    /// <summary>
    /// A project form whose indicators run 办公椅(把), 办公桌(张) (by name 桌 comes first), each scored full for a missed target
    /// (FA4008), and the reference total (FA4010) that rescores both: the total is quoted in the finding of the form's first
    /// indicator whether the form prints a row a line (a PDF, a workbook) or the whole form on one line (MinerU's Markdown).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_explained_total_is_kept_by_the_first_indicator_of_the_form_whatever_line_the_form_puts_its_rows_on(bool formALine)
    {
        string[] indicators = ["办公椅(把)", "办公桌(张)"];
        var lines = formALine ? new[] { 200, 200, 200 } : new[] { 221, 222, 230 };
        var disclosure = new Disclosure(new SourceDocument("003.md", "markdown", [], []));
        var form = new ProjectEvaluation("办公设备购置经费", EvaluationForm.FundsAndIndicators, "indicators", new SourceLocation("003.md", null, lines[0]));
        var places = indicators.Select((name, n) =>
        {
            var indicator = new Indicator(name, new SourceLocation("003.md", null, lines[n])) { Level1 = "产出指标", Level2 = "数量指标" };
            form.Indicators.Add(indicator);
            return new FindingLocation(indicator.Location, form.Name, $"项目“{form.Name}”", indicator.Path, "得分");
        }).ToList();
        disclosure.Evaluations.Projects.Add(form);
        var total = new Finding("FA4010", Severity.Info, "参考评分 91.00 与自评得分 100.00 不同", new FindingLocation(new SourceLocation("003.md", null, lines[2]), form.Name, null, "总分", "得分"))
            { Id = "total", Bases = places };
        var missed = places.Select((place, n) => new Finding("FA4008", Severity.Warning, $"指标“{indicators[n]}”未达到目标却得满分", place) { Id = $"missed{n}" }).ToList();

        var kept = FindingMerger.Apply(missed.Append(total).OrderBy(f => f, FindingOrder.Instance).ToList(), MergeCatalog.Default, disclosure: disclosure);

        Assert.Equal(["missed0 total", "missed1 "], kept.Select(f => $"{f.Id} {string.Join(",", f.MergedIds)}").Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// “社会保障和就业支出” 326.71 in 表一 and 表四 against 326.72 in 表三 and 表五: one figure printed two ways, seen by 表一/表三
    /// (FA2002) and 表四/表五 (FA2004). The finding of the first table keeps the other, whichever the form reports first (a table a
    /// line puts every cell of a table on one line; a workbook may put 表四 on a sheet before the text that holds 表一).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Comparisons_of_one_figure_are_kept_by_the_first_table_whichever_the_form_reports_first(bool fourthFirst)
    {
        var disclosure = new Disclosure(new SourceDocument("dept.md", "markdown", [], []));
        foreach (var id in new[] { "T1", "T3", "T4", "T5" })
        {
            var table = new FiscalTable(id, id, new SourceLocation("dept.md", null, 100));
            table.Rows.Add(new TableRow(null, id is "T1" or "T4" ? "八、社会保障和就业支出" : "208 社会保障和就业支出", new SourceLocation("dept.md", null, 100)));
            disclosure.Tables.Add(table);
        }
        Finding Compare(string rule, string table, string other, int line) => new(rule, Severity.Error, $"{table} 326.71 与 {other} 326.72 不一致",
            new FindingLocation(new SourceLocation("dept.md", null, line), table, table, "八、社会保障和就业支出", "金额"), 326.72m, 326.71m,
            [new FindingLocation(new SourceLocation("dept.md", null, line), other, other, "208 社会保障和就业支出", "本年支出合计")]) { Id = table };
        List<Finding> reported = fourthFirst ? [Compare("FA2004", "T4", "T5", 80), Compare("FA2002", "T1", "T3", 120)] : [Compare("FA2002", "T1", "T3", 80), Compare("FA2004", "T4", "T5", 120)];

        var kept = Assert.Single(FindingMerger.Apply(reported, MergeCatalog.Default, disclosure: disclosure));

        Assert.Equal(("T1", "T4"), (kept.Id, Assert.Single(kept.MergedIds)));
    }
}
