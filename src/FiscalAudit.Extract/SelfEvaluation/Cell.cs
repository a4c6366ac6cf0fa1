using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// One non-empty table cell. <see cref="Row"/> groups cells of one table row; <see cref="Index"/> is
/// the position used to step to the neighbouring cell: the grid column for real tables, the physical
/// line number for tables flattened one cell per line.
/// </summary>
internal sealed record Cell(string Text, int Row, int Index, SourceLocation Location)
{
    /// <summary>The text without any whitespace and with ASCII parentheses, for matching labels.</summary>
    public string Key { get; } = EvaluationText.Compact(Text);
}

/// <summary>
/// Non-empty cells in reading order with neighbour lookup. Two shapes share it: real tables (rows of
/// cells, a neighbour is the next column of the same row) and tables flattened one cell per line (a
/// neighbour is the next physical line, since empty cells still occupy a line).
/// </summary>
internal sealed class CellStream
{
    private readonly Dictionary<(int Row, int Index), Cell> byPosition = new();
    private readonly Dictionary<Cell, int> order = new();

    private CellStream(IReadOnlyList<Cell> cells, bool linePerCell)
    {
        Cells = cells;
        LinePerCell = linePerCell;
        for (var i = 0; i < cells.Count; i++)
        {
            order[cells[i]] = i;
            byPosition[(linePerCell ? 0 : cells[i].Row, cells[i].Index)] = cells[i];
        }
    }

    public IReadOnlyList<Cell> Cells { get; }

    public bool LinePerCell { get; }

    /// <summary>Cells of lines that hold exactly one non-empty cell (layouts flattened one cell per line).</summary>
    public static CellStream FromLines(SourceDocument document)
    {
        var cells = new List<Cell>();
        foreach (var line in document.Lines)
        {
            var parts = line.Text.Split('\t').Select(EvaluationText.Clean).Where(p => p.Length > 0).ToList();
            if (parts.Count != 1 || line.Location.Line is not int n) continue;
            cells.Add(new Cell(parts[0], n, n, line.Location));
        }
        return new CellStream(cells, linePerCell: true);
    }

    /// <summary>Cells of every table row, paragraph and heading, each paragraph being a row of one cell.</summary>
    public static CellStream FromBlocks(SourceDocument document)
    {
        var cells = new List<Cell>();
        var row = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TableBlock table:
                    foreach (var r in table.Rows)
                    {
                        row++;
                        foreach (var c in r.Cells)
                        {
                            var text = EvaluationText.Clean(c.Text);
                            if (text.Length > 0) cells.Add(new Cell(text, row, c.Column, c.Location));
                        }
                    }
                    break;
                case ParagraphBlock p:
                    row++;
                    cells.Add(new Cell(EvaluationText.Clean(p.Text), row, 0, p.Location));
                    break;
                case HeadingBlock h:
                    row++;
                    cells.Add(new Cell(EvaluationText.Clean(h.Text), row, 0, h.Location));
                    break;
            }
        }
        return new CellStream(cells.Where(c => c.Text.Length > 0).ToList(), linePerCell: false);
    }

    /// <summary>The cell <paramref name="offset"/> positions after <paramref name="anchor"/> in its row (or line), if printed.</summary>
    public Cell? At(Cell anchor, int offset) =>
        byPosition.TryGetValue((LinePerCell ? 0 : anchor.Row, anchor.Index + offset), out var c) ? c : null;

    public int OrderOf(Cell cell) => order[cell];

    /// <summary>The cells following <paramref name="anchor"/> in the same row, or within <paramref name="width"/> lines.</summary>
    public IEnumerable<Cell> Following(Cell anchor, int width)
    {
        for (var i = OrderOf(anchor) + 1; i < Cells.Count; i++)
        {
            var c = Cells[i];
            if (LinePerCell ? c.Index > anchor.Index + width : c.Row != anchor.Row) yield break;
            yield return c;
        }
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> may belong to the same printed row.</summary>
    public bool SameRow(Cell a, Cell b) => LinePerCell || a.Row == b.Row;
}
