namespace FiscalAudit.Core.Numbers;

/// <summary>
/// A closed interval [Low, High] of possible true values behind printed numbers. All rounding-aware
/// comparison in FiscalAudit goes through this type: two printed quantities are consistent when their
/// intervals overlap.
/// </summary>
public readonly record struct Interval(decimal Low, decimal High)
{
    public static Interval Exact(decimal value) => new(value, value);

    public static Interval Zero => Exact(0m);

    public decimal Mid => (Low + High) / 2m;

    public decimal Width => High - Low;

    public bool Contains(decimal value) => Low <= value && value <= High;

    public bool Overlaps(Interval other) => Low <= other.High && other.Low <= High;

    /// <summary>Distance between the intervals (0 when they overlap).</summary>
    public decimal GapTo(Interval other) =>
        Overlaps(other) ? 0m : (Low > other.High ? Low - other.High : other.Low - High);

    public static Interval operator +(Interval a, Interval b) => new(a.Low + b.Low, a.High + b.High);

    public static Interval operator -(Interval a, Interval b) => new(a.Low - b.High, a.High - b.Low);

    public static Interval operator -(Interval a) => new(-a.High, -a.Low);

    public static Interval operator *(Interval a, Interval b)
    {
        var p = new[] { a.Low * b.Low, a.Low * b.High, a.High * b.Low, a.High * b.High };
        return new(p.Min(), p.Max());
    }

    public static Interval operator *(Interval a, decimal k) => a * Exact(k);

    /// <summary>a ÷ b; null when b may be zero (the quotient is unbounded).</summary>
    public static Interval? Divide(Interval a, Interval b)
    {
        if (b.Low <= 0m && b.High >= 0m) return null;
        var q = new[] { a.Low / b.Low, a.Low / b.High, a.High / b.Low, a.High / b.High };
        return new(q.Min(), q.Max());
    }

    public static Interval Sum(IEnumerable<Interval> items)
    {
        var total = Zero;
        foreach (var i in items) total += i;
        return total;
    }

    /// <summary>The hull of two intervals.</summary>
    public Interval Hull(Interval other) => new(Math.Min(Low, other.Low), Math.Max(High, other.High));

    /// <summary>The intersection of two intervals; empty (Low above High) when they do not overlap.</summary>
    public Interval Meet(Interval other) => new(Math.Max(Low, other.Low), Math.Min(High, other.High));

    public override string ToString() => Low == High
        ? Low.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{Low}, {High}]");
}
