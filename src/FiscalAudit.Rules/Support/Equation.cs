using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Support;

/// <summary>One term of an <see cref="Equation"/>: a cell, added or subtracted, with an optional name for the message.</summary>
public sealed record Term(CellRef Cell, bool Subtract = false, string? Name = null);

public enum EquationOutcome
{
    /// <summary>Nothing to compare: the target or every term is blank, or a subtracted term is blank.</summary>
    Skipped,

    /// <summary>Some choice of true values inside the printed intervals satisfies the equation.</summary>
    Holds,

    /// <summary>No choice of true values satisfies it: a real break, not rounding.</summary>
    Broken,
}

/// <summary>The evaluation of an equation on printed numbers.</summary>
/// <param name="Computed">± the printed values of the terms.</param>
/// <param name="Difference">Target minus <paramref name="Computed"/>.</param>
/// <param name="Tolerance">Half a unit of the last place, summed over the target and every printed term that is not zero.</param>
/// <param name="PrintedTerms">The printed terms that carry a rounding (zeros do not).</param>
/// <param name="LowerBoundOnly">Some added terms were blank; only "target ≥ printed parts" could be checked.</param>
public sealed record EquationResult(EquationOutcome Outcome, decimal Computed, decimal Difference, decimal Tolerance, int PrintedTerms, bool LowerBoundOnly);

/// <summary>
/// target = Σ ±terms, compared the rounding-aware way (domain.md §5): each printed x stands for
/// [x − ½ unit, x + ½ unit]; the equation holds when the target's interval meets the interval of the
/// signed sum. A dash printed for none is exactly 0, and so is a blank cell in a row that prints figures of a table whose blanks
/// mean 0 (<see cref="CellRef.Amount"/>). A term printed as zero (0.00) is exactly 0 too: the rows of a list that print 0.00 (the
/// 23 empty 类 of 表一, the empty 款 of 表六) are items with no money, not amounts rounded down, so they add nothing to the
/// tolerance — otherwise a 27-row sum would pass any error under ±0.135 (a 0.10 slip in 本年支出合计). The target keeps its interval. Other blank cells are unknown, never zero: with blank added terms only the lower bound
/// (target ≥ printed parts, blanks taken as ≥ 0) is checked; with a blank subtracted term nothing is.
/// </summary>
public sealed class Equation
{
    public Equation(CellRef target, IReadOnlyList<Term> terms, string? partsLabel = null)
    {
        Target = target;
        Terms = terms;
        PartsLabel = partsLabel;
    }

    public CellRef Target { get; }

    public IReadOnlyList<Term> Terms { get; }

    /// <summary>"各类支出之和": how the message names the right-hand side when it has many terms.</summary>
    public string? PartsLabel { get; }

    /// <summary>target = Σ parts.</summary>
    public static Equation Sum(CellRef target, IEnumerable<CellRef> parts, string? partsLabel = null) =>
        new(target, parts.Select(p => new Term(p)).ToList(), partsLabel);

    public EquationResult Evaluate()
    {
        var target = Target.Amount;
        var printed = Terms.Where(t => t.Cell.Amount is not null).ToList();
        var blanks = Terms.Count - printed.Count;
        // Parts all left blank say nothing, whether blanks mean 0 or not (a row that prints its 合计 only).
        if (target is not PrintedNumber total || Terms.All(t => t.Cell.IsBlank) || (blanks > 0 && Terms.Any(t => t.Subtract)))
            return new EquationResult(EquationOutcome.Skipped, 0m, 0m, 0m, printed.Count, blanks > 0);

        var sum = Interval.Zero;
        var computed = 0m;
        var tolerance = total.HalfUnit;
        var rounded = printed.Where(t => t.Cell.Amount!.Value.Value != 0m).ToList();
        foreach (var term in rounded)
        {
            var n = term.Cell.Amount!.Value;
            sum += term.Subtract ? -n.Interval : n.Interval;
            computed += term.Subtract ? -n.Value : n.Value;
            tolerance += n.HalfUnit;
        }
        var holds = blanks == 0 ? total.Interval.Overlaps(sum) : sum.Low <= total.Interval.High;
        return new EquationResult(holds ? EquationOutcome.Holds : EquationOutcome.Broken, computed, total.Value - computed, tolerance, rounded.Count, blanks > 0);
    }
}
