using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>The other places a narrative finding compared: the table cells a statement restates, the other statements.</summary>
internal static class RelatedPlaces
{
    /// <summary>At most this many statements are listed (a long breakdown lists its first parts).</summary>
    private const int Limit = 12;

    public static FindingLocation Cell(LinkedCell cell) => FindingLocation.ForCell(cell.Table, cell.Row, cell.Column);

    /// <summary>The places of <paramref name="facts"/> (nulls and repeats left out).</summary>
    public static IReadOnlyList<FindingLocation> Statements(IEnumerable<NarrativeFact?> facts) =>
        facts.OfType<NarrativeFact>().Distinct().Take(Limit).Select(f => FindingLocation.At(f.Location)).ToList();

    public static IReadOnlyList<FindingLocation> Statements(params NarrativeFact?[] facts) => Statements(facts.AsEnumerable());

    /// <summary>The place of <paramref name="statement"/> and the table cell a figure compared with it was read from (<paramref name="cell"/>, when any).</summary>
    public static IReadOnlyList<FindingLocation> StatementAndCell(NarrativeFact? statement, LinkedCell? cell) =>
        Statements(statement).Concat(cell is null ? [] : [Cell(cell)]).ToList();

    /// <summary>The statements of the amounts <paramref name="facts"/> are, each with the figure printed there: the bases of a rate worked out on them.</summary>
    public static IReadOnlyList<FindingLocation> Bases(params NarrativeFact?[] facts) =>
        facts.Where(f => f?.Amount is not null).Select(f => FindingLocation.At(f!.Location) with { Printed = f.Amount }).ToList();
}
