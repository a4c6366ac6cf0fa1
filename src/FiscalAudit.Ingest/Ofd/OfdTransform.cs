using System.Xml.Linq;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// Where a graphic object's own coordinates land on the page (millimetres): its CTM “a b c d e f” (x' = a·x + c·y + e,
/// y' = b·x + d·y + f), then the offset of its Boundary's corner.
/// </summary>
internal readonly record struct OfdTransform(double A, double B, double C, double D, double E, double F)
{
    /// <summary>The transform of <paramref name="graphic"/> (a TextObject, PathObject or ImageObject).</summary>
    public static OfdTransform Of(XElement graphic, OfdNumbers numbers)
    {
        var boundary = numbers.List(graphic, "Boundary", 4);
        var (left, top) = boundary.Length == 4 ? (boundary[0], boundary[1]) : (0, 0);
        var ctm = numbers.List(graphic, "CTM", 6);
        return ctm.Length == 6 ? new(ctm[0], ctm[1], ctm[2], ctm[3], ctm[4] + left, ctm[5] + top) : new(1, 0, 0, 1, left, top);
    }

    /// <summary>True when the object is only scaled and moved: its text stays horizontal and upright.</summary>
    public bool IsUpright => B == 0 && C == 0 && A > 0 && D > 0;

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);
}
