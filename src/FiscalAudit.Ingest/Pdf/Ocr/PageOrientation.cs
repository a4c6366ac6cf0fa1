using System.Globalization;
using System.Text.RegularExpressions;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>When a scanned page is turned upright before it is read (ocr.json, orientation; see its comment).</summary>
public sealed record OrientationSettings(double MinConfidence);

/// <summary>
/// How far a scanned page must be turned to stand upright: a landscape table scanned on its side, a sheet fed upside down.
/// Tesseract's orientation and script detection (--psm 0) says by how much to turn the page clockwise and how sure it is;
/// a page it cannot judge (too few characters: a blank page, a cover) or judges without enough confidence is left as it is.
/// </summary>
public static partial class PageOrientation
{
    /// <summary>The clockwise turn (0, 90, 180 or 270) that tesseract's <paramref name="report"/> of a page asks for.</summary>
    public static int Turn(string report, OrientationSettings settings)
    {
        var rotate = Rotate().Match(report);
        var confidence = Confidence().Match(report);
        if (!rotate.Success || !confidence.Success
            || !double.TryParse(confidence.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var sure) || sure < settings.MinConfidence) return 0;
        return int.Parse(rotate.Groups[1].Value, CultureInfo.InvariantCulture) is var turn and (90 or 180 or 270) ? turn : 0;
    }

    [GeneratedRegex(@"^Rotate:\s*(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Rotate();

    [GeneratedRegex(@"^Orientation confidence:\s*([0-9.]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Confidence();
}
