using FiscalAudit.Core.Documents;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// Seed text laid out on one sheet as county publishers lay a whole 部门决算 out: each table's section (its title, its
/// 公开0N表/部门/年度/单位 lines, the table and the notes under it) under the previous one, or two sections side by side.
/// </summary>
internal static class OneSheetLayout
{
    /// <summary>
    /// How the sections are placed: side by side or not, blank columns between, how much lower the right one starts, the spacer hidden;
    /// with <see cref="HiddenSheet"/> a hidden sheet named 参数 before the tables' sheet holds the publisher's parameters and a code list.
    /// </summary>
    private sealed record Placing(bool SideBySide, int Gap = 1, int RightLower = 0, bool HiddenSpacer = false, bool HiddenSeparators = false, SheetLayout? Sheet = null, bool HiddenSheet = false);

    private static readonly Dictionary<string, Placing> Placings = new()
    {
        ["side by side, three blank columns between, each title merged across its table"] = new(true, Gap: 3, Sheet: new SheetLayout(MergedTitles: true)),
        ["side by side, the right section two rows lower than the left"] = new(true, RightLower: 2),
        ["side by side, the spacer column hidden and holding a check sum"] = new(true, HiddenSpacer: true),
        ["side by side, 部门, year and unit of each table on one row, tables on a grid of two columns"] = new(true, Gap: 2, Sheet: new SheetLayout(GridColumns: 2, CaptionsOnOneRow: true)),
        ["one under another, the blank row after each table hidden"] = new(false, HiddenSeparators: true),
        ["one under another, labels of totals merged over the empty cells beside them"] = new(false, Sheet: new SheetLayout(MergedLabels: true)),
        ["side by side, labels merged over empty cells, titles merged, the right section a row lower"] = new(true, Gap: 2, RightLower: 1, Sheet: new SheetLayout(MergedTitles: true, MergedLabels: true)),
        ["one under another, no blank row: tables separated only by their notes and title rows"] = new(false, Sheet: new SheetLayout(SeparatorRows: false)),
        ["one under another, amounts stored as text with thousands separators, zeros as “-”"] = new(false, Sheet: new SheetLayout(Amounts: "separated text")),
        ["side by side, amounts as formulas with their cached values, titles merged"] = new(true, Gap: 2, Sheet: new SheetLayout(Amounts: "formula", MergedTitles: true)),
        ["one under another, rows of zeros hidden"] = new(false, Sheet: new SheetLayout(HiddenZeroRows: true)),
        ["one under another, a hidden 参数 sheet before the tables"] = new(false, HiddenSheet: true),
        ["side by side, no blank rows, the right section three rows lower"] = new(true, RightLower: 3, Sheet: new SheetLayout(SeparatorRows: false)),
    };

    public static IEnumerable<string> Names => Placings.Keys;

    /// <summary>The sections of <paramref name="text"/> placed as <paramref name="name"/> says, on the sheet <paramref name="sheet"/>.</summary>
    public static byte[] Build(string text, string name, string sheet = "2020年部门决算")
    {
        var placing = Placings[name];
        var workbook = new TestXlsx();
        if (placing.HiddenSheet) Parameters(workbook);
        workbook.Sheet(sheet);
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

    /// <summary>
    /// A hidden sheet 参数 as publishers keep one: the department, another year and unit, and a code list with last year's
    /// amounts, none of it the disclosure.
    /// </summary>
    private static void Parameters(TestXlsx workbook)
    {
        workbook.Sheet("参数");
        workbook.Row(1, ["部门名称", "沁阳市政务服务和大数据管理局"]).Row(2, ["年度", "2019年度"]).Row(3, ["金额单位", "元"]);
        workbook.Row(5, ["科目编码", "科目名称", "上年决算数"]).Row(6, ["201", "一般公共服务支出", "1999.00"]).Row(7, ["合计", "", "1999.00"]);
        workbook.HideSheet();
    }

    /// <summary>A hidden column at <paramref name="column"/> (0-based) holding a publisher's check sum on every row of the left section.</summary>
    private static void Spacer(TestXlsx workbook, int column, int top, int bottom)
    {
        for (var row = top; row < bottom; row++) workbook.Number($"{SeedWorkbook.Column(column)}{row}", "0");
        workbook.HideColumn((uint)column + 1);
    }
}
