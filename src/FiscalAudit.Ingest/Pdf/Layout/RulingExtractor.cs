namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>Options for <see cref="RulingExtractor"/>.</summary>
/// <param name="AxisTolerance">A segment whose ends differ by at most this much across its axis is straight.</param>
/// <param name="MinLength">Shorter segments (dots, ticks) are ignored.</param>
/// <param name="MergeGap">Collinear rulings closer than this along their axis are joined.</param>
public sealed record RulingExtractorOptions(double AxisTolerance = 1.0, double MinLength = 3.0, double MergeGap = 2.0);

/// <summary>Drawn segments → horizontal and vertical rulings, collinear pieces merged.</summary>
public sealed class RulingExtractor
{
    private readonly RulingExtractorOptions options;

    public RulingExtractor(RulingExtractorOptions? options = null)
    {
        this.options = options ?? new RulingExtractorOptions();
    }

    public IReadOnlyList<Ruling> Extract(IEnumerable<Segment> segments)
    {
        var raw = new List<Ruling>();
        foreach (var s in segments)
        {
            var dx = Math.Abs(s.X2 - s.X1);
            var dy = Math.Abs(s.Y2 - s.Y1);
            if (dy <= options.AxisTolerance && dx >= options.MinLength)
                raw.Add(new Ruling(true, (s.Y1 + s.Y2) / 2, Math.Min(s.X1, s.X2), Math.Max(s.X1, s.X2)));
            else if (dx <= options.AxisTolerance && dy >= options.MinLength)
                raw.Add(new Ruling(false, (s.X1 + s.X2) / 2, Math.Min(s.Y1, s.Y2), Math.Max(s.Y1, s.Y2)));
        }
        return Merge(raw.Where(r => r.Horizontal)).Concat(Merge(raw.Where(r => !r.Horizontal))).ToList();
    }

    private IEnumerable<Ruling> Merge(IEnumerable<Ruling> rulings)
    {
        var merged = new List<Ruling>();
        foreach (var r in rulings.OrderBy(r => r.Position).ThenBy(r => r.From))
        {
            var i = merged.FindLastIndex(m => Math.Abs(m.Position - r.Position) <= options.AxisTolerance && r.From <= m.To + options.MergeGap && m.From <= r.To + options.MergeGap);
            if (i < 0)
            {
                merged.Add(r);
                continue;
            }
            var m = merged[i];
            merged[i] = m with { From = Math.Min(m.From, r.From), To = Math.Max(m.To, r.To) };
        }
        return merged;
    }
}
