using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Links the narrative counts (“公务用车保有量为2辆”, “全年国内公务接待3批次”) to the count cells of the table that prints them
/// (表七's 决算数·公务用车保有量, read by the table reader as a column or from a turned row). The words are data: table-counts.json.
/// </summary>
public sealed class TableCounts
{
    private readonly Vocabulary words;

    private TableCounts(Vocabulary words) => this.words = words;

    public static TableCounts Default { get; } = new(VocabularyFile.Load<Vocabulary>("table-counts.json"));

    /// <summary>
    /// Sets <see cref="NarrativeFact.CountCell"/> of each count of <paramref name="facts"/> that names one item in one of its units,
    /// when one row of the table prints that item's count.
    /// </summary>
    public void Link(IEnumerable<NarrativeFact> facts, IReadOnlyList<FiscalTable> tables)
    {
        if (tables.FirstOrDefault(t => t.Id == words.Table) is not { } table) return;
        foreach (var fact in facts.Where(f => f.Kind == FactKind.Count && !words.NotStated.Any(w => f.Quantity.Contains(w, StringComparison.Ordinal))))
        {
            var items = words.Items.Where(i => fact.Unit is { } unit && i.Units.Contains(unit) && i.Statements.Any(w => fact.Quantity.Contains(w, StringComparison.Ordinal))).ToList();
            if (items is not [var item]) continue;
            var column = StandardColumns.Of(words.Group, item.Column);
            if (table.Rows.Where(r => r[column] is not null).ToList() is [var row])
                fact.CountCell = new LinkedCell(table, row, column, row[column]!.Value, row.Cells[column].Location);
        }
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
    }
}
