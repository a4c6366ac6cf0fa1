using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Formulas;

/// <summary>
/// Evaluates a formula on a disclosure, rounding-aware, and reports through <see cref="Discrepancies"/>
/// (the same comparisons and messages as the hand-written rules):
/// <list type="bullet">
/// <item>cell = cell: one quantity printed twice — the digits must agree (<see cref="Discrepancies.SameQuantity"/>);</item>
/// <item>cell = sum/expression: the printed intervals must meet (<see cref="Discrepancies.Check"/>);</item>
/// <item>cell &lt;= cell: a part never prints above its whole (<see cref="Discrepancies.AtMost"/>);</item>
/// <item>rows = rows, rows &lt;= rows: row by row, paired by row name; for = a non-zero row without a partner is a warning.</item>
/// </list>
/// A formula whose tables, rows or columns are not all there is not evaluated (yields nothing); an
/// optional term (<c>?</c>) that is not there is left out of its sum. A quantified left-hand side
/// (<c>[*]</c>, <c>[上级]</c>, <c>.*</c>) is evaluated once for every row and column it stands for.
/// </summary>
internal static class FormulaEvaluator
{
    public static IEnumerable<Finding?> Evaluate(RuleDescriptor rule, Formula formula, Disclosure disclosure) =>
        CellResolver.Bindings(formula.Left, disclosure).SelectMany(b => Evaluate(rule, formula, disclosure, b));

    private static IEnumerable<Finding?> Evaluate(RuleDescriptor rule, Formula formula, Disclosure disclosure, Binding binding)
    {
        if (CellResolver.Resolve(formula.Left, disclosure, binding) is not ResolvedCells left) return Array.Empty<Finding?>();
        if (formula.PlainRight is Cells plain)
        {
            if (CellResolver.Resolve(plain, disclosure, binding) is not ResolvedCells right) return Array.Empty<Finding?>();
            return formula.Left.Rows.IsSet
                ? RowByRow(rule, formula, left, right)
                : new[] { Compare(rule, formula, left.At(left.Rows[0]), right.At(right.Rows[0])) };
        }
        return Terms(formula, disclosure, binding) is List<Term> terms
            ? new[] { Discrepancies.Check(rule, InOneUnit(left.At(left.Rows[0]), terms, PartsLabel(formula, binding, terms))) }
            : Array.Empty<Finding?>();
    }

    /// <summary>
    /// The two cells each comparison of a plain formula (cell = cell, cell &lt;= cell, rows = rows paired by name) holds
    /// against each other, as printed; nothing for a formula with a sum on its right.
    /// </summary>
    public static IEnumerable<(CellRef Left, CellRef Right)> ComparedCells(Formula formula, Disclosure disclosure) =>
        formula.PlainRight is not Cells plain
            ? Enumerable.Empty<(CellRef, CellRef)>()
            : CellResolver.Bindings(formula.Left, disclosure).SelectMany(b =>
                CellResolver.Resolve(formula.Left, disclosure, b) is ResolvedCells left && CellResolver.Resolve(plain, disclosure, b) is ResolvedCells right
                    ? formula.Left.Rows.IsSet ? Matched(left, right).Select(m => (left.At(m.Left), right.At(m.Right))) : new[] { (left.At(left.Rows[0]), right.At(right.Rows[0])) }
                    : Enumerable.Empty<(CellRef, CellRef)>());

    /// <summary>The rows of <paramref name="left"/> with the row of the same name in <paramref name="right"/>.</summary>
    private static IEnumerable<(TableRow Left, TableRow Right)> Matched(ResolvedCells left, ResolvedCells right)
    {
        var rightByKey = ByKey(right);
        return left.Rows.Where(r => rightByKey.ContainsKey(r.Key)).Select(r => (r, rightByKey[r.Key]));
    }

    /// <summary>The rows by name, the first of each name.</summary>
    private static Dictionary<string, TableRow> ByKey(ResolvedCells cells)
    {
        var byKey = new Dictionary<string, TableRow>(StringComparer.Ordinal);
        foreach (var row in cells.Rows) byKey.TryAdd(row.Key, row);
        return byKey;
    }

