using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
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
}
