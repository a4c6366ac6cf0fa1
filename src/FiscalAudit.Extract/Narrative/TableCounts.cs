using System.Text.Json;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Counts printed in table rows under the money rows (江西's turned 表七: “公务用车保有量（辆） | 2 | 2” under 项目 | 预算数 | 决算数), read
/// under the 决算数 column, and the narrative counts that restate them (“公务用车保有量为2辆”). The words are data: table-counts.json.
/// </summary>
public sealed class TableCounts
{
    private readonly Vocabulary words;

    private TableCounts(Vocabulary words) => this.words = words;

    public static TableCounts Default { get; } = new(EmbeddedJson.Load<Vocabulary>(
        typeof(TableCounts).Assembly, "table-counts.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true }));

    /// <summary>The count rows of <paramref name="table"/>, each under the one 决算数 column its header prints; none without such a column.</summary>
    public IEnumerable<TableCount> Read(TableBlock table)
    {
        var headers = table.Rows.SelectMany(r => r.Cells).Where(c => IsFinal(c.Text)).ToList();
        if (headers.Select(c => c.Column).Distinct().Count() != 1) yield break;
        var final = headers[0];
        foreach (var row in table.Rows)
        {
            if (row.Cells.Count == 0 || Item(row.Cells[0].Text, words.Items.Select(i => (i, i.Rows))) is not { } item) continue;
            if (row.At(final.Column) is { } cell && NumberText.Parse(cell.Text) is { } number)
                yield return new TableCount(item.Item, number, row.Cells[0].Text.Trim(), final.Text.Trim(), cell.Location);
        }
    }

    /// <summary>Sets <see cref="NarrativeFact.CountRow"/> of each count of <paramref name="facts"/> that restates one of <paramref name="counts"/>, when only one row counts its item.</summary>
    public void Link(IEnumerable<NarrativeFact> facts, IReadOnlyList<TableCount> counts)
    {
        if (counts.Count == 0) return;
        foreach (var fact in facts.Where(f => f.Kind == FactKind.Count && !words.NotStated.Any(w => f.Quantity.Contains(w, StringComparison.Ordinal))))
        {
            var item = Item(fact.Quantity, words.Items.Where(i => i.Unit == fact.Unit).Select(i => (i, i.Statements)));
            if (item is not null && counts.Where(c => c.Item == item.Item).ToList() is [var only]) fact.CountRow = only;
        }
    }

    /// <summary>A header of the 决算数 column: short (no title or note that mentions 决算), holding a word of it and none of another figure.</summary>
    private bool IsFinal(string header) =>
        header.Trim().Length <= words.HeaderLength && words.FinalColumns.Any(w => header.Contains(w, StringComparison.Ordinal)) && !words.NotFinal.Any(w => header.Contains(w, StringComparison.Ordinal));

    /// <summary>The one item whose words <paramref name="label"/> holds; null for none or several.</summary>
    private static CountItem? Item(string label, IEnumerable<(CountItem Item, List<string> Words)> items) =>
        items.Where(i => i.Words.Any(w => label.Contains(w, StringComparison.Ordinal))).Select(i => i.Item).ToList() is [var one] ? one : null;

    private sealed class Vocabulary
    {
        public List<string> FinalColumns { get; init; } = new();

        public List<string> NotFinal { get; init; } = new();

        public List<string> NotStated { get; init; } = new();

        public int HeaderLength { get; init; }

        public List<CountItem> Items { get; init; } = new();
    }

    private sealed class CountItem
    {
        public string Item { get; init; } = string.Empty;

        public List<string> Rows { get; init; } = new();

        public List<string> Statements { get; init; } = new();

        public string Unit { get; init; } = string.Empty;
    }
}
