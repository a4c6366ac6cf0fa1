using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Formulas;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// Tables printed in another unit than they state (captioned 万元 while their figures are in 元): the amounts the text
/// restates from such a table, and the cells the template's cross-table formulas hold against it (表七 against 表六, 表五
/// against 表三 and 表四), differ from its cells by one factor of a money unit (10000, 1000, 10, or one of their inverses).
/// At least two pieces of evidence (statements of the text or cells of other tables), not zero, must show it, and more
/// than half of the table's: a restatement that is also mistyped (187.81 for 1,925,800.00元 in a table captioned 万元)
/// stays FA3001's, compared with the cell rescaled by the factor. No statement of the text may agree with the table as
/// printed. A comparison of two tables says only that one of them is off: the table the most evidence holds is taken
/// first, and its comparisons then say nothing more about the others.
/// </summary>
public static class TableUnitScale
{
    /// <summary>How many statements or other tables' cells must show the table's scale.</summary>
    private const int MinEvidence = 2;

    /// <summary>One restated amount: the text's amount and the linked cell.</summary>
    public sealed record Restated(NarrativeFact Fact, PrintedNumber Stated, LinkedCell Cell);

    /// <summary>A cell of the table and the cell of another table a cross-table formula compares it with.</summary>
    public sealed record Counterpart(CellRef Cell, CellRef Other, bool Equal);

    /// <summary>A table whose figures are <see cref="Factor"/> times what the text and the other tables state of them.</summary>
    public sealed record Misprinted(FiscalTable Table, decimal Factor, IReadOnlyList<Restated> Amounts, IReadOnlyList<Counterpart> Counterparts);

    private static readonly IReadOnlyList<FormulaRule> CrossTableRules =
        RuleCatalog.Default.Rules.OfType<FormulaRule>().Where(r => r.Descriptor.Category == RuleCategories.CrossTable).ToList();

    public static IReadOnlyList<Misprinted> Of(Disclosure disclosure)
    {
        var restated = Pairs(disclosure).Where(p => p.Stated.Value != 0m && p.Cell.Number.Value != 0m).ToLookup(p => p.Cell.Table);
        var counterparts = Counterparts(disclosure).ToList();
        var tables = restated.Select(g => g.Key).Concat(counterparts.Select(c => c.Cell.Table)).Distinct().ToList();
        var found = new List<Misprinted>();
        while (tables.Select(t => Scale(t, restated[t].ToList(), counterparts.Where(c => c.Cell.Table == t && !found.Any(m => m.Table == c.Other.Table)).ToList()))
                   .OfType<(Misprinted Table, int Margin)>().OrderByDescending(m => m.Margin).Select(m => m.Table).FirstOrDefault() is { } next)
        {
            found.Add(next);
            tables.Remove(next.Table);
        }
        return found;
    }

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

    /// <summary>Both sides of every comparison of two non-zero cells of different tables, each seen from its own table.</summary>
    private static IEnumerable<Counterpart> Counterparts(Disclosure disclosure)
    {
        foreach (var rule in CrossTableRules.Where(r => r.Descriptor.Kinds.Contains(disclosure.Kind)))
        {
            foreach (var formula in rule.Formulas)
            {
                foreach (var (left, right) in FormulaEvaluator.ComparedCells(formula, disclosure))
                {
                    if (left.Table == right.Table || left.Number is not { Value: not 0m } || right.Number is not { Value: not 0m }) continue;
                    var equal = formula.Relation == Relation.Equal;
                    yield return new Counterpart(left, right, equal);
                    yield return new Counterpart(right, left, equal);
                }
            }
        }
    }

    /// <summary>
    /// The table's scale, with how far its evidence outnumbers the rest; null when a statement agrees with it as printed or
    /// too little evidence shows a factor. A part-whole comparison (表六 30217 ≤ 表七 公务接待费) counts only when the two
    /// agree as printed or by the factor: a part is often smaller.
    /// </summary>
    private static (Misprinted, int)? Scale(FiscalTable table, List<Restated> pairs, List<Counterpart> counterparts)
    {
        if (pairs.Any(p => PrintedNumber.SameQuantity(p.Stated, p.Cell.Number))) return null;
        foreach (var factor in MoneyUnits.Ratios)
        {
            var scaled = pairs.Where(p => Agrees(p.Stated, p.Cell.Number, factor)).ToList();
            var scaledCells = counterparts.Where(c => Agrees(c, factor)).DistinctBy(c => (c.Cell.Row, c.Cell.Column, c.Other.Table, c.Other.Row, c.Other.Column)).ToList();
            var counted = pairs.Count + counterparts.Count(c => c.Equal || Agrees(c, 1m) || Agrees(c, factor));
            var evidence = scaled.Select(p => p.Fact).Distinct().Count() + scaledCells.Count;
            var shown = scaled.Count + counterparts.Count(c => Agrees(c, factor));
            if (evidence >= MinEvidence && shown * 2 > counted) return (new Misprinted(table, factor, scaled, scaledCells), shown * 2 - counted);
        }
        return null;
    }

    /// <summary>True when the cell is <paramref name="factor"/> times the other table's, both in the larger unit of the two.</summary>
    private static bool Agrees(Counterpart c, decimal factor)
    {
        var unit = MoneyUnits.Largest(new[] { c.Cell.Table.Unit, c.Other.Table.Unit });
        return c.Other.InUnit(unit).Number is { } other && c.Cell.InUnit(unit).Number is { } cell
            && (factor == 1m ? PrintedNumber.SameQuantity(other, cell) : Agrees(other, cell, factor));
    }

    /// <summary>The cell's figure as the table should have printed it: divided by the table's <paramref name="factor"/>.</summary>
    public static LinkedCell Rescaled(LinkedCell cell, decimal factor) => factor > 1m
        ? cell with { Number = Shrunk(cell.Number, 1m / factor) }
        : cell with { Number = new PrintedNumber(cell.Number.Value / factor, cell.Number.Decimals, cell.Number.IsPercent, PrintedNumber.FormatTrimmed(cell.Number.Value / factor, cell.Number.Decimals)) { WorkedOutHalfWidth = cell.Number.HalfUnit / factor } };

    /// <summary>True when the cell is <paramref name="factor"/> times the stated amount, compared in the larger unit so each keeps its precision.</summary>
    private static bool Agrees(PrintedNumber stated, PrintedNumber cell, decimal factor) => factor > 1m
        ? PrintedNumber.SameQuantity(stated, Shrunk(cell, 1m / factor))
        : PrintedNumber.SameQuantity(Shrunk(stated, factor), cell);

    /// <summary>The number times <paramref name="factor"/> (below 1), keeping its printed precision.</summary>
    private static PrintedNumber Shrunk(PrintedNumber n, decimal factor) => PrintedNumber.Converted(n, string.Empty, factor, MoneyUnits.ExtraDecimals(factor));
}
