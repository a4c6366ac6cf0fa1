using FiscalAudit.Core.Documents;
using Layout = FiscalAudit.Extract.SelfEvaluation.CodedIndicatorTables.Layout;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// A coded indicator table (<see cref="CodedIndicatorTables"/>) broken by a page: the tables after it, past page numbers and running
/// heads (<see cref="PageBreakNoise"/>), that go on with its codes joined to it, with or without its header printed again. Such a table's
/// first code follows the last code before it (<see cref="IndicatorCodes.Follows"/>: A22 → A3; in a table with a column per level,
/// 1.2.2 → 1.3 or 2, （二）… 2 → （三） or 三: <see cref="OrdinalCodes"/>), and each of its other rows prints a code or closes the table
/// (合计, 评价等级). Its columns need not be the header's: a column left blank on that page or merged may be
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
            if (blocks[j] is not TableBlock next || LastPlace(rows, layout, words) is not List<int> previous
                || Placed(next, previous, layout, words) is not List<SourceRow> placed) break;
            rows.AddRange(placed);
            (last, inferred) = (j, inferred || next.ColumnsInferred);
        }
        return last == k ? (table, k) : (table with { Rows = rows, ColumnsInferred = inferred }, last);
    }

    /// <summary>The place of the last row that prints a code (<see cref="PlaceOf"/>); null when none does.</summary>
    private static List<int>? LastPlace(List<SourceRow> rows, Layout layout, ThirdPartyVocabulary words)
    {
        List<int>? place = null;
        foreach (var row in rows.Select(r => CodedIndicatorTables.Unglued(r, layout, words)))
            if (PlaceOf(row, place ?? [], layout, words) is List<int> at) place = at;
        return place;
    }

    /// <summary>
    /// The place of a row that prints a code, the row printing a code before it at <paramref name="previous"/>: a letter code's parts
    /// (A12 → 1, 1, 2), else, in a table with a column per level, its ordinal's number after the numbers of <paramref name="previous"/>
    /// above its level (the level column its name stands in); null for a row without a code.
    /// </summary>
    private static List<int>? PlaceOf(SourceRow row, IReadOnlyList<int> previous, Layout layout, ThirdPartyVocabulary words)
    {
        if (CodedIndicatorTables.CodeOf(row, layout, words) is string code) return IndicatorCodes.Parts(code, words.CodedTables);
        if (layout.Names.Length < 3 || OrdinalCodes.Number(CodedIndicatorTables.Key(CodedIndicatorTables.Own(row, layout.Code))) is not int number) return null;
        return CodedIndicatorTables.LevelOf(row, layout, words) is var level and > 0 ? OrdinalCodes.After(previous, level, number) : null;
    }

    /// <summary>
    /// The continuation's rows (its header printed again left out) moved under the header's columns; null when the table is no
    /// continuation. When more than one placing reads, a text they place under different columns is undecided (评分标准 or
    /// 扣分原因 or 偏差原因?): it goes under the reason column when one of the placings puts it there — a reason only explains a
    /// score — and is left out otherwise, so that no guess is judged as a rubric.
    /// </summary>
    private static List<SourceRow>? Placed(TableBlock next, List<int> previous, Layout layout, ThirdPartyVocabulary words)
    {
        var body = next.Rows.Where(r => !r.Cells.Any(c => words.CodedTables.CodeHeaders.Contains(CodedIndicatorTables.Key(c)))).ToList();
        var printing = body.SelectMany(r => r.Cells).Where(Prints).Select(c => c.Column).Distinct().Order().ToList();
        var header = new[] { layout.Code, layout.Points }.Concat(layout.Names).Concat(layout.OtherHeaders.Select(c => c.Column)).Distinct().Order().ToList();
        var missing = header.Count - printing.Count;
        if (body.Count == 0 || missing is < 0 or > MostMissing) return null;
        var readings = Choices(Droppable(layout), missing)
            .Select(left => header.Except(left).ToList())
            .Select(kept => body.Select(r => r with { Cells = r.Cells.Where(Prints).Select(c => c with { Column = kept[printing.IndexOf(c.Column)], ColumnSpan = 1 }).ToList() }).ToList())
            .Where(rows => Reads(rows, previous, layout, words)).ToList();
        return readings.Count switch
        {
            0 => null,
            1 => readings[0],
            _ => Undecided(readings, layout, words),
        };
    }

    /// <summary>
    /// The first of several placings that read, each text cell the placings put under different columns moved under the reason
    /// column (偏差原因, 扣分原因) one of them puts it under, or left out; the first placing as it is when they differ elsewhere than
    /// in those text columns.
    /// </summary>
    private static List<SourceRow> Undecided(List<List<SourceRow>> readings, Layout layout, ThirdPartyVocabulary words)
    {
        var texts = TextColumns(layout, words).ToDictionary(c => c, c => IsReason(layout, c));
        var first = readings[0];
        var rows = new List<SourceRow>(first.Count);
        for (var i = 0; i < first.Count; i++)
        {
            var cells = new List<SourceCell>();
            for (var j = 0; j < first[i].Cells.Count; j++)
            {
                var columns = readings.Select(r => r[i].Cells[j].Column).Distinct().ToList();
                if (columns.Count == 1) cells.Add(first[i].Cells[j]);
                else if (!columns.All(texts.ContainsKey)) return first;
                else if (columns.FirstOrDefault(c => texts[c], -1) is var reason and >= 0) cells.Add(first[i].Cells[j] with { Column = reason });
            }
            rows.Add(first[i] with { Cells = cells });
        }
        return rows;
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

    /// <summary>True when every row reads under the placing: the first code's place follows <paramref name="previous"/>, a row without a code closes the table, points and scores are numbers (a score may be a 扣分 column's text), a coded row prints a name and no number as one.</summary>
    private static bool Reads(List<SourceRow> rows, List<int> previous, Layout layout, ThirdPartyVocabulary words)
    {
        List<int>? first = null;
        var place = previous;
        foreach (var row in rows.Select(r => CodedIndicatorTables.Unglued(r, layout, words)))
        {
            var code = PlaceOf(row, place, layout, words);
            first ??= code;
            place = code ?? place;
            var label = new[] { layout.Code }.Concat(layout.Names).Select(c => CodedIndicatorTables.Own(row, c)).OfType<SourceCell>().FirstOrDefault();
            if (code is null && (label is null || !CodedIndicatorTables.IsClosingRow(CodedIndicatorTables.Key(label)))) return false;
            if (CodedIndicatorTables.Own(row, layout.Points) is SourceCell points && EvaluationText.Number(points.Text) is null) return false;
            if (CodedIndicatorTables.Own(row, layout.Score) is SourceCell score && !ReadsAsScore(score, words)) return false;
            var names = layout.Names.Select(c => CodedIndicatorTables.Own(row, c)).OfType<SourceCell>().ToList();
            if (code is not null && (names.Count == 0 || names.Any(n => EvaluationText.Number(n.Text) is not null))) return false;
            if (TextColumns(layout, words).Any(c => EvaluationText.Number(CodedIndicatorTables.Own(row, c)?.Text) is not null)) return false;
        }
        return first is null || IndicatorCodes.Follows(first, previous);
    }

    /// <summary>The columns of text about a score: 评分标准 and the reasons (偏差原因, 扣分原因).</summary>
    private static IEnumerable<int> TextColumns(Layout layout, ThirdPartyVocabulary words) =>
        layout.OtherHeaders.Where(c => c.Column != layout.Score && (IsReason(layout, c.Column) || words.IsRubricHeader(CodedIndicatorTables.Key(c)))).Select(c => c.Column);

    private static bool IsReason(Layout layout, int column) =>
        layout.OtherHeaders.FirstOrDefault(c => c.Column == column) is SourceCell header && IndicatorTableWords.Default.RoleOf(CodedIndicatorTables.Key(header)) == IndicatorColumn.Deviation;

    /// <summary>A score cell's text: a number, or what a 扣分 column prints (“未扣分”, “扣0.5分”).</summary>
    private static bool ReadsAsScore(SourceCell cell, ThirdPartyVocabulary words) =>
        EvaluationText.Number(cell.Text) is not null || words.DeductsNothing(EvaluationText.Clean(cell.Text)) || words.DeductionIn(EvaluationText.Clean(cell.Text)) is not null;

    private static bool Prints(SourceCell cell) => EvaluationText.Clean(cell.Text).Length > 0;
}
