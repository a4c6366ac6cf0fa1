namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// A straight table border: horizontal at height <see cref="Position"/> from x <see cref="From"/> to
/// <see cref="To"/>, or vertical at x <see cref="Position"/> from y <see cref="From"/> to <see cref="To"/>.
/// </summary>
public readonly record struct Ruling(bool Horizontal, double Position, double From, double To)
{
    public double Length => To - From;

    /// <summary>True when the ruling covers <paramref name="coordinate"/> along its length, with <paramref name="tolerance"/>.</summary>
    public bool Covers(double coordinate, double tolerance) => From - tolerance <= coordinate && coordinate <= To + tolerance;
}

/// <summary>A drawn straight piece of a path (stroked line, or the long axis of a thin filled rectangle).</summary>
public readonly record struct Segment(double X1, double Y1, double X2, double Y2);
