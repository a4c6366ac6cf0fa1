using AlignedLine = (FiscalAudit.Ingest.Pdf.Layout.PdfLine Line, System.Collections.Generic.List<(double Left, double Right)> Cells);

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// A line long and punctuated enough to read as prose that is a row of the table on its page: a form's indicator row whose 三级指标 is a
/// sentence (“成本指标 | 树立过“紧日子”思想，厉 | ≤231.81万元 | 187.81万元”, the top line of a page a row cut by the page end goes on over).
/// Its words stand under the cells of a row of the page that is no prose, each word under one cell, in three cells or more, and its
/// sentence punctuation is under one of them: a paragraph set with wide spaces neither lines up so with a row's cells nor keeps its
/// punctuation to one stretch of its words. Its cells are the words under each cell of that row (a sentence cut after a comma stands
/// a space apart from the figure beside it, as any cell does).
/// </summary>
internal static class SentenceRow
{
    /// <summary>
    /// The cells of <paramref name="line"/> when it fills the columns of one of <paramref name="rows"/> (lines of several cells that are no
    /// prose), left to right; null when it does not.
    /// </summary>
    public static List<(double Left, double Right)>? Cells(PdfLine line, IEnumerable<AlignedLine> rows, int minColumns)
    {
        foreach (var row in rows)
        {
            var under = line.Words.Select(w => Enumerable.Range(0, row.Cells.Count).Where(k => w.Box.Left < row.Cells[k].Right && row.Cells[k].Left < w.Box.Right).ToList()).ToList();
            if (under.Any(u => u.Count != 1)) continue;
            var groups = line.Words.Select((w, i) => (Word: w, Cell: under[i][0])).GroupBy(w => w.Cell).Select(g => g.Select(w => w.Word).ToList()).ToList();
            if (groups.Count < minColumns || groups.Count(g => FigureWords.HasSentencePunctuation(string.Concat(g.Select(w => w.Text)).Replace("%", string.Empty, StringComparison.Ordinal))) > 1) continue;
            return groups.Select(g => (g.Min(w => w.Box.Left), g.Max(w => w.Box.Right))).ToList();
        }
        return null;
    }
}
