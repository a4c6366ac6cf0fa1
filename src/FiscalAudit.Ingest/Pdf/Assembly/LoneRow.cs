using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>
/// The last row of a table found from the alignment of its words (or its only row under a header left at the foot of the
/// page before), alone at the top of the next page: a row is no table of its own. It is the page's first line, or, when
/// its labels wrap (“人员经费合” over “计”), the first few lines each right under the one before (read as lines, or as a
/// small table of their own). Text that is no sentence, holds an amount on one of its lines only and whose pieces stand in
/// the table's columns left to right on each line (pieces in one column one cell, their lines joined top to bottom; a
/// piece beyond the table's edge in its outer column, like the figure of a last panel set further right), in at least
/// <see cref="MinCells"/> of them, is the table's next row; a line with no amount holds text only where another line
/// does too (the rest of a wrapped label, not a header repeated over the figures). Up to <see cref="MaxRows"/> such rows,
/// one under the other, are the table's last rows. Under a table that holds no amount (an empty table's header), a line
/// that is only a total row's label (<see cref="TotalRowLabels"/>: “合 计”) is its row too, without figures; under a 绩效自评 form's
/// indicators, so is a line that is only its score row (“得分 100分”), of two cells.
/// </summary>
internal static class LoneRow
{
    /// <summary>A row of a table has at least this many cells.</summary>
    private const int MinCells = 3;

    /// <summary>A wrapped row has at most this many lines.</summary>
    public const int MaxLines = 3;

    /// <summary>At most this many last rows of a table stand alone at the top of the next page (a 小计 and a 合计, a 合计 and a 总计).</summary>
    public const int MaxRows = 3;

    /// <summary>A piece of text of a line at the top of the page: its text, the middle of its column's ink, its box, its words.</summary>
    private readonly record struct Piece(string Text, double Centre, BoundingBox Box, IReadOnlyList<PdfWord> Words);

    /// <summary>A row found: its cells (text, table column, box, words) and its box.</summary>
    public readonly record struct Row(List<(string Text, int Column, BoundingBox Box, IReadOnlyList<PdfWord> Words)> Cells, BoundingBox Box);

    /// <summary>A line at the top of the page (or a row of a small aligned part there, without a baseline of its own): its pieces and box.</summary>
    private readonly record struct Line(List<Piece> Pieces, BoundingBox Box, double? Baseline = null, double FontSize = 0);

    /// <summary>
    /// The rows that stand at item <paramref name="start"/> of <paramref name="page"/> (0: the rows that open it) in
    /// <paramref name="table"/>'s columns — one row made of lines, or every row of a small aligned part — and how many of
    /// the page's items they take; null when no row of it stands there. <paramref name="isText"/> tells lines that cannot be
    /// part of a row (headings).
    /// </summary>
    public static (List<Row> Rows, int Items)? At(OpenTable table, PageLayout page, int start, Func<PdfLine, bool> isText)
    {
        if (table.Grid.Inks is null || page.Items.Count <= start) return null;
        if (page.Items[start] is PageTable { Grid.Inks: { } inks } part && part.Rows.Count is > 1 and <= MaxRows * MaxLines)
        {
            var parts = part.Rows.Select(r => r.Where(c => c.Text.Length > 0).Select(c => new Piece(c.Text, Centre(inks, c.Cell), c.Cell.Box, c.Words)).ToList())
                .Where(p => p.Count > 0).Select(p => new Line(p, p.Skip(1).Aggregate(p[0].Box, (b, q) => b.Union(q.Box)))).ToList();
            var rows = new List<Row>();
            for (var i = 0; i < parts.Count;)
            {
                if (rows.Count == MaxRows || First(table, parts.Skip(i).Take(MaxLines).ToList()) is not { } row) return null;
                rows.Add(row.Row);
                i += row.Count;
            }
            return rows.Count == 0 ? null : (rows, 1);
        }
        var lines = page.Items.Skip(start).Take(MaxLines).TakeWhile(i => i is PdfLine line && !isText(line)).Cast<PdfLine>()
            .Select(l => new Line(l.Words.Select(w => new Piece(w.Text, w.CenterX, w.Box, [w])).ToList(), l.Box, l.Baseline, l.FontSize)).ToList();
        return First(table, lines) is { } found ? ([found.Row], found.Count) : null;
    }

