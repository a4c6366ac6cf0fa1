using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Office.Docx;

/// <summary>The flattened text of one table cell and where it starts.</summary>
internal sealed record DocxCellContent(string Text, SourceLocation Location);

/// <summary>
/// Turns a Word table into a <see cref="TableBlock"/> on the table grid: w:gridBefore and w:gridSpan
/// move cells to their grid column; a vertically merged cell (w:vMerge restart) gets a
/// <see cref="SourceCell.RowSpan"/> covering its continuation cells, which are left out of their rows.
/// </summary>
internal static class DocxTableBuilder
{
    public static TableBlock? Build(Table table, int number, Func<TableCell, DocxCellContent> readCell)
    {
        var rows = new List<(List<Draft> Cells, SourceLocation Location)>();
        var above = new Dictionary<int, Draft>();
        var rowNumber = 0;
        foreach (var row in WordContent.Rows(table))
        {
            rowNumber++;
            var drafts = new List<Draft>();
            var here = new Dictionary<int, Draft>();
            var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var cell in WordContent.Cells(row))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var content = readCell(cell);
                var continues = properties?.VerticalMerge is { } merge && merge.Val?.Value != MergedCellValues.Restart;
                if (continues && above.TryGetValue(column, out var anchor))
                {
                    anchor.RowSpan++;
                    if (content.Text.Length > 0) anchor.Text = ParagraphJoiner.Join(anchor.Text, content.Text);
                    here[column] = anchor;
                }
                else
                {
                    var location = content.Location with { Cell = $"表{number} 第{rowNumber}行第{column + 1}列" };
                    var draft = new Draft(content.Text, column, span, location);
                    drafts.Add(draft);
                    here[column] = draft;
                }
                column += span;
            }
            above = here;
            if (here.Count > 0) rows.Add((drafts, (drafts.FirstOrDefault()?.Location ?? here.Values.First().Location) with { Cell = $"表{number} 第{rowNumber}行" }));
        }
        if (rows.Count == 0) return null;
        var built = rows.Select(r => new SourceRow(r.Cells.Select(d => d.ToCell()).ToList(), r.Location)).ToList();
        return new TableBlock(built, built[0].Location.Through(built[^1].Location) with { Cell = $"表{number}" });
    }

    private sealed class Draft
    {
        public Draft(string text, int column, int span, SourceLocation location)
        {
            Text = text;
            Column = column;
            Span = span;
            Location = location;
        }

        public string Text { get; set; }

        public int Column { get; }

        public int Span { get; }

        public int RowSpan { get; set; } = 1;

        public SourceLocation Location { get; }

        public SourceCell ToCell() => new(Text, Column, Location, Span, RowSpan);
    }
}
