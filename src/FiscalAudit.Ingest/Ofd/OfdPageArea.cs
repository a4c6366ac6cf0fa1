using System.Xml.Linq;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// A page's physical box in millimetres (y growing downward) and the change to PDF points (y growing upward from the
/// page's foot) the layout chain works in.
/// </summary>
internal readonly record struct OfdPageArea(double X, double Y, double Width, double Height)
{
    /// <summary>The PhysicalBox of an area element (PageArea, Area); null when there is none.</summary>
    public static OfdPageArea? Of(XElement? area, OfdNumbers numbers)
    {
        if (area?.Child("PhysicalBox") is not { } box) return null;
        var values = OfdNumbers.Tokens(box.Value).Select(OfdNumbers.Parse).ToList();
        if (values.Count != 4 || values.Any(v => v is null) || values[2] <= 0 || values[3] <= 0) throw numbers.Bad(box, "PhysicalBox", box.Value);
        return new OfdPageArea(values[0]!.Value, values[1]!.Value, values[2]!.Value, values[3]!.Value);
    }

    /// <summary>A point of the page (millimetres) in PDF points.</summary>
    public (double X, double Y) ToPoints(double x, double y, double perMillimetre) => ((x - X) * perMillimetre, (Height - (y - Y)) * perMillimetre);
}
