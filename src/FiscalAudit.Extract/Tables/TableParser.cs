using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Extract.Tables;

/// <summary>Builds a <see cref="FiscalTable"/> from a located table: header → column slots → rows.</summary>
public static class TableParser
{
    /// <summary>
    /// The table read; its money unit is the one it states, else its template's, else <paramref name="documentUnit"/>
    /// (the first a document states, which its tables share when they state none).
    /// </summary>
    public static FiscalTable Parse(LocatedTable located, List<ReadNote> notes, string? documentUnit) => Parse(located, notes, documentUnit, turned: false);

    /// <summary>
    /// False for a table printed as its title and note alone, or with only its caption row (“单位名称：… | 金额单位：元” above the note that
    /// it is empty, 湖北): there, empty, with nothing to read.
    /// </summary>
    public static bool HasGrid(LocatedTable located) => located.Blocks.Any(b => !b.Rows.All(IsCaptionRow));

    private static FiscalTable Parse(LocatedTable located, List<ReadNote> notes, string? documentUnit, bool turned)
    {
        var unit = located.StatedUnit ?? (string.IsNullOrEmpty(located.Schema.Unit) ? documentUnit : located.Schema.Unit);
        var table = new FiscalTable(located.Schema.Id, located.Title, located.TitleLocation) { NoDataNote = located.NoDataNote, Unit = unit, BlanksAreZero = located.Schema.BlanksAreZero, BlankRowsAreNone = located.Schema.BlankRowsAreNone, CountUnits = located.Schema.CountUnits, Ordinal = located.Schema.Ordinal ?? TableIds.ChineseOrdinal(located.Schema.Id) };
        // A table stated empty by its note under its title, with no grid: nothing to read.
        if (!HasGrid(located)) return table;
        // A block of caption rows only (“编制单位：… 单位：万元” set apart from the grid by a note) is no part of the grid.
        if (located.Blocks.Count > 1 && located.Blocks[0].Rows.All(IsCaptionRow)) located = located with { Blocks = located.Blocks.Skip(1).ToList() };
        var rows = located.Blocks.Select(b => b.Rows.SkipWhile(IsCaptionRow).ToList()).ToList();
        var first = located.Blocks[0];
        var firstRows = rows[0];
        var width = located.Blocks.Max(b => b.ColumnCount);
        var (dataStart, hasColumnNumbers, found) = HeaderSplitter.Split(firstRows);
        var headerRows = firstRows.Take(hasColumnNumbers ? dataStart - 1 : dataStart).ToList();
        if (dataStart < firstRows.Count && CodeLabelRow.Split(firstRows[dataStart]) is var (labels, data))
        {
            headerRows.Add(labels);
            rows[0][dataStart] = data;
        }
        if (!found) (headerRows, dataStart) = BestBlankHeader(firstRows, width, located.Schema);
        var slots = ColumnLayout.Build(headerRows, width, located.Schema);
        var segments = ColumnSegment.Split(slots);
        table.Columns.AddRange(slots.Where(s => s.Canonical is not null).Select(s => s.Canonical!).Distinct());
        if (table.Columns.Count == 0)
        {
            // A one-row table printed turned (its columns as rows): read as printed elsewhere.
            if (!turned && located.Schema.Turnable && TurnedTable.Turn(firstRows) is { } turnedRows)
                return Parse(located with { Blocks = [first with { Rows = turnedRows }] }, notes, documentUnit, turned: true);
            notes.Add(new ReadNote($"{table.Label}：未能识别表头中的金额列，表格内容未读取。", first.Location));
            return table;
        }
        var reader = new RowReader(segments, located.Schema.DefaultRow);
        var placeholder = false;
        for (var b = 0; b < rows.Count; b++)
        {
            var start = b == 0 ? dataStart : HeaderSplitter.Split(rows[b]).DataStart;
            if (b > 0 && PanelUnder(rows[b], start, width, located.Schema, segments) is { } panel)
            {
                placeholder |= reader.SawPlaceholder;
                (segments, reader) = (panel, new RowReader(panel, located.Schema.DefaultRow));
            }
            for (var r = start; r < rows[b].Count; r++)
            {
                var row = rows[b][r];
                if (HeaderSplitter.IsColumnNumberRow(row)) continue;
                if (r > start && PanelWithin(rows[b].Skip(r).ToList(), width, located.Schema, segments) is var (next, nextHeader) && next is not null)
                {
                    placeholder |= reader.SawPlaceholder;
                    (segments, reader) = (next, new RowReader(next, located.Schema.DefaultRow));
                    r += nextHeader - 1;
                    continue;
                }
                foreach (var read in reader.Read(row))
                {
                    if (WrappedLabel.TryJoin(table.Rows, read) || CutRow.TryJoin(table.Rows, read)) continue;
                    table.Rows.Add(read);
                }
            }
        }
        table.IsPlaceholder = placeholder || reader.SawPlaceholder;
        DashedZeros.Apply(table);
        if (!(located.Schema.SubtotalsByAmount && SubtotalsByAmount.Link(table))) SubtotalRows.Link(table, located.Schema.Subtotals);
        return table;
    }

