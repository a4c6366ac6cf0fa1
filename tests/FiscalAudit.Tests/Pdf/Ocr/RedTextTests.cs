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

    /// <summary>
    /// A 二号 title (22 pt: 30 pixels) wrapped after fourteen glyphs, its last two (“决算”) alone on the second line, centred
    /// or from the left, one line gap or half of one below: too narrow by itself, the short line is the title's rest.
    /// </summary>
    [Theory]
    [InlineData(100 + 6 * 33, 12)]
    [InlineData(100, 12)]
    [InlineData(100 + 6 * 33, 20)]
    public void A_wrapped_titles_short_line_is_red_text(int left, int gap)
    {
        var marks = Glyphs(100, 200, 14, 30, 3);
        marks.UnionWith(Glyphs(left, 230 + gap, 2, 30, 3));
        var lines = RedText.Lines((x, y) => marks.Contains((x, y)), 1654, 800, Dpi, Settings);
        Assert.Equal(2, lines.Count);
        var rest = Assert.Single(lines, l => l.Top > 230);
        Assert.InRange(rest.Left, left - 4, left);
    }

    /// <summary>Two red glyphs are no text alone, far below a line, or wider than the line above them (a seal's name and star are inside its ring).</summary>
    [Theory]
    [InlineData("alone")]
    [InlineData("far below")]
    [InlineData("beyond the line's end")]
    public void A_short_red_mark_not_under_a_line_is_no_text(string where)
    {
        var marks = where == "alone" ? [] : Glyphs(100, 200, 14, 30, 3);
        marks.UnionWith(where switch
        {
            "alone" => Glyphs(300, 242, 2, 30, 3),
            "far below" => Glyphs(300, 400, 2, 30, 3),
            _ => Glyphs(100 + 13 * 33, 242, 2, 30, 3),
        });
        var lines = RedText.Lines((x, y) => marks.Contains((x, y)), 1654, 800, Dpi, Settings);
        Assert.DoesNotContain(lines, l => l.Top > 230);
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
