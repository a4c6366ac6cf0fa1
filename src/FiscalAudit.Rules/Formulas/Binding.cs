using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Formulas;

/// <summary>
/// What a quantified left-hand side stands on for one evaluation: the row of <c>[*]</c> or <c>[上级]</c>
/// (with that row's printed children, for <c>[下级]</c>) and the column of <c>.*</c>. References on the
/// right with the same quantifier mean the same row or column.
/// </summary>
internal sealed record Binding(TableRow? Row, IReadOnlyList<TableRow> Children, string? Column)
{
    public static readonly Binding None = new(null, Array.Empty<TableRow>(), null);
}
