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
        Place(workbook, Blocks(text), top: 1, left: 0, new Layout(gridColumns, amounts, mergedTitles, separatorRows, captionsOnOneRow));
        var read = auditor.Audit("002.xlsx", workbook.Build());

        Assert.Equal(SameReading.Cells(expected), SameReading.Cells(read));
        Assert.Equal(SameReading.Ids(expected), SameReading.Ids(read));
    }

    /// <summary>
    /// How a sheet is laid out: grid columns per cell, amounts as "number", "text" or "formula", titles merged
    /// across the widest table, a blank row after each table, “部门：…”, the year and “金额单位：…” in one row
    /// over each table (left, middle, right).
    /// </summary>
    private sealed record Layout(int GridColumns = 1, string Amounts = "number", bool MergedTitles = false, bool SeparatorRows = true, bool CaptionsOnOneRow = false);

    /// <summary>
    /// The text as the reader sees it, laid out in one sheet: each heading (bold) and each paragraph in a cell
    /// of column A, each table row across columns (amounts as numbers, blank cells as bordered blanks), a
    /// blank row after each table.
    /// </summary>
    private static byte[] OneSheet(string text)
    {
        var workbook = new TestXlsx().Sheet("2020年部门决算");
        Place(workbook, Blocks(text), top: 1, left: 0);
        return workbook.Build();
    }

    /// <summary>
    /// As <see cref="OneSheet"/>, but the tables two by two side by side, each with its title and notes, an
    /// empty column between them; the text before, between and after them one under another in column A.
    /// </summary>
    private static byte[] SideBySide(string text)
    {
        var workbook = new TestXlsx().Sheet("2020年部门决算");
        var blocks = Blocks(text);
        var row = 1;
        var i = 0;
        while (i < blocks.Count)
        {
            var first = Section(blocks, i);
            if (first == 0)
            {
                row = Place(workbook, blocks.GetRange(i, 1), row, 0);
                i++;
                continue;
            }
            var second = Section(blocks, i + first);
            var left = blocks.GetRange(i, first);
            var bottom = Place(workbook, left, row, 0);
            if (second > 0)
            {
                var width = left.OfType<TableBlock>().Max(t => t.ColumnCount);
                bottom = Math.Max(bottom, Place(workbook, blocks.GetRange(i + first, second), row, width + 1));
            }
            row = bottom + 1;
            i += first + second;
        }
        return workbook.Build();
    }

    private static List<Block> Blocks(string text) => new PlainTextReader().Read("002.txt", Encoding.UTF8.GetBytes(text)).Blocks.ToList();

    /// <summary>How many blocks from <paramref name="start"/> form a table's section: a heading, its paragraphs, a table and the notes after it; 0 when none starts there.</summary>
    private static int Section(List<Block> blocks, int start)
    {
        if (start >= blocks.Count || blocks[start] is not HeadingBlock) return 0;
        var end = start + 1;
        while (end < blocks.Count && blocks[end] is ParagraphBlock) end++;
        if (end >= blocks.Count || blocks[end] is not TableBlock) return 0;
        end++;
        while (end < blocks.Count && blocks[end] is ParagraphBlock) end++;
        return end - start;
    }

    /// <summary>Writes the blocks from row <paramref name="top"/> in the columns from <paramref name="left"/>; returns the next free row.</summary>
    private static int Place(TestXlsx workbook, IEnumerable<Block> blocks, int top, int left, Layout? layout = null)
    {
        layout ??= new Layout();
        var list = blocks.ToList();
        var width = list.OfType<TableBlock>().Select(t => t.ColumnCount).DefaultIfEmpty(1).Max() * layout.GridColumns;
        var row = top;
        for (var i = 0; i < list.Count; i++)
        {
            if (layout.CaptionsOnOneRow && CaptionLine.At(list, i) is { } captions)
            {
                var table = list.Skip(i).OfType<TableBlock>().First().ColumnCount * layout.GridColumns;
                foreach (var (caption, k) in captions.Select((c, k) => (c, k))) workbook.Text($"{Column(left + k * (table - 1) / 2)}{row}", caption);
                row++;
                i += 2;
                continue;
            }
            switch (list[i])
            {
                case HeadingBlock heading:
                    Title(workbook, left, row++, width, heading.Text, TestXlsx.Styles.Bold, layout);
                    break;
                case ParagraphBlock paragraph:
                    Title(workbook, left, row++, width, paragraph.Text, TestXlsx.Styles.General, layout);
                    break;
                case TableBlock table:
                    foreach (var cells in table.Rows)
                    {
                        foreach (var cell in cells.Cells)
                        {
                            var first = left + cell.Column * layout.GridColumns;
                            Write(workbook, $"{Column(first)}{row}", cell.Text, layout.Amounts);
                            if (layout.GridColumns > 1) workbook.Merge($"{Column(first)}{row}:{Column(first + layout.GridColumns - 1)}{row}");
                        }
                        row++;
                    }
                    if (layout.SeparatorRows) row++;
                    break;
            }
        }
        return row;
    }

    private static void Title(TestXlsx workbook, int left, int row, int width, string text, uint style, Layout layout)
    {
        workbook.Text($"{Column(left)}{row}", text, style);
        if (layout.MergedTitles) workbook.Merge($"{Column(left)}{row}:{Column(left + width - 1)}{row}");
    }

    private static void Write(TestXlsx workbook, string address, string text, string amounts = "number")
    {
        var amount = 0m;
        var isAmount = text.Contains('.') && decimal.TryParse(text.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out amount);
        if (text.Length == 0) workbook.Blank(address);
        else if (isAmount && amounts == "number") workbook.Number(address, amount.ToString(CultureInfo.InvariantCulture), TestXlsx.Styles.TwoDecimals);
        else if (isAmount && amounts == "formula") workbook.Formula(address, $"{amount.ToString(CultureInfo.InvariantCulture)}+0", amount.ToString(CultureInfo.InvariantCulture), TestXlsx.Styles.TwoDecimals);
        else workbook.Text(address, text);
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";
}
