using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Turns data rows into <see cref="TableRow"/>s, one per segment that carries a label or a figure.
/// Codes printed in separate 类/款/项 columns are joined (201 06 01 → 2010601), carrying the 类 and
/// 款 of earlier rows when a row prints only the lower part.
/// </summary>
public sealed partial class RowReader
{
    private readonly List<ColumnSegment> segments;
    private readonly string? defaultName;
    private readonly Dictionary<ColumnSegment, (string Class, string Item)> carried = new();

    public RowReader(List<ColumnSegment> segments, string? defaultName)
    {
        this.segments = segments;
        this.defaultName = defaultName;
    }

    /// <summary>True once a value cell held placeholder text such as "XX" instead of a number.</summary>
    public bool SawPlaceholder { get; private set; }

    [GeneratedRegex(@"^[XxＸｘ×＊*]+(\.[XxＸｘ×＊*]+)?%?$")]
    private static partial Regex Placeholder();

    public IEnumerable<TableRow> Read(SourceRow printed)
    {
        var row = ShortLabelRow.Realign(printed, segments);
        var consumed = new HashSet<int>();
        var pending = new List<(ColumnSegment Segment, TableRow Row)>();
        foreach (var segment in segments)
        {
            var tableRow = ReadSegment(segment, row, consumed);
            if (tableRow is not null) pending.Add((segment, tableRow));
        }
        AssignOverflow(row, pending, consumed);
        JoinMergedLabels(row, pending);
        return pending.Select(p => p.Row).Where(r => r.Name.Length > 0 || r.Code is not null || r.Cells.Values.Any(c => c.Text.Length > 0));
    }

    private TableRow? ReadSegment(ColumnSegment segment, SourceRow row, HashSet<int> consumed)
    {
        var (code, prefix) = ReadCode(segment, row);
        var name = prefix + Name(row, segment);
        if (code is null && CodeText.SplitLeading(name) is var (c, n))
        {
            code = c;
            name = n;
        }
        name = Compact(name);
        if (name.Length == 0 && code is null && defaultName is not null && segment.Values.Any(v => Text(row, v).Length > 0)) name = defaultName;
        int? lineNumber = int.TryParse(Text(row, segment.Of(ColumnRole.LineNumber)), out var ln) ? ln : null;
        var tableRow = new TableRow(code, name, row.Location) { Side = segment.Side, LineNumber = lineNumber, GroupDepth = GroupDepth(row, segment), UnitCode = UnitCode(row, segment) };
        foreach (var slot in segment.Values)
        {
            var cell = ValueCell(row, slot.Index);
            var text = cell?.Text.Trim() ?? string.Empty;
            // A header merged over a value column and an empty one names both: the empty one erases nothing.
            if (text.Length == 0 && tableRow.Cells.ContainsKey(slot.Canonical!)) continue;
            if (text.Length > 0) consumed.Add(slot.Index);
            tableRow.Cells[slot.Canonical!] = MakeCell(slot.Canonical!, text, cell?.Location ?? row.Location);
        }
        return name.Length == 0 && code is null && tableRow.Cells.Values.All(v => NumberText.IsBlank(v.Text)) ? null : tableRow;
    }

    /// <summary>
    /// A figure printed outside its segment's columns (a 合计 row whose number sits in the last column)
    /// belongs to the labelled segment to its left whose value columns are all blank; a number in another
    /// segment's label or 行次 column (“36” of a side without a label) is none.
    /// </summary>
    private void AssignOverflow(SourceRow row, List<(ColumnSegment Segment, TableRow Row)> pending, HashSet<int> consumed)
    {
        foreach (var cell in row.Cells.Where(c => c.Text.Trim().Length > 0 && !consumed.Contains(c.Column) && NumberText.Parse(c.Text) is not null))
        {
            var owner = pending.LastOrDefault(p => p.Segment.First <= cell.Column && p.Row.Name.Length > 0);
            if (owner.Row is null || !Unfigured(owner.Row)) continue;
            if (segments.Any(s => IsLabelCell(s, cell.Column)) || owner.Segment.Values.FirstOrDefault() is not ColumnSlot target) continue;
            var column = target.Canonical!;
            owner.Row.Cells[column] = MakeCell(column, cell.Text.Trim(), cell.Location);
            consumed.Add(cell.Column);
        }
    }

