namespace FiscalAudit.Ingest.Text.Spaced;

/// <summary>
/// The columns of a table laid out with spaces, found from its full rows (the rows with a field in every column): where
/// each column's fields start and end, page by page (a converter lays every page out anew) in characters and in display
/// columns. A line's fields are given columns in order, by where they start or end (amounts are set flush right, names
/// flush left), in whichever count aligns the line better: texts drift as full-width characters push what follows them.
/// </summary>
internal sealed class SpacedColumns
{
    /// <summary>Per page, per column: median start and end in characters and in display columns (a column without a field on the page: the table's).</summary>
    private readonly Dictionary<int, SpacedExtent[]> pages;

    /// <summary>The same over the whole table: for a page without a full row.</summary>
    private readonly SpacedExtent[] all;

    /// <summary>Per column: whether it holds figures (most of its fields in the full rows are figures), names, or codes (null).</summary>
    private readonly bool?[] figures;

    /// <summary>What placing a figure in a column of names, or a name in a column of figures, costs: more than any distance on a line.</summary>
    private const long WrongKind = 100_000;

    public SpacedColumns(int count, IReadOnlyList<(int Page, List<SpacedField> Fields)> fullRows)
        : this(count, fullRows.SelectMany(r => r.Fields.Select((f, c) => (r.Page, c, f))).ToList(),
            Enumerable.Range(0, count).Select(c => Kind(fullRows.Select(r => r.Fields[c]).ToList())).ToArray())
    {
    }

    private SpacedColumns(int count, List<(int Page, int Column, SpacedField Field)> placed, bool?[] figures)
    {
        Count = count;
        this.figures = figures;
        all = Edges(placed, fallback: null);
        pages = placed.GroupBy(p => p.Page).ToDictionary(g => g.Key, g => Edges(g.ToList(), all));
    }

    /// <summary>
    /// The same columns placed by the fields of every row as <see cref="Align"/> placed them: a page without full rows gets
    /// its own edges from the columns its rows fill (a column none fills keeps the table's).
    /// </summary>
    public SpacedColumns Refined(IEnumerable<(int Page, List<SpacedField> Fields)> rows) =>
        new(Count, rows.SelectMany(r => r.Fields.Zip(Align(r.Fields, r.Page), (f, c) => (r.Page, c, f))).ToList(), figures);

    public int Count { get; }

    /// <summary>The columns of <paramref name="fields"/>, one each, in order (<paramref name="fields"/> no more than <see cref="Count"/>).</summary>
    public int[] Align(IReadOnlyList<SpacedField> fields, int page) => Best(fields, page, shared: false);

    /// <summary>The columns of header words: several may share a column (a header wrapped or spaced out), in order.</summary>
    public int[] AlignShared(IReadOnlyList<SpacedField> fields, int page) => Best(fields, page, shared: true);

    private int[] Best(IReadOnlyList<SpacedField> fields, int page, bool shared)
    {
        var edges = pages.GetValueOrDefault(page, all);
        var narrow = Solve(fields, edges, wide: false, shared);
        var wide = Solve(fields, edges, wide: true, shared);
        return wide.Cost < narrow.Cost ? wide.Columns : narrow.Columns;
    }

    /// <summary>
    /// The assignment of fields to columns in order that costs least: each field as far from its column as its nearer edge
    /// (or middle, for headers), and a row's figure never in a column of names nor its name in a column of figures where
    /// another place is possible (a page without a full row is placed by the columns of another page).
    /// </summary>
    private (int[] Columns, long Cost) Solve(IReadOnlyList<SpacedField> fields, SpacedExtent[] edges, bool wide, bool shared)
    {
        var n = fields.Count;
        var cost = new long[n + 1, Count + 1];
        var from = new int[n + 1, Count + 1];
        for (var i = 0; i <= n; i++)
            for (var c = 0; c <= Count; c++) cost[i, c] = long.MaxValue / 4;
        for (var c = 0; c <= Count; c++) cost[0, c] = 0;
        for (var i = 1; i <= n; i++)
        {
            for (var c = 1; c <= Count; c++)
            {
                var here = Distance(fields[i - 1], edges[c - 1], wide, shared) + (!shared && !Fits(fields[i - 1], figures[c - 1]) ? WrongKind : 0);
                var bestBefore = long.MaxValue / 4;
                var bestAt = 0;
                for (var p = i == 1 ? 0 : 1; p <= (shared ? c : c - 1); p++)
                {
                    if (cost[i - 1, p] < bestBefore)
                    {
                        bestBefore = cost[i - 1, p];
                        bestAt = p;
                    }
                }
                cost[i, c] = bestBefore + here;
                from[i, c] = bestAt;
            }
        }
        var end = 1;
        for (var c = 1; c <= Count; c++)
            if (cost[n, c] < cost[n, end]) end = c;
        var total = n == 0 ? 0 : cost[n, end];
        var columns = new int[n];
        for (var i = n; i >= 1; i--)
        {
            columns[i - 1] = end - 1;
            end = from[i, end];
        }
        return (columns, total);
    }

    /// <summary>A column of codes (whole numbers of three digits or more, where 合计 may stand too) takes any field; one of line numbers, only figures.</summary>
    private static bool? Kind(List<SpacedField> fields) =>
        fields.Count(f => f.IsWhole && f.Text.Length >= 3) * 2 > fields.Count ? null : fields.Count(f => f.IsFigure) * 2 > fields.Count;

    /// <summary>A column of codes takes anything; a column of names no figure (a whole number is a line number or an amount), one of figures no name.</summary>
    private static bool Fits(SpacedField field, bool? figures) => figures is null || field.IsFigure == figures;

    /// <summary>The number of columns whose extent overlaps <paramref name="field"/>'s, in the count that finds fewer: a header printed over several columns (“行次 金 额”).</summary>
    public int Overlapped(SpacedField field, int page)
    {
        var edges = pages.GetValueOrDefault(page, all);
        return new[] { false, true }.Min(wide => edges.Count(e => e.From(wide) < field.To(wide) && field.From(wide) < e.To(wide)));
    }

    private static long Distance(SpacedField field, SpacedExtent edge, bool wide, bool shared)
    {
        var start = Math.Abs(field.From(wide) - edge.From(wide));
        var end = Math.Abs(field.To(wide) - edge.To(wide));
        var nearer = Math.Min(start, end);
        return shared ? Math.Min(nearer, Math.Abs(field.Centre(wide) - edge.Centre(wide))) : nearer;
    }

    private SpacedExtent[] Edges(List<(int Page, int Column, SpacedField Field)> placed, SpacedExtent[]? fallback) =>
        Enumerable.Range(0, Count).Select(c => placed.Where(p => p.Column == c).Select(p => p.Field).ToList() is { Count: > 0 } fields
            ? new SpacedExtent(Median(fields.Select(f => f.Start)), Median(fields.Select(f => f.End)), Median(fields.Select(f => f.WideStart)), Median(fields.Select(f => f.WideEnd)))
            : fallback?[c] ?? new SpacedExtent(0, 0, 0, 0)).ToArray();

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
