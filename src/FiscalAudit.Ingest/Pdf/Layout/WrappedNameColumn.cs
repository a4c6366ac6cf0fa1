using AlignedLine = (FiscalAudit.Ingest.Pdf.Layout.PdfLine Line, System.Collections.Generic.List<(double Left, double Right)> Cells);

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// A column of names none of which stands on a line of figures: in a narrow column, each name wrapped over two lines and
/// centred down its row, one line over the row's figures and one under them (a table part at the top of a page whose rows
/// with names are all wrapped, the rest of the column blank). The columns found from the figures leave such names out;
/// the cells of the lines between the first and the last line of figures that stand in no column are a column of their own.
/// </summary>
internal static class WrappedNameColumn
{
    public static IEnumerable<(double Left, double Right)> Cells(List<AlignedLine> run, Func<PdfLine, bool> isFigureLine, List<(double Left, double Right)> columns)
    {
        var first = run.FindIndex(r => isFigureLine(r.Line));
        var last = run.FindLastIndex(r => isFigureLine(r.Line));
        if (first < 0) return [];
        return run.Skip(first).Take(last - first + 1).Where(r => !isFigureLine(r.Line))
            .SelectMany(r => r.Cells).Where(c => !columns.Any(k => c.Left <= k.Right && k.Left <= c.Right)).ToList();
    }
}
