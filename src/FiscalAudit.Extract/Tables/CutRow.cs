using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// A row cut by a page (a Word table row allowed to break across pages): a row with no code and no name, printed apart from the row
/// before it (on a later page, or below a page number or the repeated header), with figures only in columns that row left blank
/// (“2080505 机关事业单位基本养老保险缴费支出 | 10.17 | | ” over the page, “ | 10.17 | ” under the repeated header), is the rest
/// of that row — read apart, the row's blanks would count as 0 in a table whose blanks mean 0.
/// </summary>
public static class CutRow
{
    public static bool TryJoin(List<TableRow> rows, TableRow fragment)
    {
        if (fragment.Code is not null || fragment.Name.Length > 0 || !fragment.HasFigures) return false;
        // The last row of its side with figures; between them only the header printed again (rows with no code and no figure).
        var previous = rows.FindLastIndex(r => r.Side == fragment.Side && r.HasFigures);
        if (previous < 0 || rows[previous].Name.Length == 0 || rows.Skip(previous + 1).Any(r => r.Side == fragment.Side && r.Code is not null)) return false;
        var row = rows[previous];
        if (!PrintedApart(row.Location, fragment.Location)) return false;
        var printed = fragment.Cells.Values.Where(c => c.Text.Length > 0).ToList();
        if (printed.Any(c => row.Cells.TryGetValue(c.Column, out var above) && above.Text.Length > 0)) return false;
        foreach (var cell in printed) row.Cells[cell.Column] = cell;
        return true;
    }

    private static bool PrintedApart(SourceLocation above, SourceLocation below) =>
        above.Page is int a && below.Page is int b ? b > a : below.Line - (above.EndLine ?? above.Line) > 1;
}
