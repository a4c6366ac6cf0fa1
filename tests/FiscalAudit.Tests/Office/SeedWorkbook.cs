using System.Globalization;
using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// How a sheet is laid out: grid columns per cell, amounts as "number", "text" or "formula", titles merged
/// across the widest table, a blank row after each table, “部门：…”, the year and “金额单位：…” in one row
/// over each table (left, middle, right); for prints, the width in characters of columns holding long names
/// (0: the default width, names not wrapped), every cell centred down the row (amounts with thousands separators, centred across) or at its foot, and the height in points of a
/// line of wrapped text; rows are as high as their longest name in those columns, or, with <see cref="FitAllColumns"/>, as the text of
/// every column needs (without it a longer text in a column left at the standard width, such as 表六's 维修（护）费, wraps over more lines
/// than its row holds and the sheet prints only those inside the row). With <see cref="MergedLabels"/>, under a table's header a label (a
/// text with no digit) is merged over the empty cells right of it, as 表三's “合 计” spans 科目名称 and 表六's “公用经费合计” the panels beside it.
/// Amounts "separated text" are stored as text with thousands separators, a zero as “-”; with <see cref="HiddenZeroRows"/> a table's rows
/// whose amounts are all zero are hidden, as publishers hide the empty 功能分类 rows.
/// </summary>
internal sealed record SheetLayout(
    int GridColumns = 1,
    string Amounts = "number",
    bool MergedTitles = false,
    bool SeparatorRows = true,
    bool CaptionsOnOneRow = false,
    double NameWidth = 0,
    bool Centred = false,
    double LineHeight = 14.3,
    bool FitAllColumns = false,
    bool MergedLabels = false,
    bool HiddenZeroRows = false);

/// <summary>Seed text laid out in workbook sheets: headings and paragraphs in column A, each table row across columns.</summary>
internal static class SeedWorkbook
{
    public static List<Block> Blocks(string text) => new PlainTextReader().Read("002.txt", Encoding.UTF8.GetBytes(text)).Blocks.ToList();

    /// <summary>How many blocks from <paramref name="start"/> form a table's section: a heading, its paragraphs, a table and the notes after it; 0 when none starts there.</summary>
    public static int Section(List<Block> blocks, int start)
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
    public static int Place(TestXlsx workbook, IEnumerable<Block> blocks, int top, int left, SheetLayout? layout = null)
    {
        layout ??= new SheetLayout();
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
                    var body = false;
                    foreach (var cells in table.Rows)
                    {
                        body |= cells.Cells.Any(c => IsAmount(c.Text, out _));
                        if (layout.HiddenZeroRows && body && cells.Cells.All(c => !IsAmount(c.Text, out var a) || a == 0m)) workbook.HideRow((uint)row);
                        if (layout.MergedLabels && body) MergeLabels(workbook, cells.Cells, row, left, layout.GridColumns);
                        // A row shared with a table placed beside this one keeps the height the taller needs.
                        if (layout.NameWidth > 0) workbook.Height((uint)row, Math.Max(workbook.HeightOf((uint)row), layout.LineHeight * cells.Cells.Max(c => WrappedLines(c.Text, layout.FitAllColumns ? workbook.WidthOf((uint)(left + c.Column * layout.GridColumns + 1)) : layout.NameWidth))));
                        foreach (var cell in cells.Cells)
                        {
                            var first = left + cell.Column * layout.GridColumns;
                            Write(workbook, $"{Column(first)}{row}", cell.Text, layout);
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

    /// <summary>Merges each label of a row (a text with no digit) over the empty cells that follow it.</summary>
    private static void MergeLabels(TestXlsx workbook, IReadOnlyList<SourceCell> cells, int row, int left, int gridColumns)
    {
        for (var k = 0; k < cells.Count; k++)
        {
            if (cells[k].Text.Length == 0 || cells[k].Text.Any(char.IsAsciiDigit)) continue;
            var end = k + 1;
            while (end < cells.Count && cells[end].Text.Length == 0) end++;
            if (end > k + 1 && end < cells.Count) workbook.Merge($"{Column(left + k * gridColumns)}{row}:{Column(left + end * gridColumns - 1)}{row}");
        }
    }

    /// <summary>Narrows the columns (from <paramref name="left"/>) where any table of <paramref name="blocks"/> holds a long name, so that names wrap.</summary>
    public static void NarrowNameColumns(TestXlsx workbook, IEnumerable<Block> blocks, int left, SheetLayout layout)
    {
        if (layout.NameWidth <= 0) return;
        var columns = blocks.OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(r => r.Cells)
            .Where(c => c.Text.Length >= 10 && !IsAmount(c.Text, out _)).Select(c => c.Column).Distinct();
        foreach (var column in columns) workbook.Width((uint)(left + column + 1), layout.NameWidth);
    }

    /// <summary>How many lines a text takes at most in a column <paramref name="width"/> characters wide (a Chinese character is two widths of the default font's digits).</summary>
    private static int WrappedLines(string text, double width) =>
        IsAmount(text, out _) ? 1 : Math.Max(1, (int)Math.Ceiling(text.Sum(c => c > 0x2E80 ? 2.0 : 1.0) / (width - 1)));

    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";

    private static void Title(TestXlsx workbook, int left, int row, int width, string text, uint style, SheetLayout layout)
    {
        workbook.Text($"{Column(left)}{row}", text, style);
        if (layout.MergedTitles) workbook.Merge($"{Column(left)}{row}:{Column(left + width - 1)}{row}");
    }

    private static void Write(TestXlsx workbook, string address, string text, SheetLayout layout)
    {
        var isAmount = IsAmount(text, out var amount);
        var stored = amount.ToString(CultureInfo.InvariantCulture);
        var style = layout.Centred ? TestXlsx.Styles.ThousandsCentred : TestXlsx.Styles.TwoDecimals;
        var textStyle = layout.NameWidth <= 0 ? TestXlsx.Styles.General : layout.Centred ? TestXlsx.Styles.WrappedCentred : TestXlsx.Styles.Wrapped;
        if (text.Length == 0) workbook.Blank(address, textStyle);
        else if (isAmount && layout.Amounts == "number") workbook.Number(address, stored, style);
        else if (isAmount && layout.Amounts == "formula") workbook.Formula(address, $"{stored}+0", stored, style);
        else if (isAmount && layout.Amounts == "separated text") workbook.Text(address, amount == 0m ? "-" : amount.ToString("#,0.00", CultureInfo.InvariantCulture), textStyle);
        else workbook.Text(address, text, textStyle);
    }

    private static bool IsAmount(string text, out decimal amount)
    {
        amount = 0m;
        return text.Contains('.') && decimal.TryParse(text.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out amount);
    }
}
