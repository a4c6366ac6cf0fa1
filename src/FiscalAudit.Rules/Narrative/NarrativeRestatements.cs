using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>A table cell and a sentence of the 情况说明 that restates it with the same printed figure.</summary>
public sealed record Restatement(FindingLocation Cell, decimal Printed, FindingLocation Statement);

/// <summary>
/// The amounts of the text that restate a table cell as printed (the cells FA3001 compares them with, and agree): when the cell is
/// the one mistyped figure of several comparisons, the sentence prints the same wrong figure and must be corrected with it.
/// </summary>
public static class NarrativeRestatements
{
    public static IReadOnlyList<Restatement> Of(Disclosure disclosure) =>
        disclosure.Narrative.Facts
            .Select(f => (Fact: f, Cell: f.Cell ?? NarrativeTableMismatchRule.ItemCell(disclosure, f)))
            .Where(x => x.Fact.Amount is { } a && x.Cell is { } c && PrintedNumber.SameQuantity(a, c.Number))
            .Select(x => new Restatement(RelatedPlaces.Cell(x.Cell!), x.Cell!.Number.Value, FindingLocation.At(x.Fact.Location)))
            .ToList();
}
