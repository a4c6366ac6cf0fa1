using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The rows of a part of a third-party indicator table printed apart from it (after a page break or a note line: “注：…”) placed
/// under the table's columns: by their header words when the part prints the header again, else by position from the right, so a
/// part that lost its blank leading level columns (a text export dropping the empty 一级指标 column) still puts each cell under its header.
/// </summary>
internal static class TableContinuation
{
    /// <summary>
    /// The part's rows under the columns of <paramref name="table"/> (its header printed again left out), and whether any column
    /// moved; null when the part prints more columns than the table, a header word the table's header lacks, or, without a header,
    /// fewer columns than the table by more than its leading 一级指标 and 二级指标 columns.
    /// </summary>
    public static (List<SourceRow> Rows, bool Moved)? Placed(TableBlock table, TableBlock part, ThirdPartyVocabulary words)
    {
        var header = table.Rows.FirstOrDefault(r => ThirdPartyTableReader.HeaderColumns(r, words) is not null);
        var repeated = part.Rows.ToList().FindIndex(r => IsHeader(r, words));
        if (header is not null && repeated >= 0)
        {
            var columns = header.Cells.GroupBy(Key).ToDictionary(g => g.Key, g => g.Min(c => c.Column));
            var map = part.Rows[repeated].Cells.Where(c => Key(c).Length > 0).GroupBy(c => c.Column).ToDictionary(g => g.Key, g => columns.GetValueOrDefault(Key(g.First()), -1));
            if (map.Values.Any(c => c < 0)) return null;
            var body = part.Rows.Where((_, i) => i != repeated)
                .Select(r => r with { Cells = r.Cells.Select(c => c with { Column = map.GetValueOrDefault(c.Column, c.Column) }).ToList() }).ToList();
            return (body, map.Any(m => m.Key != m.Value));
        }
        var shift = table.ColumnCount - part.ColumnCount;
        var levels = header is null ? null : ThirdPartyTableReader.HeaderColumns(header, words)?.Level;
        if (shift < 0 || (shift > 0 && (levels is null || !Enumerable.Range(0, shift).All(c => c == levels[1] || c == levels[2])))) return null;
        return (part.Rows.Select(r => r with { Cells = r.Cells.Select(c => c with { Column = c.Column + shift }).ToList() }).ToList(), shift > 0);
    }

    /// <summary>
    /// True when a row placed under the table's columns prints an indicator: a name in the 三级指标 column and a number in the
    /// score (or 扣分) column.
    /// </summary>
    public static bool PrintsIndicator(TableBlock table, IEnumerable<SourceRow> rows, ThirdPartyVocabulary words)
    {
        if (table.Rows.Select(r => ThirdPartyTableReader.HeaderColumns(r, words)).FirstOrDefault(c => c is not null) is not ThirdPartyTableReader.Columns columns) return false;
        string Text(SourceRow row, int column) => EvaluationText.Clean(row.Cells.FirstOrDefault(c => c.Column == column)?.Text ?? string.Empty);
        return rows.Any(r => Text(r, columns.Level[3]) is { Length: > 0 } name && EvaluationText.Number(name) is null
            && EvaluationText.Number(Text(r, columns.Scoring)) is not null);
    }

    /// <summary>A row whose printed cells are all header words of an indicator table, two at least.</summary>
    private static bool IsHeader(SourceRow row, ThirdPartyVocabulary words)
    {
        var keys = row.Cells.Select(Key).Where(k => k.Length > 0).ToList();
        return keys.Count >= 2 && keys.All(k => ThirdPartyTableReader.IsHeaderWord(k, words));
    }

    private static string Key(SourceCell cell) => EvaluationText.Compact(EvaluationText.Clean(cell.Text));
}