    /// <summary>The equation with every cell restated in the largest unit its tables print (表五 万元 = 表六 元 + 元).</summary>
    private static Equation InOneUnit(CellRef total, List<Term> terms, string? partsLabel)
    {
        var unit = MoneyUnits.Largest(terms.Select(t => t.Cell.Table.Unit).Append(total.Table.Unit));
        return new Equation(total.InUnit(unit), terms.Select(t => t with { Cell = t.Cell.InUnit(unit) }).ToList(), partsLabel);
    }

    /// <summary>Two cells compared (in one money unit, <see cref="Discrepancies"/>).</summary>
    private static Finding? Compare(RuleDescriptor rule, Formula formula, CellRef left, CellRef right) => formula.Relation == Relation.Equal
        ? Discrepancies.SameQuantity(rule, left, right, formula.Note)
        : Discrepancies.AtMost(rule, left, right, formula.Note);

    /// <summary>
    /// The parts label with “{级}” replaced by the level of the bound row's children (“其下各款之和”), or of the summed rows
    /// when none are bound (a 合计 over top rows: “各类之和”, or “各单位之和” in a table listed by unit).
    /// </summary>
    private static string? PartsLabel(Formula formula, Binding binding, List<Term> terms) =>
        (binding.Children is [var child, ..] ? child : terms.FirstOrDefault()?.Cell.Row) is { } first
        && (first.Code is string code ? CodeTree.LevelName(code) : first.UnitCode is null ? null : CodeTree.UnitLevel) is string level
            ? formula.PartsLabel?.Replace(Formula.LevelPlaceholder, level, StringComparison.Ordinal)
            : formula.PartsLabel;

    /// <summary>The right-hand side as signed terms; null when some reference cannot be evaluated (optional ones are left out).</summary>
    private static List<Term>? Terms(Formula formula, Disclosure disclosure, Binding binding)
    {
        var terms = new List<Term>();
        foreach (var operand in formula.Right)
        {
            foreach (var cells in operand.Cells)
            {
                if (CellResolver.Resolve(cells, disclosure, binding) is not ResolvedCells resolved)
                {
                    if (cells.Optional) continue;
                    return null;
                }
                terms.AddRange(resolved.Rows.Select(r => new Term(resolved.At(r), operand.Subtract, operand.Name)));
            }
        }
        return terms;
    }

    /// <summary>Two sets of rows paired by row name; silent when either side prints no such rows.</summary>
    private static IEnumerable<Finding?> RowByRow(RuleDescriptor rule, Formula formula, ResolvedCells left, ResolvedCells right)
    {
        if (left.Rows.Count == 0 || right.Rows.Count == 0) yield break;
        var rightByKey = ByKey(right);
        var leftKeys = new HashSet<string>(left.Rows.Select(r => r.Key), StringComparer.Ordinal);
        var equal = formula.Relation == Relation.Equal;
        foreach (var row in left.Rows)
        {
            if (rightByKey.TryGetValue(row.Key, out var match)) yield return Compare(rule, formula, left.At(row), right.At(match));
            else if (equal) yield return Discrepancies.Unmatched(rule, left.At(row), Missing(right, formula.PlainRight!, row.Key));
        }
        if (!equal) yield break;
        foreach (var (key, row) in rightByKey.Where(kv => !leftKeys.Contains(kv.Key)))
            yield return Discrepancies.Unmatched(rule, right.At(row), Missing(left, formula.Left, key));
    }

    /// <summary>“表五没有名称为“X”的类级科目” / “表四没有名称为“X”的支出类别行”.</summary>
    private static string Missing(ResolvedCells where, Cells reference, string key)
    {
        var what = reference.Rows is ClassRows ? "类级科目" : $"{reference.Side}类别行";
        return $"{where.Table.Ordinal}没有名称为“{key}”的{what}";
    }
}