    /// <summary>
    /// The row label: the one name column's text; with several (收入预算总表 “一般公共预算资金 | 小计”,
    /// “| 公共财政拨款（补助）资金”) the last one printed, except that a “小计” is named by the group before it, and a group
    /// row (政府采购 “专项名称 | 经济科目” over its items) is named by its first.
    /// </summary>
    private static string Name(SourceRow row, ColumnSegment segment)
    {
        var names = segment.Slots.Where(s => s.Role == ColumnRole.Name).Select(s => Label(row, s)).Where(t => t.Length > 0).ToList();
        if (names.Count == 0) return string.Empty;
        return names.Count > 1 && (HeaderText.Normalize(names[^1]) == "小计" || GroupDepth(row, segment) is not null) ? names[0] : names[^1];
    }

    /// <summary>
    /// For a row that prints only earlier ones of several name columns (单位名称 without 项目名称; 采购品目大类, or 专项名称 and
    /// 经济科目, without 采购物品名称): a group, not an item, at the depth of the last name column it prints; null for an item.
    /// </summary>
    private static int? GroupDepth(SourceRow row, ColumnSegment segment)
    {
        var names = segment.Slots.Where(s => s.Role == ColumnRole.Name).Select(s => Label(row, s)).ToList();
        var last = names.FindLastIndex(n => n.Length > 0);
        return names.Count > 1 && last >= 0 && last < names.Count - 1 ? last : null;
    }

    /// <summary>
    /// A label merged across segments (收支预算总表 “当年支出小计” printed over the function and the use
    /// columns, its figure under the uses) names the unlabelled row whose figures it stands before; the
    /// labelled row without figures it started in is dropped. So does a label whose figure stands under the
    /// next segment without any merged cell between them (表六 “公用经费合计” with its figure in the last
    /// panel's column, printed without rulings): the segment right before an unlabelled row with figures
    /// is labelled and has none.
    /// </summary>
    private static void JoinMergedLabels(SourceRow row, List<(ColumnSegment Segment, TableRow Row)> pending)
    {
        for (var i = pending.Count - 1; i > 0; i--)
        {
            var (segment, unnamed) = pending[i];
            if (unnamed.Name.Length > 0 || unnamed.Code is not null || segment.Of(ColumnRole.Name) is not ColumnSlot slot) continue;
            var labelled = row.At(slot.Index) is SourceCell merged && merged.Column < slot.Index
                ? pending.FindIndex(p => p.Row.Name == Compact(merged.Text) && p.Row.Cells.Values.All(c => c.Number is null))
                : Unfigured(pending[i - 1].Row) && unnamed.Cells.Values.Any(c => c.Number is not null) ? i - 1 : -1;
            if (labelled < 0 || labelled >= i) continue;
            var named = new TableRow(null, pending[labelled].Row.Name, row.Location) { Side = unnamed.Side, LineNumber = unnamed.LineNumber };
            foreach (var (column, cell) in unnamed.Cells) named.Cells[column] = cell;
            pending[i] = (segment, named);
            pending.RemoveAt(labelled);
            i--;
        }
    }

    /// <summary>A labelled row whose value cells print nothing: empty, or a dash or slash alone (every empty cell filled with one).</summary>
    private static bool Unfigured(TableRow row) => row.Name.Length > 0 && row.Cells.Values.All(c => NumberText.IsBlank(c.Text));

    /// <summary>
    /// The cell printed in a value column; none when that is a label merged into it from a label column (表六's “公用经费合计”
    /// spanning the columns of the panels right of it, as converters and spreadsheets merge it).
    /// </summary>
    private SourceCell? ValueCell(SourceRow row, int column) =>
        row.At(column) is { } cell && (cell.Column == column || !segments.Any(s => IsLabelCell(s, cell.Column))) ? cell : null;