    /// <summary>
    /// A row of captions at the top of a block (“单位名称：… | 金额单位：万元” set in the table's first row or merged across it):
    /// text over the header, not a header row — read as one, it hides the sides the header names (收入 | 支出).
    /// </summary>
    private static bool IsCaptionRow(SourceRow row) =>
        CaptionText.IsCaptionRow(row.Cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0).ToList());

    /// <summary>
    /// The segments of a continuation block whose own header reads the same columns under another side: 表六's 公用经费 panel
    /// printed under the 人员经费 panel instead of beside it (“公用经费 / 科目编码 | 科目名称 | 决算数” over its rows). A header
    /// repeated on the next page names the sides it continues, and keeps the reading (and the 类 carried over the break).
    /// </summary>
    private static List<ColumnSegment>? PanelUnder(IReadOnlyList<SourceRow> rows, int dataStart, int width, TableSchema schema, List<ColumnSegment> current)
    {
        if (dataStart == 0) return null;
        var header = rows.Take(HeaderSplitter.IsColumnNumberRow(rows[dataStart - 1]) ? dataStart - 1 : dataStart).ToList();
        var own = ColumnSegment.Split(ColumnLayout.Build(header, width, schema));
        static IEnumerable<string?> Columns(List<ColumnSegment> segments) => segments.SelectMany(s => s.Values.Select(v => v.Canonical));
        return own.Count == current.Count && Columns(own).SequenceEqual(Columns(current)) && !own.Select(s => s.Side).SequenceEqual(current.Select(s => s.Side))
            && own.All(s => s.Side is not null) ? own : null;
    }

    /// <summary>
    /// The next panel's segments and its header's length when <paramref name="rest"/> opens with it inside the same block: a row of one
    /// cell merged across the table (“公用经费”, a Word table holding both of 表六's panels one under the other) over the panel's own header.
    /// </summary>
    private static (List<ColumnSegment>? Panel, int Header) PanelWithin(IReadOnlyList<SourceRow> rest, int width, TableSchema schema, List<ColumnSegment> current)
    {
        var filled = rest[0].Cells.Where(c => c.Text.Trim().Length > 0).ToList();
        if (width < 2 || filled.Count != 1 || filled[0].ColumnSpan < width) return (null, 0);
        var start = HeaderSplitter.Split(rest).DataStart;
        return (PanelUnder(rest, start, width, schema, current), start);
    }

    /// <summary>
    /// A table with no figures (a blank template): the header is the shortest run of leading rows that
    /// recognises the most columns.
    /// </summary>
    private static (List<SourceRow> Header, int DataStart) BestBlankHeader(IReadOnlyList<SourceRow> rows, int width, TableSchema schema)
    {
        var best = (Header: rows.Take(1).ToList(), DataStart: Math.Min(1, rows.Count), Columns: -1);
        for (var k = 1; k <= Math.Min(rows.Count, 5); k++)
        {
            var header = rows.Take(k).ToList();
            var columns = ColumnLayout.Build(header, width, schema).Count(s => s.Canonical is not null);
            if (columns > best.Columns) best = (header, k, columns);
        }
        return (best.Header, best.DataStart);
    }
}
