using FiscalAudit.Core.Documents;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// Seed text laid out on one sheet as county publishers lay a whole 部门决算 out: each table's section (its title, its
/// 公开0N表/部门/年度/单位 lines, the table and the notes under it) under the previous one, or two sections side by side.
/// </summary>
internal static class OneSheetLayout
{
    /// <summary>How the sections are placed: side by side or not, blank columns between, how much lower the right one starts, the spacer hidden.</summary>
    private sealed record Placing(bool SideBySide, int Gap = 1, int RightLower = 0, bool HiddenSpacer = false, bool HiddenSeparators = false, SheetLayout? Sheet = null);

    private static readonly Dictionary<string, Placing> Placings = new()
    {
        ["side by side, three blank columns between, each title merged across its table"] = new(true, Gap: 3, Sheet: new SheetLayout(MergedTitles: true)),
        ["side by side, the right section two rows lower than the left"] = new(true, RightLower: 2),
        ["side by side, the spacer column hidden and holding a check sum"] = new(true, HiddenSpacer: true),
        ["side by side, 部门, year and unit of each table on one row, tables on a grid of two columns"] = new(true, Gap: 2, Sheet: new SheetLayout(GridColumns: 2, CaptionsOnOneRow: true)),
        ["one under another, the blank row after each table hidden"] = new(false, HiddenSeparators: true),
        ["one under another, labels of totals merged over the empty cells beside them"] = new(false, Sheet: new SheetLayout(MergedLabels: true)),
        ["side by side, labels merged over empty cells, titles merged, the right section a row lower"] = new(true, Gap: 2, RightLower: 1, Sheet: new SheetLayout(MergedTitles: true, MergedLabels: true)),
    };

    public static IEnumerable<string> Names => Placings.Keys;

    public static byte[] Build(string text, string name)
    {
        var placing = Placings[name];
        var workbook = new TestXlsx().Sheet("2020年部门决算");
        var blocks = SeedWorkbook.Blocks(text);
        // One spacer column for the whole sheet (hiding a column hides it on every row): right of the widest left table.
        var spacer = blocks.OfType<TableBlock>().Max(t => t.ColumnCount) * (placing.Sheet?.GridColumns ?? 1);
        var row = 1;
        var i = 0;
        while (i < blocks.Count)
        {
            var first = placing.SideBySide ? SeedWorkbook.Section(blocks, i) : 0;
            if (first == 0)
            {
                row = SeedWorkbook.Place(workbook, blocks.GetRange(i, 1), row, 0, placing.Sheet);
                if (placing.HiddenSeparators && blocks[i] is TableBlock) workbook.HideRow((uint)row - 1);
                i++;
                continue;
            }
            var second = SeedWorkbook.Section(blocks, i + first);
            var left = blocks.GetRange(i, first);
            var bottom = SeedWorkbook.Place(workbook, left, row, 0, placing.Sheet);
            if (second > 0)
            {
                var width = placing.HiddenSpacer ? spacer : left.OfType<TableBlock>().Max(t => t.ColumnCount) * (placing.Sheet?.GridColumns ?? 1);
                if (placing.HiddenSpacer) Spacer(workbook, width, row, bottom);
                bottom = Math.Max(bottom, SeedWorkbook.Place(workbook, blocks.GetRange(i + first, second), row + placing.RightLower, width + placing.Gap, placing.Sheet));
            }
            row = bottom + 1;
            i += first + second;
        }
        return workbook.Build();
    }

    /// <summary>A hidden column at <paramref name="column"/> (0-based) holding a publisher's check sum on every row of the left section.</summary>
    private static void Spacer(TestXlsx workbook, int column, int top, int bottom)
    {
        for (var row = top; row < bottom; row++) workbook.Number($"{SeedWorkbook.Column(column)}{row}", "0");
        workbook.HideColumn((uint)column + 1);
    }
}
