using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Links the narrative counts (“公务用车保有量为2辆”, “全年国内公务接待3批次”) to the count cells of the table that prints them
/// (表七's 决算数·公务用车保有量, read by the table reader as a column or from a turned row), and a count of people to the count of
/// the groups they came in stated right before it (“接待0批次，24人次”). The words are data: table-counts.json.
/// </summary>
public sealed class TableCounts
{
    private readonly Vocabulary words;

    private TableCounts(Vocabulary words) => this.words = words;

    public static TableCounts Default { get; } = new(VocabularyFile.Load<Vocabulary>("table-counts.json"));

    /// <summary>
    /// Sets <see cref="NarrativeFact.CountCell"/> of each count of <paramref name="facts"/> that names one item in one of its units,
    /// when one row of the table prints that item's count, and <see cref="NarrativeFact.CountGroups"/> of each count of people.
    /// </summary>
    public void Link(IEnumerable<NarrativeFact> facts, IReadOnlyList<FiscalTable> tables)
    {
        var table = tables.FirstOrDefault(t => t.Id == words.Table);
        (NarrativeFact Fact, CountItem? Item)? previous = null;
        foreach (var fact in facts.Where(f => f.Kind == FactKind.Count))
        {
            var named = Named(fact);
            if (named is not null && table is not null && Stated(fact)) fact.CountCell = Cell(table, named);
            var before = previous is var (p, i) && p.Paragraph == fact.Paragraph && p.Sentence == fact.Sentence ? i : null;
            var item = named ?? (Names(fact) ? null : Following(fact, before));
            if (item?.Groups is { } groups && before?.Column == groups) fact.CountGroups = previous!.Value.Fact;
            previous = (fact, item);
        }
    }

    /// <summary>The one item whose statement words the count's label holds, in one of its units; null for none or several.</summary>
    private CountItem? Named(NarrativeFact fact) =>
        words.Items.Where(i => InUnit(i, fact) && i.Statements.Any(w => fact.Quantity.Contains(w, StringComparison.Ordinal))).ToList() is [var one] ? one : null;

    /// <summary>The item of a count whose label names none, right after a count of its groups (“0批次，24人次”: the 人次 of those 批次).</summary>
    private CountItem? Following(NarrativeFact fact, CountItem? before) =>
        before is null ? null : words.Items.FirstOrDefault(i => i.Groups == before.Column && InUnit(i, fact));

    /// <summary>True when the count's label holds a word of any item (so it names its own, or several).</summary>
    private bool Names(NarrativeFact fact) => words.Items.Any(i => i.Statements.Any(w => fact.Quantity.Contains(w, StringComparison.Ordinal)));

    /// <summary>True for a count of the year's actual figure (no 上年, 预算, 计划 … in its label), which the 决算数 cell prints.</summary>
    private bool Stated(NarrativeFact fact) => !words.NotStated.Any(w => fact.Quantity.Contains(w, StringComparison.Ordinal));

    private static bool InUnit(CountItem item, NarrativeFact fact) => fact.Unit is { } unit && item.Units.Contains(unit);

    /// <summary>The cell of <paramref name="item"/>'s count under the group (决算数), when one row of the table prints it.</summary>
    private LinkedCell? Cell(FiscalTable table, CountItem item)
    {
        var column = StandardColumns.Of(words.Group, item.Column);
        return table.Rows.Where(r => r[column] is not null).ToList() is [var row]
            ? new LinkedCell(table, row, column, row[column]!.Value, row.Cells[column].Location)
            : null;
    }

    private sealed class Vocabulary
    {
        public string Table { get; init; } = string.Empty;

        public string Group { get; init; } = string.Empty;

        public List<string> NotStated { get; init; } = new();

        public List<CountItem> Items { get; init; } = new();
    }

    private sealed class CountItem
    {
        public string Column { get; init; } = string.Empty;

        public List<string> Statements { get; init; } = new();

        public List<string> Units { get; init; } = new();

        /// <summary>For a count of people, the item counting the groups they come in (接待人次 → 接待批次); null otherwise.</summary>
        public string? Groups { get; init; }
    }
}
