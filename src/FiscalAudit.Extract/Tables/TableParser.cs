using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>Builds a <see cref="FiscalTable"/> from a located table: header → column slots → rows.</summary>
public static class TableParser
{
    /// <summary>
    /// The table read; its money unit is the one it states, else its template's, else <paramref name="documentUnit"/>
    /// (the first a document states, which its tables share when they state none).
    /// </summary>
    public static FiscalTable Parse(LocatedTable located, List<ReadNote> notes, string? documentUnit)
    {
        var first = located.Blocks[0];
        var unit = located.StatedUnit ?? (string.IsNullOrEmpty(located.Schema.Unit) ? documentUnit : located.Schema.Unit);
        var table = new FiscalTable(located.Schema.Id, located.Title, located.TitleLocation) { NoDataNote = located.NoDataNote, Unit = unit, Ordinal = located.Schema.Ordinal ?? TableIds.ChineseOrdinal(located.Schema.Id) };
        var width = located.Blocks.Max(b => b.ColumnCount);
        var (dataStart, hasColumnNumbers, found) = HeaderSplitter.Split(first.Rows);
        var headerRows = first.Rows.Take(hasColumnNumbers ? dataStart - 1 : dataStart).ToList();
        var rows = located.Blocks.Select(b => b.Rows.ToList()).ToList();
        if (dataStart < first.Rows.Count && CodeLabelRow.Split(first.Rows[dataStart]) is var (labels, data))
        {
            headerRows.Add(labels);
            rows[0][dataStart] = data;
        }
        if (!found) (headerRows, dataStart) = BestBlankHeader(first.Rows, width, located.Schema);
        var slots = ColumnLayout.Build(headerRows, width, located.Schema);
        var segments = ColumnSegment.Split(slots);
        table.Columns.AddRange(slots.Where(s => s.Canonical is not null).Select(s => s.Canonical!).Distinct());
        if (table.Columns.Count == 0)
        {
            notes.Add(new ReadNote($"{table.Label}：未能识别表头中的金额列，表格内容未读取。", first.Location));
            return table;
        }
        var reader = new RowReader(segments, located.Schema.DefaultRow);
        for (var b = 0; b < rows.Count; b++)
        {
            var start = b == 0 ? dataStart : HeaderSplitter.Split(rows[b]).DataStart;
            foreach (var row in rows[b].Skip(start))
            {
                if (HeaderSplitter.IsColumnNumberRow(row)) continue;
                foreach (var read in reader.Read(row))
                {
                    if (!WrappedLabel.TryJoin(table.Rows, read)) table.Rows.Add(read);
                }
            }
        }
        table.IsPlaceholder = reader.SawPlaceholder;
        DashedZeros.Apply(table);
        return table;
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
