using System.Globalization;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Office.Workbooks;

/// <summary>
/// How a department lays out its nine 决算 tables in a workbook, as the workbooks published by departments do:
/// <list type="bullet">
/// <item><see cref="SheetNames"/>: null puts every table on one sheet (named after the year of the text, “2020年部门决算”), one under another; else one table a sheet, named in order (“表1”, “公开01表”, “Sheet3”).</item>
/// <item><see cref="BlankRows"/>: a blank row after each table's notes.</item>
/// <item><see cref="Amounts"/>: how amounts are stored — "number", "text", "thousands" (text with separators), "full-width" (text in full-width digits), "trailing-space" (text with spaces after), "thousands-trailing" (text with separators and spaces after), "formula" (a formula with its cached value).</item>
/// <item><see cref="Zero"/>: how a zero amount is printed ("" keeps 0.00; "-" or "—"; "blank" leaves its bordered cell empty, as .xls-era workbooks do).</item>
/// <item><see cref="SplitCodes"/>: the function codes (tables whose code column says 功能分类: 表二/三/五/八/九) in three columns 类 款 项 under a merged “科目编码”;
/// <see cref="SplitEconomicCodes"/>: the economic codes (表六's three panels) in two columns 类 款 (301 | 01 基本工资); <see cref="ClassOnce"/>: a split
/// code's 类 printed only on its 类 row, the rows under it printing the lower parts alone (| 01 基本工资).</item>
/// <item><see cref="HideZeroRows"/>: the two-sided tables' rows of zeros hidden; <see cref="HiddenCheckColumn"/>: a hidden 校验 column right of each table with function codes, holding each row's total recomputed (one table a sheet only: a hidden column hides it in every table of its sheet).</item>
/// <item><see cref="NarrativeInOneCell"/>: the 情况说明 in one merged cell under the tables (or on its own sheet), lines split by Alt+Enter.</item>
/// <item><see cref="SideBySide"/>: the tables two by two side by side on one sheet.</item>
/// <item><see cref="SheetOrder"/>: with <see cref="SheetNames"/>, the tables' sheets in this order (a 决算 software export whose 公开03表 comes first).</item>
/// <item><see cref="SpacerColumns"/>: an empty column between every two columns of a table; <see cref="MergedTitles"/> false: a table's title
/// and notes in their first cell only (centred across the selection, overflowing), not merged.</item>
/// <item><see cref="TallHeaders"/>: a header cell with empty cells under it merged down over the header rows, one with empty cells to its right
/// merged across them (“收 入” over its three columns, “本年收入合计” over three rows beside “科目编码” over 类/款/项).</item>
/// <item><see cref="PartialPanelLabels"/>: 表六's group labels each merged over its own panel only (“公用经费” over the second panel, the third unlabelled).</item>
/// <item><see cref="NarrativeInSections"/>: the 情况说明 on its own rows, each section (heading and text) in one merged wrapped cell, a blank row between.</item>
/// </list>
/// Each table's title is merged across the table in bold, “公开0N表” sits in the table's last column, and the captions share one row:
/// “部门：…” left, the year in the middle, “单位：万元” in the last column.
/// </summary>
internal sealed record WorkbookLayout(
    string[]? SheetNames = null,
    bool BlankRows = true,
    string Amounts = "number",
    string Zero = "",
    bool SplitCodes = false,
    bool SplitEconomicCodes = false,
    bool ClassOnce = false,
    bool HideZeroRows = false,
    bool HiddenCheckColumn = false,
    bool NarrativeInOneCell = false,
    bool SideBySide = false,
    int[]? SheetOrder = null,
    bool SpacerColumns = false,
    bool MergedTitles = true,
    bool TallHeaders = false,
    bool PartialPanelLabels = false,
    bool NarrativeInSections = false);

/// <summary>The nine-table disclosure under Workbooks/ (seed 002's tables for another county), its text and laid out as workbooks.</summary>
internal static class DisclosureWorkbook
{
    private static readonly Regex AmountInText = new(@"(?<![\d.])(\d+\.\d{2})(?![\d%％])", RegexOptions.CultureInvariant);