    private static bool IsLabelCell(ColumnSegment segment, int column) =>
        segment.Slots.Any(s => s.Index == column && s.Role is not ColumnRole.Value);

    private TableCell MakeCell(string column, string text, SourceLocation location)
    {
        var number = NumberText.Parse(text);
        if (number is null && text.Length > 0 && Placeholder().IsMatch(HeaderText.Normalize(text))) SawPlaceholder = true;
        return new TableCell(column, number, text, location);
    }

    private (string? Code, string Prefix) ReadCode(ColumnSegment segment, SourceRow row)
    {
        var codeSlot = segment.Of(ColumnRole.Code);
        if (codeSlot is not null)
        {
            var text = HeaderText.Normalize(Label(row, codeSlot));
            if (CodeText.IsFunctionOrEconomicCode(text)) return (text, string.Empty);
            var parts = text.Length > 0 && CodeText.SplitLeading(Label(row, codeSlot)) is var (c, n) ? (c, n) : ((string?)null, text);
            return (parts.Item1, parts.Item2);
        }
        var klass = HeaderText.Normalize(Label(row, segment.Of(ColumnRole.ClassPart)));
        if (segment.Of(ColumnRole.ClassPart) is null) return (null, string.Empty);
        var item = TwoDigitPart(HeaderText.Normalize(Label(row, segment.Of(ColumnRole.ItemPart))));
        var sub = TwoDigitPart(HeaderText.Normalize(Label(row, segment.Of(ColumnRole.SubItemPart))));
        if (!IsDigits(klass, 3) && !IsDigits(item, 2) && !IsDigits(sub, 2)) return (null, klass + item + sub);
        carried.TryGetValue(segment, out var previous);
        if (!IsDigits(klass, 3)) klass = previous.Class;
        if (item.Length > 0 && !IsDigits(item, 2)) return (null, klass + item + sub);
        if (item.Length == 0 && sub.Length > 0) item = previous.Item;
        carried[segment] = (klass, item);
        var code = klass + item + (item.Length == 2 ? sub : string.Empty);
        return (CodeText.IsFunctionOrEconomicCode(code) ? code : null, string.Empty);
    }

    /// <summary>The unit code a row prints in its 单位编码 column: digits only, else null.</summary>
    private static string? UnitCode(SourceRow row, ColumnSegment segment)
    {
        var text = HeaderText.Normalize(Label(row, segment.Of(ColumnRole.UnitCode)));
        return text.Length > 0 && text.All(char.IsAsciiDigit) ? text : null;
    }

    private static bool IsDigits(string text, int length) => text.Length == length && text.All(char.IsAsciiDigit);

    /// <summary>
    /// A 款 or 项 part as two digits: a workbook that keeps the parts as numbers prints “03” as “3” (the leading zero of a
    /// number is not shown), so one digit alone is the part with its zero.
    /// </summary>
    private static string TwoDigitPart(string text) => IsDigits(text, 1) ? "0" + text : text;

    /// <summary>A label cell's text, read only at the column where the (possibly merged) cell starts.</summary>
    private static string Text(SourceRow row, ColumnSlot? slot) =>
        slot is not null && row.At(slot.Index) is SourceCell cell && cell.Column == slot.Index ? cell.Text.Trim() : string.Empty;

    /// <summary>
    /// A label cell's text (<see cref="Text"/>); a dash or slash alone (number-marks.json), as converters and publishers fill
    /// every empty cell, names nothing.
    /// </summary>
    private static string Label(SourceRow row, ColumnSlot? slot) => NumberMarks.Stated(Text(row, slot));

    /// <summary>Removes the spaces typesetting puts inside Chinese labels ("总 计" → "总计").</summary>
    private static string Compact(string name)
    {
        var t = name.Trim();
        return t.Any(ch => ch >= 0x2E80) ? Whitespace().Replace(t, string.Empty) : t;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
