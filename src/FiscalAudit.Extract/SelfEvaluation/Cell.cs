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
    private readonly Dictionary<Cell, int> order = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlySet<int> inferredRows;

    private CellStream(IReadOnlyList<Cell> cells, bool linePerCell, IReadOnlySet<int>? inferredRows = null)
    {
        Cells = cells;
        LinePerCell = linePerCell;
        this.inferredRows = inferredRows ?? new HashSet<int>();
        for (var i = 0; i < cells.Count; i++)
        {
            order[cells[i]] = i;
            byPosition[(linePerCell ? 0 : cells[i].Row, cells[i].Index)] = cells[i];
        }
    }

    public IReadOnlyList<Cell> Cells { get; }

    public bool LinePerCell { get; }

    /// <summary>
    /// Whether the cell's column is known from rulings or the file's structure (a Word, Excel, HTML, Markdown or tab-separated table, a
    /// ruled PDF table), so a blank cell beside it is truly blank; not in a table whose columns were told from its words' places
    /// (<see cref="TableBlock.ColumnsInferred"/>: a borderless PDF, a text table laid out with spaces) nor one cell per line.
    /// </summary>
    public bool ColumnKnown(Cell cell) => !LinePerCell && !inferredRows.Contains(cell.Row);

    /// <summary>
    /// Cells of lines that hold exactly one non-empty cell (layouts flattened one cell per line), from
    /// the first line that holds one of <paramref name="startWords"/> on. The position is the line number, page furniture
    /// left out of the count (a page number between two cells does not make them two lines apart).
    /// </summary>
    public static CellStream FromLines(SourceDocument document, IReadOnlyList<string> startWords)
    {
        var cells = new List<Cell>();
        var started = false;
        foreach (var line in document.Lines)
        {
            started = started || HasAny(line.Text, startWords);
            if (!started || line.Location.Line is not int n || SingleCell(line.Text) is not string text) continue;
            var position = n - document.OmittedLines.Count(o => o < n);
            cells.Add(new Cell(text, position, position, line.Location));
        }
        return new CellStream(cells, linePerCell: true);
    }

    /// <summary>
    /// Cells of every table row, paragraph and heading (each paragraph a row of one cell), from the first
    /// cell that holds one of <paramref name="startWords"/> on.
    /// </summary>
    public static CellStream FromBlocks(SourceDocument document, IReadOnlyList<string> startWords)
    {
        var cells = new List<Cell>();
        var inferred = new HashSet<int>();
        var row = 0;
        var started = false;
        void Add(string raw, int column, SourceLocation location)
        {
            started = started || HasAny(raw, startWords);
            if (!started) return;
            var text = EvaluationText.Clean(raw);
            if (text.Length > 0) cells.Add(new Cell(text, row, column, location));
        }
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TableBlock table:
                    foreach (var r in table.Rows)
                    {
                        row++;
                        if (table.ColumnsInferred) inferred.Add(row);
                        foreach (var c in r.Cells) Add(c.Text, c.Column, c.Location);
                    }
                    break;
                case ParagraphBlock p:
                    row++;
                    Add(p.Text, 0, p.Location);
                    break;
                case HeadingBlock h:
                    row++;
                    Add(h.Text, 0, h.Location);
                    break;
            }
        }
        return new CellStream(cells, linePerCell: false, inferred);
    }

    private static bool HasAny(string text, IReadOnlyList<string> words)
    {
        var key = EvaluationText.Compact(text);
        foreach (var w in words)
        {
            if (key.Contains(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The cleaned text of the only non-empty tab-separated part of a line; null for none or several.</summary>
    public static string? SingleCell(string line)
    {
        string? found = null;
        var start = 0;
        while (start <= line.Length)
        {
            var tab = line.IndexOf('\t', start);
            var end = tab < 0 ? line.Length : tab;
            var part = line.AsSpan(start, end - start);
            if (!part.IsWhiteSpace())
            {
                var text = EvaluationText.Clean(part.ToString());
                if (text.Length > 0)
                {
                    if (found is not null) return null;
                    found = text;
                }
            }
            if (tab < 0) break;
            start = tab + 1;
        }
        return found;
    }

    /// <summary>The cell <paramref name="offset"/> positions after <paramref name="anchor"/> in its row (or line), if printed.</summary>
    public Cell? At(Cell anchor, int offset) =>
        byPosition.TryGetValue((LinePerCell ? 0 : anchor.Row, anchor.Index + offset), out var c) ? c : null;

    public int OrderOf(Cell cell) => order[cell];

    /// <summary>Every cell of the row <paramref name="anchor"/> belongs to (rows are contiguous in the stream).</summary>
    public IEnumerable<Cell> RowOf(Cell anchor)
    {
        var first = OrderOf(anchor);
        while (first > 0 && Cells[first - 1].Row == anchor.Row) first--;
        for (var i = first; i < Cells.Count && Cells[i].Row == anchor.Row; i++) yield return Cells[i];
    }

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

    /// <summary>
    /// Whether <paramref name="cell"/> is <paramref name="open"/>'s text again in its column on a later row: a merged cell a converter
    /// (docling, an HTML export, Excel's unmerge) wrote on every row it covers. One cell a line, where no column is known, the text again.
    /// </summary>
    public bool Repeats(Cell? open, Cell cell) =>
        open is not null && open.Key == cell.Key && open.Row != cell.Row && (LinePerCell || open.Index == cell.Index);

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> may belong to the same printed row.</summary>
    public bool SameRow(Cell a, Cell b) => LinePerCell || a.Row == b.Row;
}
