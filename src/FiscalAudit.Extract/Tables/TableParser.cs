using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>Builds a <see cref="FiscalTable"/> from a located table: header → column slots → rows.</summary>
public static class TableParser
{
    public static FiscalTable Parse(LocatedTable located, List<ReadNote> notes)
    {
        var first = located.Blocks[0];
        var table = new FiscalTable(located.Schema.Id, located.Title, located.TitleLocation) { NoDataNote = located.NoDataNote };
        var width = located.Blocks.Max(b => b.ColumnCount);
        var (dataStart, hasColumnNumbers) = HeaderSplitter.Split(first.Rows);
        var headerRows = first.Rows.Take(hasColumnNumbers ? dataStart - 1 : dataStart).ToList();
        var slots = ColumnLayout.Build(headerRows, width, located.Schema);
        var segments = ColumnSegment.Split(slots);
        table.Columns.AddRange(slots.Where(s => s.Canonical is not null).Select(s => s.Canonical!).Distinct());
        if (table.Columns.Count == 0)
        {
            notes.Add(new ReadNote($"{table.Label}：未能识别表头中的金额列，表格内容未读取。", first.Location));
            return table;
        }
        var reader = new RowReader(segments, located.Schema.Id == "T7" ? "三公经费" : null);
        foreach (var block in located.Blocks)
        {
            var start = ReferenceEquals(block, first) ? dataStart : HeaderSplitter.Split(block.Rows).DataStart;
            foreach (var row in block.Rows.Skip(start))
            {
                if (HeaderSplitter.IsColumnNumberRow(row)) continue;
                table.Rows.AddRange(reader.Read(row));
            }
        }
        table.IsPlaceholder = reader.SawPlaceholder;
        return table;
    }
}
