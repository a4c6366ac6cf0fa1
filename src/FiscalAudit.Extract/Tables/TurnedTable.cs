using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// A one-row table printed turned (浙江 “三公” table: 项目 | 2024年预算数 | 2025年预算数 over the rows 合计, 因公出国（境）费,
/// 公务接待费, 公务用车购置及运行维护费, 其中：公务用车购置费, 公务用车运行维护费): its row labels become the column header and
/// each amount column a panel of the one data row, as the table is printed elsewhere (2024年预算数 over its columns beside
/// 2025年预算数 over its own). Each cell keeps its printed place. Rows of zeros may print dashes or nothing (<see cref="Amount"/>).
/// </summary>
public static class TurnedTable
{
    /// <summary>The block's rows turned, or null when they are not a header of amount columns over labelled rows of amounts.</summary>
    public static IReadOnlyList<SourceRow>? Turn(IReadOnlyList<SourceRow> rows)
    {
        var start = Header(rows);
        if (start < 0) return null;
        var header = rows[start];
        var panels = header.Cells.Where(c => c.Column > 0 && c.Text.Trim().Length > 0).ToList();
        var data = rows.Skip(start + 1).Where(r => r.Cells.Any(c => c.Text.Trim().Length > 0)).ToList();
        if (data.Count < 2 || data.Any(r => Label(r) is null || !panels.Any(p => Amount(r.At(p.Column)))) || !data.Any(r => panels.Any(p => r.At(p.Column) is { } c && NumberText.Parse(c.Text) is not null))) return null;
        var n = data.Count;
        var turned = new List<SourceRow>();
        if (panels.Count > 1)
            turned.Add(new SourceRow(panels.Select((p, i) => new SourceCell(p.Text, i * n, p.Location, n)).ToList(), header.Location));
        turned.Add(new SourceRow(panels.SelectMany((_, i) => data.Select((r, k) => Label(r)! with { Column = i * n + k, ColumnSpan = 1, RowSpan = 1 })).ToList(), header.Location));
        var values = panels.SelectMany((p, i) => data.Select((r, k) => r.At(p.Column) is { } cell ? cell with { Column = i * n + k, ColumnSpan = 1, RowSpan = 1 } : null)).OfType<SourceCell>().ToList();
        turned.Add(new SourceRow(values, data[0].Location));
        return turned;
    }

    /// <summary>The first row that labels its first column and prints only words (no amounts) in two or more columns; −1 when none.</summary>
    private static int Header(IReadOnlyList<SourceRow> rows)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var texts = rows[r].Cells.Where(c => c.Text.Trim().Length > 0).ToList();
            if (texts.Count == 0) continue;
            return texts.Count >= 2 && texts[0].Column == 0 && texts.All(c => NumberText.Parse(c.Text) is null) ? r : -1;
        }
        return -1;
    }

    /// <summary>
    /// A cell of a row of amounts: a figure, or a zero printed as a dash (“-”, “—”) or left blank (青海 “1.因公出国（境）费 | - | -”, a
    /// workbook's bordered blanks), as a row of zeros prints; the table prints a figure somewhere.
    /// </summary>
    private static bool Amount(SourceCell? cell) =>
        cell is null || NumberText.IsBlank(cell.Text) || NumberText.StatedNone(cell.Text) is not null || NumberText.Parse(cell.Text) is not null;

    /// <summary>The row's label in its first column (words, not an amount), or null.</summary>
    private static SourceCell? Label(SourceRow row) =>
        row.At(0) is { } cell && cell.Text.Trim().Length > 0 && NumberText.Parse(cell.Text) is null ? cell : null;
}
