using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// Tables printed in another unit than they state (captioned 万元 while their figures are in 元): the amounts the text
/// restates from such a table differ from their cells by one factor of a money unit (10000, 1000, 10, or one of their
/// inverses) and none agrees as printed. At least two statements, not zero, must show it (a single one is FA3001's), and
/// more than half of them: a restatement that is also mistyped (187.81 for 1,925,800.00元 in a table captioned 万元)
/// stays FA3001's, compared with the cell rescaled by the factor.
/// </summary>
public static class TableUnitScale
{
    /// <summary>How many statements must restate the table for its scale to show.</summary>
    private const int MinRestated = 2;

    /// <summary>One restated amount: the text's amount and the linked cell.</summary>
    public sealed record Restated(NarrativeFact Fact, PrintedNumber Stated, LinkedCell Cell);

    /// <summary>A table whose figures are <see cref="Factor"/> times what the text states of them.</summary>
    public sealed record Misprinted(FiscalTable Table, decimal Factor, IReadOnlyList<Restated> Amounts);

    public static IReadOnlyList<Misprinted> Of(Disclosure disclosure) =>
        Pairs(disclosure).GroupBy(p => p.Cell.Table)
            .Select(g => Scale(g.Key, g.Where(p => p.Stated.Value != 0m && p.Cell.Number.Value != 0m).ToList()))
            .OfType<Misprinted>().ToList();

    private static IEnumerable<Restated> Pairs(Disclosure disclosure)
    {
        foreach (var f in disclosure.Narrative.Facts)
        {
            if (f.Amount is { } a)
            {
                foreach (var c in new[] { f.Cell }.Concat(f.AlsoCells).OfType<LinkedCell>()) yield return new Restated(f, a, c);
            }
            if (f.Budget is { } b && f.BudgetCell is { } bc) yield return new Restated(f, b, bc);
        }
    }

    private static Misprinted? Scale(FiscalTable table, List<Restated> pairs)
    {
        if (pairs.Any(p => PrintedNumber.SameQuantity(p.Stated, p.Cell.Number))) return null;
        foreach (var factor in MoneyUnits.Ratios)
        {
            var scaled = pairs.Where(p => Agrees(p, factor)).ToList();
            if (scaled.Select(p => p.Fact).Distinct().Count() >= MinRestated && scaled.Count * 2 > pairs.Count) return new Misprinted(table, factor, scaled);
        }
        return null;
    }

    /// <summary>The cell's figure as the table should have printed it: divided by the table's <paramref name="factor"/>.</summary>
    public static LinkedCell Rescaled(LinkedCell cell, decimal factor) => factor > 1m
        ? cell with { Number = Shrunk(cell.Number, 1m / factor) }
        : cell with { Number = new PrintedNumber(cell.Number.Value / factor, cell.Number.Decimals, cell.Number.IsPercent, PrintedNumber.FormatTrimmed(cell.Number.Value / factor, cell.Number.Decimals)) { WorkedOutHalfWidth = cell.Number.HalfUnit / factor } };

    /// <summary>True when the cell is <paramref name="factor"/> times the stated amount, compared in the larger unit so each keeps its precision.</summary>
    private static bool Agrees(Restated p, decimal factor) => factor > 1m
        ? PrintedNumber.SameQuantity(p.Stated, Shrunk(p.Cell.Number, 1m / factor))
        : PrintedNumber.SameQuantity(Shrunk(p.Stated, factor), p.Cell.Number);

    /// <summary>The number times <paramref name="factor"/> (below 1), keeping its printed precision.</summary>
    private static PrintedNumber Shrunk(PrintedNumber n, decimal factor) => PrintedNumber.Converted(n, string.Empty, factor, MoneyUnits.ExtraDecimals(factor));
}
