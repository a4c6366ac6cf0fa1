using FiscalAudit.Core.Documents;
using Layout = FiscalAudit.Extract.SelfEvaluation.CodedIndicatorTables.Layout;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// A coded indicator table (<see cref="CodedIndicatorTables"/>) broken by a page: the tables after it, past page numbers and running
/// heads (<see cref="PageBreakNoise"/>), that go on with its codes joined to it, with or without its header printed again. Such a table's
/// first code follows the last code before it (<see cref="IndicatorCodes.Follows"/>: A22 → A3), and each of its other rows prints a
/// code or closes the table (合计, 评价等级). Its columns need not be the header's: a column left blank on that page or merged may be
/// missing, so its printing columns are placed under the header's in order, leaving out as many of the header's name and other
/// columns (never the code, points or score) as it lacks — the first such placing under which every row reads (a code or a closing
/// label under the code, a number or nothing under the points, a name and no number under the names of a coded row).
/// </summary>
internal static class CodedContinuations
{
    /// <summary>The most header columns a continuation may lack.</summary>
    private const int MostMissing = 2;

    /// <summary>The coded table at <paramref name="k"/> with the tables continuing it appended, and the index of its last part.</summary>
    public static (TableBlock Table, int Last) Joined(IReadOnlyList<Block> blocks, int k, Layout layout, ThirdPartyVocabulary words)
    {
        var table = (TableBlock)blocks[k];
        var rows = table.Rows.ToList();
        var (last, inferred) = (k, table.ColumnsInferred);
        for (var j = k + 1; j < blocks.Count; j++)
        {
            if (PageBreakNoise.Is(blocks[j])) continue;
            if (blocks[j] is not TableBlock next || LastCode(rows, layout, words) is not string previous
                || Placed(next, previous, layout, words) is not List<SourceRow> placed) break;
            rows.AddRange(placed);
            (last, inferred) = (j, inferred || next.ColumnsInferred);
        }
        return last == k ? (table, k) : (table with { Rows = rows, ColumnsInferred = inferred }, last);
    }

    private static string? LastCode(List<SourceRow> rows, Layout layout, ThirdPartyVocabulary words) =>
        Enumerable.Range(0, rows.Count).Reverse().Select(i => CodedIndicatorTables.CodeOf(rows[i], layout, words)).FirstOrDefault(c => c is not null);

    /// <summary>The continuation's rows (its header printed again left out) moved under the header's columns; null when the table is no continuation.</summary>
    private static List<SourceRow>? Placed(TableBlock next, string previous, Layout layout, ThirdPartyVocabulary words)
    {
        var body = next.Rows.Where(r => !r.Cells.Any(c => words.CodedTables.CodeHeaders.Contains(CodedIndicatorTables.Key(c)))).ToList();
        var printing = body.SelectMany(r => r.Cells).Where(Prints).Select(c => c.Column).Distinct().Order().ToList();
        var header = new[] { layout.Code, layout.Points }.Concat(layout.Names).Concat(layout.OtherHeaders.Select(c => c.Column)).Distinct().Order().ToList();
        var missing = header.Count - printing.Count;
        if (body.Count == 0 || missing is < 0 or > MostMissing) return null;
        foreach (var left in Choices(Droppable(layout), missing))
        {
            var kept = header.Except(left).ToList();
            var rows = body.Select(r => r with { Cells = r.Cells.Where(Prints).Select(c => c with { Column = kept[printing.IndexOf(c.Column)], ColumnSpan = 1 }).ToList() }).ToList();
            if (Reads(rows, previous, layout, words)) return rows;
        }
        return null;
    }

    /// <summary>The header columns a continuation may lack, the likeliest first: level columns from the left (a merged 一级指标), other columns from the right, the one name column last.</summary>
    private static List<int> Droppable(Layout layout) =>
    [
        .. layout.Names.Length > 1 ? layout.Names : [],
        .. layout.OtherHeaders.Select(c => c.Column).Where(c => c != layout.Score).Reverse(),
        .. layout.Names.Length == 1 ? layout.Names : [],
    ];

    /// <summary>Every choice of <paramref name="count"/> of the columns, in the order of the columns' likelihood.</summary>
    private static IEnumerable<List<int>> Choices(List<int> columns, int count, int from = 0)
    {
        if (count == 0)
        {
            yield return new();
            yield break;
        }
        for (var i = from; i <= columns.Count - count; i++)
            foreach (var rest in Choices(columns, count - 1, i + 1))
                yield return [columns[i], .. rest];
    }

    /// <summary>True when every row reads under the placing: the first code follows <paramref name="previous"/>, a row without a code closes the table, points are numbers, a coded row prints a name and no number as one.</summary>
    private static bool Reads(List<SourceRow> rows, string previous, Layout layout, ThirdPartyVocabulary words)
    {
        string? first = null;
        foreach (var row in rows.Select(r => CodedIndicatorTables.Unglued(r, layout, words)))
        {
            var code = CodedIndicatorTables.CodeOf(row, layout, words);
            first ??= code;
            var label = new[] { layout.Code }.Concat(layout.Names).Select(c => CodedIndicatorTables.Own(row, c)).OfType<SourceCell>().FirstOrDefault();
            if (code is null && (label is null || !CodedIndicatorTables.IsClosingRow(CodedIndicatorTables.Key(label)))) return false;
            if (CodedIndicatorTables.Own(row, layout.Points) is SourceCell points && EvaluationText.Number(points.Text) is null) return false;
            var names = layout.Names.Select(c => CodedIndicatorTables.Own(row, c)).OfType<SourceCell>().ToList();
            if (code is not null && (names.Count == 0 || names.Any(n => EvaluationText.Number(n.Text) is not null))) return false;
        }
        return first is null || IndicatorCodes.Follows(first, previous, words.CodedTables);
    }

    private static bool Prints(SourceCell cell) => EvaluationText.Clean(cell.Text).Length > 0;
}
