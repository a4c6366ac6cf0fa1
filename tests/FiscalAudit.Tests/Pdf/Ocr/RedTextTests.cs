using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// Red text is told from seals: a 红头 letterhead — a wide line of large glyphs, letter-spaced or not — is kept; a round seal
/// (its ring, the name and star inside it), two seals side by side, an oval 财务专用章 and a thin red rule are not.
/// </summary>
public class RedTextTests
{
    private const int Dpi = 100;
    private static readonly RedTextSettings Settings = OcrSettings.Default.Seals.RedText;

    [Theory]
    // Eighteen glyphs of 24 pt (33 pixels), 3 pixels apart.
    [InlineData(18, 33, 3)]
    // Eight glyphs of 36 pt (50 pixels), letter-spaced by half an em.
    [InlineData(8, 50, 25)]
    public void A_letterhead_is_a_line_of_red_text(int glyphs, int size, int gap)
    {
        var marks = Glyphs(100, 120, glyphs, size, gap);
        var line = Assert.Single(RedText.Lines((x, y) => marks.Contains((x, y)), 1654, 800, Dpi, Settings));
        Assert.InRange(line.Left, 96, 100);
        Assert.InRange(line.Right, 100 + glyphs * (size + gap) - gap, 104 + glyphs * (size + gap));
    }

    [Theory]
    [InlineData("round seal")]
    [InlineData("two seals side by side")]
    [InlineData("oval seal")]
    [InlineData("thin rule")]
    public void A_seal_or_a_rule_is_no_text(string mark)
    {
        Func<int, int, bool> red = mark switch
        {
            "round seal" => (x, y) => Seal(x - 400, y - 400, 115, 115),
            "two seals side by side" => (x, y) => Seal(x - 400, y - 400, 115, 115) || Seal(x - 660, y - 400, 115, 115),
            "oval seal" => (x, y) => Seal(x - 400, y - 400, 140, 100),
            "thin rule" => (x, y) => y >= 200 && y < 203 && x >= 100 && x < 1500,
            _ => throw new ArgumentException(mark),
        };
        Assert.Empty(RedText.Lines(red, 1654, 800, Dpi, Settings));
    }

    /// <summary>The pixels of <paramref name="count"/> square glyphs of <paramref name="size"/> pixels, <paramref name="gap"/> apart, from (<paramref name="left"/>, <paramref name="top"/>): a frame and a cross each, as strokes.</summary>
    private static HashSet<(int, int)> Glyphs(int left, int top, int count, int size, int gap)
    {
        var marks = new HashSet<(int, int)>();
        for (var i = 0; i < count; i++)
        {
            var x0 = left + i * (size + gap);
            for (var y = 0; y < size; y++)
                for (var x = 0; x < size; x++)
                    if (x < 4 || y < 4 || x >= size - 4 || y >= size - 4 || Math.Abs(x - size / 2) < 2 || Math.Abs(y - size / 2) < 2) marks.Add((x0 + x, top + y));
        }
        return marks;
    }

    /// <summary>Whether (<paramref name="dx"/>, <paramref name="dy"/>) from a seal's centre is its ink: a ring 8 pixels wide, a star and a line of its name inside.</summary>
    private static bool Seal(int dx, int dy, double rx, double ry)
    {
        var r = Math.Sqrt(dx * dx / (rx * rx) + dy * dy / (ry * ry));
        return r <= 1 && r >= 1 - 8 / Math.Min(rx, ry)
            || Math.Abs(dx) < 20 && Math.Abs(dy) < 20
            || dy > -0.7 * ry && dy < -0.5 * ry && Math.Abs(dx) < 0.5 * rx && Math.Abs(dx) % 20 < 14;
    }
}
