using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Engine.Merging;

/// <summary>
/// The order the findings folded into one are told in (“；同一问题：…”, “另有 N 处…”, the related places): by what they are
/// about, not by report order, so the PDF, the Markdown, the Word and the workbook forms of one document print the same words.
/// Table places come first, by table, row and column as the document's tables hold them (a converter writing a table on one
/// line, or a workbook putting the text beside the tables, moves its lines, not its rows), the 绩效自评 forms after the tables
/// as the document holds them (a finding on a form is placed at its project and indicator: its funds row, groups and indicators
/// in the form's order); then places in the text by page and
/// line (every form keeps the text's order); then the rule. Findings equal in all these stay in the order they were reported in
/// (a stable sort): two clauses of one paragraph — a Word paragraph or a workbook cell is one line where the text has several —
/// come in the text's order, which every form keeps, where their words would put them in another.
/// </summary>
internal sealed class FoldOrder : IComparer<Finding>
{
    private readonly Dictionary<string, int> tables = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Table, string Row), int> rows = new();

    /// <summary>The order for a document whose tables are <paramref name="disclosure"/>'s (none known: tables and rows by name).</summary>
    public static FoldOrder Of(Disclosure? disclosure)
    {
        var order = new FoldOrder();
        foreach (var table in disclosure?.Tables ?? []) order.Add(table.Id, table.Rows.Select(r => r.Label));
        foreach (var form in disclosure?.Evaluations.Projects ?? []) order.Add(form.Name, FormRows(form));
        foreach (var form in disclosure?.Evaluations.Departments ?? []) order.Add(form.Title, form.Indicators.SelectMany(i => i.SelfAndDescendants()).Select(i => i.Label).Append("合计"));
        return order;
    }

    private void Add(string table, IEnumerable<string> labels)
    {
        tables.TryAdd(table, tables.Count);
        foreach (var label in labels) rows.TryAdd((table, label), rows.Count);
    }

    /// <summary>
    /// A project form's rows as its findings name them, in the form's order: each indicator after its groups (“产出指标”, “产出指标 ·
    /// 数量指标”), then groups with no indicator read. By the indicators' order, not their lines: a converter writing a form on one
    /// line puts every row on it.
    /// </summary>
    private static IEnumerable<string> FormRows(ProjectEvaluation form) =>
        form.Indicators.SelectMany(i => new[] { i.Level1, i.Level1 is null || i.Level2 is null ? null : $"{i.Level1} · {i.Level2}", i.Path })
            .Concat(form.Groups.Select(g => g.IsLevel1 ? g.Name : $"{g.Parent} · {g.Name}")).OfType<string>();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var (a, b) = (x.Location, y.Location);
        var c = (a.Table is null).CompareTo(b.Table is null);
        if (c == 0) c = Position(tables, a.Table).CompareTo(Position(tables, b.Table));
        if (c == 0) c = string.CompareOrdinal(a.Table, b.Table);
        if (c == 0) c = RowPosition(a).CompareTo(RowPosition(b));
        if (c == 0) c = string.CompareOrdinal(a.Row, b.Row);
        if (c == 0) c = string.CompareOrdinal(a.Column, b.Column);
        if (c == 0) c = (a.Page ?? 0).CompareTo(b.Page ?? 0);
        if (c == 0) c = (a.Line ?? 0).CompareTo(b.Line ?? 0);
        return c != 0 ? c : string.CompareOrdinal(x.RuleId, y.RuleId);
    }

    private int RowPosition(FindingLocation place) =>
        place is { Table: string t, Row: string r } && rows.TryGetValue((t, r), out var n) ? n : int.MaxValue;

    private static int Position(Dictionary<string, int> positions, string? key) =>
        key is not null && positions.TryGetValue(key, out var n) ? n : int.MaxValue;
}
