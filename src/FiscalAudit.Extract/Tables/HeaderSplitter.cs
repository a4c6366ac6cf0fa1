using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Splits a table's rows into header rows and data rows. The header ends at the "栏次" row (column
/// numbers 1, 2, 3 …) when there is one, otherwise at the first row that carries a figure, a
/// classification code or a 合计/总计 label.
/// </summary>
public static class HeaderSplitter
{
    private const int MaxHeaderRows = 8;

    /// <summary>Index of the first data row; the 栏次 row, if any, is at DataStart − 1.</summary>
    public static (int DataStart, bool HasColumnNumberRow) Split(IReadOnlyList<SourceRow> rows)
    {
        var limit = Math.Min(rows.Count, MaxHeaderRows);
        for (var i = 0; i < limit; i++)
        {
            if (IsDataRow(rows[i])) return (i, false);
            if (IsColumnNumberRow(rows[i])) return (i + 1, true);
        }
        return (Math.Min(rows.Count, 1), false);
    }

    /// <summary>"栏次 1 2 3…" or just "1 2 3 … n".</summary>
    public static bool IsColumnNumberRow(SourceRow row)
    {
        var texts = row.Cells.Select(c => HeaderText.Normalize(c.Text)).Where(t => t.Length > 0).ToList();
        if (texts.Count == 0) return false;
        var labelled = texts[0] is "栏次" or "栏目";
        var numbers = texts.Where(t => t is not ("栏次" or "栏目")).ToList();
        if (numbers.Count == 0 || !numbers.All(t => int.TryParse(t, out var n) && n is > 0 and < 100)) return false;
        return labelled || (numbers.Count >= 3 && numbers.Select(int.Parse).SequenceEqual(Enumerable.Range(1, numbers.Count)));
    }

    public static bool IsDataRow(SourceRow row)
    {
        if (IsColumnNumberRow(row)) return false;
        foreach (var cell in row.Cells)
        {
            if (NumberText.Parse(cell.Text) is { Decimals: > 0 }) return true;
            if (CodeText.IsFunctionOrEconomicCode(HeaderText.Normalize(cell.Text))) return true;
        }
        var label = HeaderText.Normalize(string.Concat(row.Cells.Select(c => c.Text)));
        return label is "合计" or "总计";
    }
}
