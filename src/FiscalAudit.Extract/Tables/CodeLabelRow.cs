using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Some layouts print the "类 | 款 | 项" column labels in the code cells of the first data row (the 合计
/// row) instead of in the header. This moves them into a header row of their own.
/// </summary>
public static class CodeLabelRow
{
    private static readonly HashSet<string> Labels = new(StringComparer.Ordinal) { "类", "款", "项" };

    /// <summary>The labels as a header row and the data row without them; null when the row has no such labels.</summary>
    public static (SourceRow Labels, SourceRow Data)? Split(SourceRow row)
    {
        var labels = row.Cells.Where(c => Labels.Contains(HeaderText.Normalize(c.Text))).ToList();
        if (labels.Count < 2) return null;
        var data = row.Cells.Select(c => labels.Contains(c) ? c with { Text = string.Empty } : c).ToList();
        return (row with { Cells = labels }, row with { Cells = data });
    }
}
