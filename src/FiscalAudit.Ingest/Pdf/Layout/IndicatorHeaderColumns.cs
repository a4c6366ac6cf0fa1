using AlignedLine = (FiscalAudit.Ingest.Pdf.Layout.PdfLine Line, System.Collections.Generic.List<(double Left, double Right)> Cells);

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// The columns of a 绩效自评 form's indicator table as its header row names them (“年度绩效指标完成情况 一级指标 二级指标 三级指标 预期指标值
/// 实际完成指标值”, <see cref="FormRowWords.IsIndicatorHeader"/>). A word processor prints the form in columns of fixed width, its indicators'
/// text wrapped to fill them, a few points short of the next column, and its 一级/二级 names in columns no line of figures fills (a rate set a
/// point below the names beside it is a line of its own): the figures alone leave such columns out, or join two of them. Each header
/// cell heads a column: one standing where no column is adds it; two standing in one column split it between them (the boundary falls
/// in the blank stretch between the first one's text and the second's, <see cref="ColumnBoundaries"/>).
/// </summary>
internal static class IndicatorHeaderColumns
{
    /// <summary>
    /// <paramref name="columns"/> (left to right) with the header cells of <paramref name="run"/>'s indicator header lines as columns. A part with
    /// no header line whose rows name indicator levels and whose columns each start where a cell of the last indicator header
    /// <paramref name="alignment"/> saw starts (a form's indicator table gone on over a page that does not repeat its header) takes that header's cells.
    /// </summary>
    public static List<(double Left, double Right)> Of(List<(double Left, double Right)> columns, IReadOnlyList<AlignedLine> run, RowAlignment alignment)
    {
        var result = columns.ToList();
        var headers = run.Where(r => r.Cells.Count >= 2 && FormRowWords.IsIndicatorHeader(r.Cells.Select(c => AnchoredRows.CellText(r.Line, c)))).Select(r => r.Cells).ToList();
        if (headers.Count > 0) alignment.IndicatorHeader = headers[^1];
        else if (alignment.IndicatorHeader is { } carried && Carries(carried, columns, run)) headers = [carried];
        foreach (var header in headers)
        {
            foreach (var cell in header.OrderBy(c => c.Left))
            {
                var k = result.FindIndex(c => c.Left <= cell.Right && cell.Left <= c.Right);
                if (k < 0) result.Insert(result.FindIndex(c => c.Left > cell.Right) is var next and >= 0 ? next : result.Count, cell);
                else if (header.LastOrDefault(c => c.Right < cell.Left && result[k].Left <= c.Left) is { Right: var end } && end > result[k].Left)
                    result.Splice(k, (result[k].Left, end), (cell.Left, result[k].Right));
            }
        }
        return result;
    }

    /// <summary>The rows of <paramref name="run"/> are indicators (a cell names a level: “质量指标”) in columns each starting within a font size of a cell of <paramref name="header"/>.</summary>
    private static bool Carries(List<(double Left, double Right)> header, List<(double Left, double Right)> columns, IReadOnlyList<AlignedLine> run) =>
        run.Any(r => r.Cells.Count >= 2 && r.Cells.Any(c => FormRowWords.IsLevelName(AnchoredRows.CellText(r.Line, c))))
        && columns.All(c => header.Any(h => Math.Abs(h.Left - c.Left) <= run[0].Line.FontSize));

    /// <summary>Column <paramref name="k"/> replaced by the two columns it is split into.</summary>
    private static void Splice(this List<(double Left, double Right)> columns, int k, (double Left, double Right) left, (double Left, double Right) right)
    {
        columns[k] = left;
        columns.Insert(k + 1, right);
    }
}
