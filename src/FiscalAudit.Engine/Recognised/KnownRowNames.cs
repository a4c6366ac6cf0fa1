using FiscalAudit.Core.Model;
using FiscalAudit.Rules;
using FiscalAudit.Rules.Classification;
using FiscalAudit.Rules.Formulas;

namespace FiscalAudit.Engine.Recognised;

/// <summary>
/// The names a row without a code may have in a table, as row keys: those the formulas of the catalog's templates name
/// in the table (a code or a printed numbering aside), and the names of the function 类 in the year (表一 and 表四 print
/// the 类 without codes).
/// </summary>
public sealed class KnownRowNames
{
    private readonly Dictionary<string, HashSet<string>> byTable = new();
    private readonly IReadOnlyList<string> classes;

    public KnownRowNames(RuleCatalog catalog, int? year, string ordinals)
    {
        foreach (var cells in catalog.Rules.OfType<FormulaRule>().SelectMany(r => r.Formulas).SelectMany(f => f.Right.SelectMany(o => o.Cells).Prepend(f.Left)))
        {
            var keys = Patterns(cells.Rows).Select(p => p.Text).Where(t => !t.All(char.IsAsciiDigit) && !t.All(ordinals.Contains)).Select(RowKeys.Normalize);
            (byTable.TryGetValue(cells.Table, out var set) ? set : byTable[cells.Table] = new HashSet<string>()).UnionWith(keys);
        }
        classes = year is int y
            ? ClassificationNames.National.Function.Where(c => c.Code.Length == 3).Select(c => ClassificationNames.National.Official(c.Code, y)?.Name).OfType<string>().Select(RowKeys.Normalize).ToList()
            : [];
    }

    /// <summary>The keys a row of <paramref name="table"/> without a code may have.</summary>
    public IEnumerable<string> Of(string table) => (byTable.GetValueOrDefault(table) ?? []).Concat(classes).Distinct();

    private static IEnumerable<RowPattern> Patterns(RowSelector rows) => rows switch
    {
        OneRow one => one.Patterns,
        RowRange range => [range.From, range.To],
        FirstAfter after => [after.Anchor, after.Row],
        FirstBefore before => [before.Anchor, before.Row],
        RowsBefore stop => [.. stop.Stops, .. stop.Starts],
        RowsExcept except => except.Excluded,
        _ => [],
    };
}
