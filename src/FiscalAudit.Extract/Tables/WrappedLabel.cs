using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// The end of a label wrapped onto a line of its own, which the reader could not join to its row
/// (across a page break: “八、社会保障和就” / “业支出”, “当年收入” / “小计”; or a cell the layout split:
/// “十七、国土海洋气象等支” / “出”): a row of at most <see cref="MaxLength"/> letters (no punctuation: a
/// template's “……” row stays a row), with no code, no numbering and no figure, is joined to the previous
/// row of its side.
/// </summary>
public static class WrappedLabel
{
    private const int MaxLength = 3;

    public static bool TryJoin(List<TableRow> rows, TableRow fragment)
    {
        if (fragment.Code is not null || fragment.Name.Length is 0 or > MaxLength || fragment.Cells.Values.Any(c => c.Text.Length > 0)) return false;
        if (fragment.Key != fragment.Name || fragment.Name is "合计" or "总计" || !fragment.Name.All(char.IsLetter)) return false;
        var previous = rows.FindLastIndex(r => r.Side == fragment.Side);
        if (previous < 0 || rows[previous].Name.Length == 0) return false;
        var row = rows[previous];
        var joined = new TableRow(row.Code, row.Name + fragment.Name, row.Location) { Side = row.Side, LineNumber = row.LineNumber };
        foreach (var (column, cell) in row.Cells) joined.Cells[column] = cell;
        rows[previous] = joined;
        return true;
    }
}