    /// <summary>The disclosure as text, each (right, wrong) replacement applied once, amounts multiplied by <paramref name="scale"/>.</summary>
    public static string Text(IEnumerable<(string Right, string Wrong)>? plants = null, int scale = 1)
    {
        var text = Planting.Planted(File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Office", "Workbooks", "nine-tables.txt")), "the disclosure", plants ?? []);
        return scale == 1 ? text : AmountInText.Replace(text, m => (decimal.Parse(m.Value, CultureInfo.InvariantCulture) * scale).ToString("0.00", CultureInfo.InvariantCulture));
    }

    public static byte[] Build(string text, WorkbookLayout layout)
    {
        var blocks = SeedWorkbook.Blocks(text);
        var workbook = new TestXlsx();
        var sections = new List<List<Block>>();
        var lead = new List<Block>();
        var i = 0;
        while (i < blocks.Count && SeedWorkbook.Section(blocks, i) == 0) lead.Add(blocks[i++]);
        while (SeedWorkbook.Section(blocks, i) is var length and > 0)
        {
            sections.Add(blocks.GetRange(i, length));
            i += length;
        }
        var narrative = blocks.Skip(i).ToList();
        var writer = new SheetWriter(workbook, layout);
        if (layout.SheetNames is { } names)
        {
            foreach (var s in layout.SheetOrder ?? Enumerable.Range(0, sections.Count).ToArray())
            {
                workbook.Sheet(names[s]);
                writer.Section(sections[s], s == 0 ? writer.Texts(lead, 1, 0, 1) : 1, 0);
            }
            workbook.Sheet(names[^1]);
            writer.Narrative(narrative, 1, 0, 10);
            return workbook.Build();
        }
        workbook.Sheet(Regex.Match(text, "(20[0-9]{2})年").Groups[1].Value + "年部门决算");
        var top = writer.Texts(lead, 1, 0, 1);
        for (var s = 0; s < sections.Count; s++)
        {
            if (layout.SideBySide && s + 1 < sections.Count)
            {
                var left = writer.Section(sections[s], top, 0);
                var right = writer.Section(sections[s + 1], top, SheetWriter.Width(sections[s], layout) + 1);
                top = Math.Max(left, right);
                s++;
            }
            else top = writer.Section(sections[s], top, 0);
        }
        writer.Narrative(narrative, top, 0, sections.Max(s => SheetWriter.Width(s, layout)));
        return workbook.Build();
    }

    /// <summary>Writes sections of blocks into the current sheet of a workbook.</summary>
    private sealed class SheetWriter(TestXlsx workbook, WorkbookLayout layout)
    {
        /// <summary>How many grid columns a section's table takes.</summary>
        public static int Width(List<Block> section, WorkbookLayout layout)
        {
            var table = section.OfType<TableBlock>().Single();
            return Spread(table.ColumnCount + SplitColumns(table, layout).Values.Sum(parts => parts.Length - 1) - 1, layout) + 1;
        }

        /// <summary>The grid offset of a table's <paramref name="column"/>th column (every other column with <see cref="WorkbookLayout.SpacerColumns"/>).</summary>
        private static int Spread(int column, WorkbookLayout layout) => layout.SpacerColumns ? column * 2 : column;

        public int Texts(IEnumerable<Block> blocks, int row, int left, int width)
        {
            foreach (var block in blocks)
            {
                var (text, style) = block switch
                {
                    HeadingBlock h => (h.Text, TestXlsx.Styles.Bold),
                    ParagraphBlock p => (p.Text, TestXlsx.Styles.General),
                    _ => (string.Empty, TestXlsx.Styles.General),
                };
                if (text.Length == 0) continue;
                workbook.Text(Address(row, left), text, style);
                if (width > 1) workbook.Merge($"{Address(row, left)}:{Address(row, left + width - 1)}");
                row++;
            }
            return row;
        }

        /// <summary>A table's section from (<paramref name="row"/>, <paramref name="left"/>): title, table number, captions, table, notes; returns the next free row.</summary>
        public int Section(List<Block> section, int row, int left)
        {
            var width = Width(section, layout);
            var last = left + width - 1;
            var tableAt = section.FindIndex(b => b is TableBlock);
            row = Texts(section.Take(1), row, left, layout.MergedTitles ? width : 1);
            var captions = section.Skip(1).Take(tableAt - 1).OfType<ParagraphBlock>().Select(p => p.Text).ToList();
            foreach (var number in captions.Where(c => c.StartsWith("公开", StringComparison.Ordinal)))
                workbook.Text(Address(row++, last), number);
            var line = captions.Where(c => !c.StartsWith("公开", StringComparison.Ordinal)).ToList();
            if (line.Count > 0)
            {
                for (var k = 0; k < line.Count; k++)
                {
                    var text = line[k].Contains("单位：", StringComparison.Ordinal) ? "单位：万元" : line[k];
                    workbook.Text(Address(row, k == line.Count - 1 ? last : left + k * (width - 1) / Math.Max(1, line.Count - 1)), text);
                }
                row++;
            }
            row = Table((TableBlock)section[tableAt], row, left);
            row = Texts(section.Skip(tableAt + 1), row, left, layout.MergedTitles ? width : 1);
            return layout.BlankRows ? row + 1 : row;
        }

        /// <summary>The 情况说明: a heading and the text in one merged cell, or a paragraph a row.</summary>
        public void Narrative(List<Block> blocks, int row, int left, int width)
        {
            if (layout.NarrativeInSections)
            {
                Sections(blocks, row, left, width);
                return;
            }
            if (!layout.NarrativeInOneCell)
            {
                Texts(blocks, row, left, 1);
                return;
            }
            row = Texts(blocks.Take(1), row, left, 1);
            var text = string.Join("\n", blocks.Skip(1).Select(b => b is HeadingBlock h ? h.Text : ((ParagraphBlock)b).Text));
            workbook.Text(Address(row, left), text, TestXlsx.Styles.Wrapped);
            workbook.Merge($"{Address(row, left)}:{Address(row + 11, left + width - 1)}");
        }

        /// <summary>The 情况说明's title in a bold row, then each section (a heading and the text under it) in one merged wrapped cell, a blank row after it.</summary>
        private void Sections(List<Block> blocks, int row, int left, int width)
        {
            row = Texts(blocks.Take(1), row, left, width);
            var texts = blocks.Skip(1).Select(b => (Heading: b is HeadingBlock, Text: b is HeadingBlock h ? h.Text : ((ParagraphBlock)b).Text)).ToList();
            for (var i = 0; i < texts.Count;)
            {
                var length = 1 + texts.Skip(i + 1).TakeWhile(t => !t.Heading).Count();
                workbook.Text(Address(row, left), string.Join("\n", texts.GetRange(i, length).Select(t => t.Text)), TestXlsx.Styles.Wrapped);
                workbook.Merge($"{Address(row, left)}:{Address(row + 2, left + width - 1)}");
                row += 4;
                i += length;
            }
        }

        private int Table(TableBlock table, int row, int left)
        {
            var split = SplitColumns(table, layout);
            var width = Width([table], layout);
            var twoSided = table.Rows.Any(r => r.Cells.Count(c => c.Text.Replace(" ", "") == "总计") == 2);
            int Grid(int column) => left + Spread(column + split.Where(s => s.Key < column).Sum(s => s.Value.Length - 1), layout);
            var gridRows = new List<(int First, int Last)>();
            var headerAt = table.Rows.ToList().FindIndex(r => r.Cells.Any(c => split.ContainsKey(c.Column) && c.Text.Contains("科目编码", StringComparison.Ordinal)));
            foreach (var (source, index) in table.Rows.Select((r, i) => (r, i)))
            {
                var cells = source.Cells.OrderBy(c => c.Column).ToList();
                string TextAt(int column) => cells.FirstOrDefault(c => c.Column == column)?.Text.Replace(" ", "") ?? string.Empty;
                if (index < headerAt && !HasCodes(table))
                {
                    GroupLabels(row, cells, Grid, Grid(table.Rows[headerAt].Cells.Where(c => c.Text.Length > 0).Max(c => c.Column)));
                    gridRows.Add((row, row));
                    row++;
                    continue;
                }
                foreach (var cell in cells)
                {
                    if (split.TryGetValue(cell.Column, out var parts)) Codes(row, Grid(cell.Column), parts, cell.Text, TextAt(cell.Column + 1).Length == 0, Grid(cell.Column + 1) - Grid(cell.Column) - Spread(parts.Length - 1, layout));
                    else Write(row, Grid(cell.Column), cell.Text);
                }
                if (layout.HiddenCheckColumn && HasCodes(table))
                {
                    var check = left + width;
                    Write(row, check, source == table.Rows[0] ? "校验" : cells.FirstOrDefault(c => IsAmount(c.Text, out _))?.Text ?? string.Empty);
                    workbook.HideColumn((uint)check + 1);
                }
                if (layout.HideZeroRows && twoSided && IsZeroRow(cells)) workbook.HideRow((uint)row);
                var headed = split.Keys.Where(c => TextAt(c).Contains("科目编码", StringComparison.Ordinal)).ToList();
                var first = row;
                if (headed.Count > 0)
                {
                    row++;
                    foreach (var column in headed)
                    {
                        foreach (var (part, k) in split[column].Select((p, k) => (p, k))) workbook.Text(Address(row, Grid(column) + Spread(k, layout)), part);
                    }
                }
                gridRows.Add((first, row));
                row++;
            }
            if (layout.TallHeaders) MergeHeaders(table, split, gridRows, Grid);
            return row;
        }

        /// <summary>
        /// <see cref="WorkbookLayout.TallHeaders"/>: in the header rows above the 栏次 row (or the first amounts), a label with empty cells to its right
        /// is merged across those headed below it, one with empty cells under it merged down to the last header row; split code columns keep
        /// their own merges. The 栏次 row (“栏次 1 2 3”, or the numbers alone) is not merged.
        /// </summary>
        private void MergeHeaders(TableBlock table, Dictionary<int, string[]> split, List<(int First, int Last)> gridRows, Func<int, int> grid)
        {
            var end = table.Rows.ToList().FindIndex(r => r.Cells.Any(c => c.Text.Replace(" ", "") == "栏次" || IsAmount(c.Text, out _))
                || r.Cells.Where(c => c.Text.Length > 0).All(c => c.Text.All(char.IsAsciiDigit)));
            if (end <= 0) return;
            string TextAt(int row, int column) => table.Rows[row].Cells.FirstOrDefault(c => c.Column == column)?.Text ?? string.Empty;
            int Right(int column) => grid(column) + (split.TryGetValue(column, out var parts) ? Spread(parts.Length - 1, layout) : 0);
            for (var r = 0; r < end; r++)
            {
                for (var c = 0; c < table.ColumnCount; c++)
                {
                    if (TextAt(r, c).Length == 0 || split.ContainsKey(c)) continue;
                    var across = c + 1;
                    while (across < table.ColumnCount && TextAt(r, across).Length == 0 && Enumerable.Range(r + 1, end - r - 1).Any(k => TextAt(k, across).Length > 0)) across++;
                    var down = r + 1;
                    while (down < end && TextAt(down, c).Length == 0) down++;
                    if (across > c + 1) workbook.Merge($"{Address(gridRows[r].First, grid(c))}:{Address(gridRows[r].Last, Right(across - 1))}");
                    else if (down > r + 1) workbook.Merge($"{Address(gridRows[r].First, grid(c))}:{Address(gridRows[down - 1].Last, Right(c))}");
                }
            }
        }

        /// <summary>
        /// A code cell printed over <paramref name="parts"/> columns from <paramref name="first"/>: a code in its 类/款(/项) parts (the 类 left
        /// blank under its 类 row with <see cref="WorkbookLayout.ClassOnce"/>), else the text merged over them (and the name column when empty).
        /// </summary>
        private void Codes(int row, int first, string[] parts, string text, bool nameEmpty, int toName)
        {
            var code = text.Replace(" ", "");
            if (Regex.IsMatch(code, $"^[0-9]{{3}}([0-9]{{2}}){{0,{parts.Length - 1}}}$"))
            {
                for (var k = 0; k * 2 + 3 <= code.Length; k++)
                {
                    if (k == 0 && layout.ClassOnce && code.Length > 3) continue;
                    workbook.Text(Address(row, first + Spread(k, layout)), k == 0 ? code[..3] : code.Substring(1 + k * 2, 2));
                }
                return;
            }
            if (code.Length == 0) return;
            var header = code.Contains("科目编码", StringComparison.Ordinal);
            workbook.Text(Address(row, first), header ? code : text);
            workbook.Merge($"{Address(row, first)}:{Address(row, first + Spread(parts.Length - 1, layout) + (nameEmpty && !header ? toName : 0))}");
        }

        /// <summary>
        /// Group labels over economic code panels (人员经费, 公用经费): each merged over the columns up to the next label or the last headed column
        /// (over its own panel of three columns only with <see cref="WorkbookLayout.PartialPanelLabels"/>).
        /// </summary>
        private void GroupLabels(int row, List<SourceCell> cells, Func<int, int> grid, int last)
        {
            var labels = cells.Where(c => c.Text.Length > 0).ToList();
            for (var k = 0; k < labels.Count; k++)
            {
                var end = k + 1 < labels.Count ? grid(labels[k + 1].Column) - 1 : last;
                if (layout.PartialPanelLabels) end = Math.Min(end, grid(labels[k].Column + 2));
                workbook.Text(Address(row, grid(labels[k].Column)), labels[k].Text);
                if (end > grid(labels[k].Column)) workbook.Merge($"{Address(row, grid(labels[k].Column))}:{Address(row, end)}");
            }
        }

        /// <summary>The source columns whose codes are printed split, with their parts' labels.</summary>
        private static Dictionary<int, string[]> SplitColumns(TableBlock table, WorkbookLayout layout)
        {
            if (HasCodes(table)) return layout.SplitCodes ? new() { [0] = ["类", "款", "项"] } : [];
            if (!layout.SplitEconomicCodes) return [];
            return table.Rows.SelectMany(r => r.Cells).Where(c => c.Text.Replace(" ", "") == "科目编码").Select(c => c.Column).Distinct().ToDictionary(c => c, _ => new[] { "类", "款" });
        }

        private static bool IsZeroRow(List<SourceCell> cells) =>
            cells.Any(c => IsAmount(c.Text, out _)) && cells.All(c => !IsAmount(c.Text, out var a) || a == 0m) && !cells.Any(c => c.Text.Contains("计", StringComparison.Ordinal));

        private void Write(int row, int column, string text)
        {
            var address = Address(row, column);
            if (text.Length == 0)
            {
                workbook.Blank(address, TestXlsx.Styles.TwoDecimals);
                return;
            }
            if (!IsAmount(text, out var amount))
            {
                workbook.Text(address, text);
                return;
            }
            var stored = amount.ToString(CultureInfo.InvariantCulture);
            if (amount == 0m && layout.Zero == "blank") workbook.Blank(address, TestXlsx.Styles.TwoDecimals);
            else if (amount == 0m && layout.Zero.Length > 0) workbook.Text(address, layout.Zero);
            else if (layout.Amounts == "number") workbook.Number(address, stored, TestXlsx.Styles.Thousands);
            else if (layout.Amounts == "formula") workbook.Formula(address, $"ROUND({stored},2)", stored, TestXlsx.Styles.TwoDecimals);
            else if (layout.Amounts == "thousands") workbook.Text(address, amount.ToString("#,##0.00", CultureInfo.InvariantCulture));
            else if (layout.Amounts == "full-width") workbook.Text(address, FullWidth(amount.ToString("0.00", CultureInfo.InvariantCulture)));
            else if (layout.Amounts == "trailing-space") workbook.Text(address, text + "  ");
            else if (layout.Amounts == "thousands-trailing") workbook.Text(address, amount.ToString("#,##0.00", CultureInfo.InvariantCulture) + "   ");
            else workbook.Text(address, text);
        }

        private static string FullWidth(string text) =>
            new(text.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c == '.' ? '．' : c).ToArray());

        private static bool HasCodes(TableBlock table) => table.Rows.Any(r => r.Cells.Any(c => c.Column == 0 && c.Text.Contains("功能分类", StringComparison.Ordinal)));

        private static bool IsAmount(string text, out decimal amount)
        {
            amount = 0m;
            return text.Contains('.') && decimal.TryParse(text.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out amount);
        }

        private static string Address(int row, int column) => $"{SeedWorkbook.Column(column)}{row}";
    }
}
