using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>
/// A table whose header was left at the foot of a page (its title, captions and header rows, perhaps its 合计 row)
/// and whose body opens the next page. The header's columns need not line up with the body's: merged or
/// wrapped header cells leave out column lines, and header words set in a column's left part move the gaps
/// between columns (a 栏次 number set at its column's left edge stands over the previous column of right-set
/// amounts). When every header column stands in one or more columns of the body, the header rows are carried
/// onto the body's grid and the table goes on there.
/// </summary>
internal static class CarriedHeader
{
    /// <summary>
    /// The table holds its header rows and at most one row of amounts, labelled in its first cell only (the 合计 row printed
    /// right under the 栏次 row): no row of names, which would give the body's columns.
    /// </summary>
    public static bool IsHeaderOnly(OpenTable table)
    {
        var figures = table.Rows.Where(r => r.Cells.Any(c => FigureWords.HoldsAmount(c.Text))).ToList();
        return table.Rows.Count > figures.Count && figures.Count <= 1
            && figures.All(r => r.Cells.Where(c => c.Text.Length > 0).Skip(1).All(c => FigureWords.HoldsAmount(c.Text)));
    }

    /// <summary>The header rows of <paramref name="header"/> on <paramref name="body"/>'s grid, their lines rewritten in <paramref name="lines"/>; null when the header's columns do not stand in the body's.</summary>
    public static OpenTable? Onto(OpenTable header, PdfGrid body, TableContinuation continuation, List<TextLine> lines)
    {
        var map = continuation.Map(body, header.Grid) ?? (header.Grid.Inks is null || body.Inks is null ? null : Overlapping(body, header.Grid));
        if (map is null) return null;
        var carried = new OpenTable(body, header.LastPage);
        foreach (var (row, printed) in header.Rows.Zip(header.PrintedRows))
        {
            var cells = printed is not null && header.Grid.Inks is not null
                ? CarriedCells.Onto(printed, row, map, body, header.Grid.Inks)
                : row.Cells.Select(c => c with { Column = map[c.Column].First, ColumnSpan = map[c.Column + c.ColumnSpan - 1].Last - map[c.Column].First + 1 }).ToList();
            var fields = new string[body.ColumnCount];
            Array.Fill(fields, string.Empty);
            foreach (var cell in cells) fields[cell.Column] = cell.Text;
            var text = string.Join('\t', fields).TrimEnd('\t');
            carried.Rows.Add(row with { Cells = cells });
            carried.RowTexts.Add(text);
            var index = lines.FindLastIndex(l => l.Location == row.Location);
            if (index >= 0) lines[index] = lines[index] with { Text = text };
        }
        return carried;
    }

    /// <summary>
    /// Tables found from the alignment of their words, whose header words do not stand within the body's columns:
    /// each header column stands in the body column its span overlaps most, left to right, each in a different one; null when two share one.
    /// </summary>
    private static (int First, int Last)[]? Overlapping(PdfGrid body, PdfGrid header)
    {
        var map = new (int First, int Last)[header.ColumnCount];
        var last = -1;
        for (var i = 0; i < header.ColumnCount; i++)
        {
            var (left, right) = (header.Xs[i], header.Xs[i + 1]);
            var k = Enumerable.Range(0, body.ColumnCount).MaxBy(c => Math.Min(right, body.Xs[c + 1]) - Math.Max(left, body.Xs[c]));
            if (k <= last) return null;
            map[i] = (k, k);
            last = k;
        }
        return map;
    }
}