    /// <summary>The row the first of <paramref name="lines"/> open (the most lines, each right under the one before, that make one) and how many lines it takes.</summary>
    private static (Row Row, int Count)? First(OpenTable table, List<Line> lines)
    {
        for (var count = lines.Count; count >= 1; count--)
        {
            if (count > 1 && lines[count - 2].Baseline - lines[count - 1].Baseline > AlignedTableFinder.WrapGap * lines[count - 1].FontSize) continue;
            var taken = lines.Take(count).ToList();
            if (Cells(table, taken.Select(l => l.Pieces).ToList()) is { } found)
                return (new Row(found, taken.Skip(1).Aggregate(taken[0].Box, (b, l) => b.Union(l.Box))), count);
        }
        return null;
    }

    /// <summary>The cells of the lines of <paramref name="lines"/> in <paramref name="table"/>'s columns; null when they are no row of it.</summary>
    private static List<(string Text, int Column, BoundingBox Box, IReadOnlyList<PdfWord> Words)>? Cells(OpenTable table, List<List<Piece>> lines)
    {
        var emptyTotal = lines.Count == 1 && CarriedHeader.IsHeaderOnly(table) && TotalRowLabels.Is(string.Concat(lines[0].Select(p => p.Text)));
        var scoreRow = lines.Count == 1 && IsFormScoreRow(table, lines[0]);
        if (!emptyTotal && !scoreRow && lines.Count(l => l.Any(p => FigureWords.HoldsAmount(p.Text))) != 1 || lines.Any(l => l.Any(p => FigureWords.HasSentencePunctuation(p.Text)))) return null;
        var columns = new SortedDictionary<int, (string Text, BoundingBox Box, List<PdfWord> Words)>();
        var textColumns = new List<HashSet<int>>();
        foreach (var line in lines)
        {
            var last = -1;
            var text = new HashSet<int>();
            foreach (var piece in line)
            {
                var column = table.Grid.ColumnAt(piece.Centre);
                if (column < last) return null;
                columns[column] = columns.TryGetValue(column, out var cell)
                    ? (ParagraphJoiner.Join(cell.Text, piece.Text), cell.Box.Union(piece.Box), [.. cell.Words, .. piece.Words])
                    : (piece.Text, piece.Box, [.. piece.Words]);
                if (!FigureWords.HoldsAmount(piece.Text)) text.Add(column);
                last = column;
            }
            textColumns.Add(text);
        }
        if (columns.Count < (emptyTotal ? 1 : scoreRow ? 2 : MinCells)) return null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines.Count > 1 && !lines[i].Any(p => FigureWords.HoldsAmount(p.Text))
                && !textColumns[i].All(c => textColumns.Where((_, k) => k != i).Any(other => other.Contains(c))))
                return null;
        }
        return columns.Select(c => (c.Value.Text, c.Key, c.Value.Box, (IReadOnlyList<PdfWord>)c.Value.Words)).ToList();
    }

    /// <summary>
    /// A 绩效自评 form's score row (“得分 100分”: <see cref="FormRowWords.IsScoreRow"/>) under a table that holds the form's indicators (a cell
    /// naming an indicator level): the form's last row, cut from it by the page end.
    /// </summary>
    private static bool IsFormScoreRow(OpenTable table, List<Piece> line) =>
        FormRowWords.IsScoreRow(line.Select(p => p.Text).ToList()) && table.RowTexts.Any(t => t.Split('\t').Any(FormRowWords.IsLevelName));

    /// <summary>The middle of the ink of the columns a cell of a table found from the alignment of its words spans.</summary>
    private static double Centre(IReadOnlyList<(double Left, double Right)> inks, GridCell cell) =>
        (inks[cell.Column].Left + inks[cell.Column + cell.ColumnSpan - 1].Right) / 2;
}
