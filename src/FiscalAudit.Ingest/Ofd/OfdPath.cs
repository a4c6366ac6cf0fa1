using System.Xml.Linq;
using FiscalAudit.Ingest.Pdf;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// A PathObject → the drawn segments a PDF page gives, in points: the straight pieces of a stroked path (Stroke, true
/// unless stated), and the long axis of a filled one (Fill) no thicker than <see cref="OfdSettings.ThinFill"/>, the way
/// word processors draw table borders.
/// </summary>
internal static class OfdPath
{
    public static IEnumerable<Segment> Segments(XElement path, OfdNumbers numbers, OfdPageArea area, OfdSettings settings)
    {
        var stroked = path.Flag("Stroke", true);
        var filled = path.Flag("Fill", false);
        if (!stroked && !filled || path.Child("AbbreviatedData") is not { } data) yield break;
        var transform = OfdTransform.Of(path, numbers);
        (double X, double Y) Point((double X, double Y) p)
        {
            var (x, y) = transform.Apply(p.X, p.Y);
            return area.ToPoints(x, y, settings.PointsPerMillimetre);
        }
        foreach (var subpath in OfdPathData.Parse(data, numbers))
        {
            if (stroked)
            {
                foreach (var (from, to) in subpath.Lines)
                {
                    var (a, b) = (Point(from), Point(to));
                    yield return new Segment(a.X, a.Y, b.X, b.Y);
                }
                continue;
            }
            var points = subpath.Points.Select(Point).ToList();
            if (ThinFills.Rule(points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y), settings.ThinFill) is { } rule)
                yield return rule;
        }
    }
}
