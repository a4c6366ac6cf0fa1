namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>Which ink of a colour scan is a seal's, dropped before the page is read (ocr.json, seals; see its comment).</summary>
public sealed record SealSettings(double HueFrom, double HueTo, double MinSaturation, int InkValue, RedTextSettings RedText);

/// <summary>
/// A colour scan made grey without its red seals (公章) and red stamps, which are printed over a table's figures and the
/// signature block and read as strokes through them. Seal ink is a red filter over the print: a pixel of red hue and
/// enough saturation shows the print below it in its red channel, dimmed by the ink (<see cref="SealSettings.InkValue"/>
/// is the red channel of the ink on white paper) — the seal alone becomes white, a black figure under it stays black,
/// and the grey edge of a figure keeps its grey. Red text is print, not a seal (<see cref="RedText"/>: a 红头 letterhead
/// naming the department, a red title): it is grey by its luminance, as every other pixel is, as a grey scan has it.
/// </summary>
public static class SealInk
{
    /// <summary><paramref name="image"/>, scanned at <paramref name="dpi"/>, made grey without its seals.</summary>
    public static GrayImage Dropped(ColourImage image, SealSettings settings, double dpi)
    {
        var source = image.Pixels;
        var pixels = new byte[image.Width * image.Height];
        var red = new bool[pixels.Length];
        for (var i = 0; i < pixels.Length; i++) red[i] = IsSeal(source[3 * i], source[3 * i + 1], source[3 * i + 2], settings);
        var text = new bool[pixels.Length];
        foreach (var (left, top, right, bottom) in RedText.Lines((x, y) => red[y * image.Width + x], image.Width, image.Height, dpi, settings.RedText))
            for (var y = top; y < bottom; y++) Array.Fill(text, true, y * image.Width + left, right - left);
        for (var i = 0; i < pixels.Length; i++)
        {
            int r = source[3 * i], g = source[3 * i + 1], b = source[3 * i + 2];
            pixels[i] = red[i] && !text[i] ? (byte)Math.Min(255, r * 255 / Math.Max(1, settings.InkValue))
                : (byte)((299 * r + 587 * g + 114 * b + 500) / 1000);
        }
        return new GrayImage(image.Width, image.Height, pixels);
    }

    /// <summary>Whether a pixel is red enough (hue between <see cref="SealSettings.HueFrom"/> and <see cref="SealSettings.HueTo"/> degrees, round through 0) and saturated enough to be seal ink.</summary>
    private static bool IsSeal(int r, int g, int b, SealSettings settings)
    {
        int max = Math.Max(r, Math.Max(g, b)), min = Math.Min(r, Math.Min(g, b));
        if (max == 0 || max - min < settings.MinSaturation * max || max != r) return false;
        var hue = 60.0 * (g - b) / (max - min);
        if (hue < 0) hue += 360;
        return settings.HueFrom <= settings.HueTo ? hue >= settings.HueFrom && hue <= settings.HueTo : hue >= settings.HueFrom || hue <= settings.HueTo;
    }
}
