using System.Globalization;
using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// Workbooks that put every table on one sheet (issue 12, class 11): seed 002 laid out in one sheet —
/// each table under the previous one, or two by two side by side — gives the tables and findings of the text.
/// </summary>
public class OneSheetWorkbookTests
{
    [SharedFact]
    public void Seed_002_on_one_sheet_one_table_under_another_gives_the_same_tables_and_findings()
    {
        var auditor = new Auditor(new AuditProfile());
        var text = File.ReadAllText(Repo.Seed("002"));
        var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text));
        var workbook = auditor.Audit("002.xlsx", OneSheet(text));

        Assert.NotEmpty(expected.Disclosure!.Tables);
        Assert.Equal(SameReading.Cells(expected), SameReading.Cells(workbook));
        Assert.Equal(SameReading.Ids(expected), SameReading.Ids(workbook));
    }

    [SharedFact]
    public void Seed_002_on_one_sheet_with_tables_side_by_side_gives_the_same_tables_and_findings()
    {
        var auditor = new Auditor(new AuditProfile());
        var text = File.ReadAllText(Repo.Seed("002"));
        var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text));
        var bytes = SideBySide(text);
        var workbook = auditor.Audit("002.xlsx", bytes);

        var tables = new FiscalAudit.Ingest.Office.Xlsx.XlsxReader().Read("002.xlsx", bytes).Blocks.OfType<TableBlock>().ToList();
        Assert.True(tables.Count(t => !t.Location.Cell!.Contains("!A", StringComparison.Ordinal)) >= 4, "the tables are not side by side");
        Assert.Equal(9, expected.Disclosure!.Tables.Count);
        Assert.Equal(SameReading.Cells(expected), SameReading.Cells(workbook));
        Assert.Equal(SameReading.Ids(expected), SameReading.Ids(workbook));
    }

    /// <summary>
    /// Seed 002 in one sheet as other tools lay it: every cell merged over two or three grid columns (Calc or WPS
    /// opening a converted file), the amounts stored as text or as formulas with their cached values, titles
    /// merged across the table, and no blank row between a table and the text under it.
    /// </summary>
    [SharedTheory]
    [InlineData(2, "number", true, true)]
    [InlineData(3, "text", false, true)]
    [InlineData(1, "text", false, false)]
    [InlineData(2, "formula", true, false)]
    [InlineData(1, "formula", false, false)]
    [InlineData(1, "number", false, true, true)]
    [InlineData(2, "text", true, false, true)]
    public void Seed_002_on_one_sheet_in_other_layouts_gives_the_same_tables_and_findings(int gridColumns, string amounts, bool mergedTitles, bool separatorRows, bool captionsOnOneRow = false)
    {
        var auditor = new Auditor(new AuditProfile());
        var text = File.ReadAllText(Repo.Seed("002"));
        var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text));
        var workbook = new TestXlsx().Sheet("2020年部门决算");
        SeedWorkbook.Place(workbook, SeedWorkbook.Blocks(text), top: 1, left: 0, new SheetLayout(gridColumns, amounts, mergedTitles, separatorRows, captionsOnOneRow));
        var read = auditor.Audit("002.xlsx", workbook.Build());

        Assert.Equal(SameReading.Cells(expected), SameReading.Cells(read));
        Assert.Equal(SameReading.Ids(expected), SameReading.Ids(read));
    }

    /// <summary>
    /// The text as the reader sees it, laid out in one sheet: each heading (bold) and each paragraph in a cell
    /// of column A, each table row across columns (amounts as numbers, blank cells as bordered blanks), a
    /// blank row after each table.
    /// </summary>
    private static byte[] OneSheet(string text)
    {
        var workbook = new TestXlsx().Sheet("2020年部门决算");
        SeedWorkbook.Place(workbook, SeedWorkbook.Blocks(text), top: 1, left: 0);
        return workbook.Build();
    }

    /// <summary>
    /// As <see cref="OneSheet"/>, but the tables two by two side by side, each with its title and notes, an
    /// empty column between them; the text before, between and after them one under another in column A.
    /// </summary>
    private static byte[] SideBySide(string text)
    {
        var workbook = new TestXlsx().Sheet("2020年部门决算");
        var blocks = SeedWorkbook.Blocks(text);
        var row = 1;
        var i = 0;
        while (i < blocks.Count)
        {
            var first = SeedWorkbook.Section(blocks, i);
            if (first == 0)
            {
                row = SeedWorkbook.Place(workbook, blocks.GetRange(i, 1), row, 0);
                i++;
                continue;
            }
            var second = SeedWorkbook.Section(blocks, i + first);
            var left = blocks.GetRange(i, first);
            var bottom = SeedWorkbook.Place(workbook, left, row, 0);
            if (second > 0)
            {
                var width = left.OfType<TableBlock>().Max(t => t.ColumnCount);
                bottom = Math.Max(bottom, SeedWorkbook.Place(workbook, blocks.GetRange(i + first, second), row, width + 1));
            }
            row = bottom + 1;
            i += first + second;
        }
        return workbook.Build();
    }
}
