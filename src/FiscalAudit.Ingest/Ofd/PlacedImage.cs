using System.Xml.Linq;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// An ImageObject on its page: its resource and the box it fills, in points from the page's foot. The image fills the unit
/// square of its CTM (the whole Boundary without one), turned or not: the box is that square's extent on the page.
/// </summary>
internal sealed record PlacedImage(string ResourceId, double Left, double Bottom, double Width, double Height)
{
    public static PlacedImage Of(XElement image, OfdNumbers numbers, OfdPageArea area, OfdSettings settings)
    {
        var transform = OfdTransform.Of(image, numbers);
        if (image.Attribute("CTM") is null)
        {
            var boundary = numbers.List(image, "Boundary", 4);
            transform = boundary.Length == 4 ? transform with { A = boundary[2], D = boundary[3] } : transform;
        }
        var corners = new[] { (0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0) }
            .Select(c => transform.Apply(c.Item1, c.Item2)).Select(p => area.ToPoints(p.X, p.Y, settings.PointsPerMillimetre)).ToList();
        var (left, bottom) = (corners.Min(c => c.X), corners.Min(c => c.Y));
        return new PlacedImage(((string?)image.Attribute("ResourceID"))?.Trim() ?? string.Empty, left, bottom, corners.Max(c => c.X) - left, corners.Max(c => c.Y) - bottom);
    }
}
