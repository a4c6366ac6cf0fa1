using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A footnote's reference mark as Word and LibreOffice print it (issue 12, class 10): a figure in about 0.6 of the text's size, raised
/// about 0.4 of it over the baseline, right after a sentence's “。” or a Chinese word — mid-line with the sentence going on after it, or at
/// the line's end. The mark is left out, so the line stays one line of its paragraph (not a line “1” between two of its lines) and its
/// text reads as the sentence does. A raised figure after a Latin letter or digit (“120m²”) stays, and so does the mark opening the
/// footnote's own text at the page's foot, whose text is as small as it.
/// </summary>
public class FootnoteMarkTests
{
    private const double Size = 10.5;

    /// <summary>Glyphs of <paramref name="text"/> from <paramref name="left"/> on one baseline, a Chinese character an em wide, others half.</summary>
    private static IEnumerable<Glyph> Set(string text, double left, double baseline, double size = Size)
    {
        foreach (var c in text)
        {
            var width = c < 0x2E80 ? size / 2 : size;
            yield return new Glyph(c.ToString(), new BoundingBox(left, baseline - 0.1 * size, left + width, baseline + 0.8 * size), baseline, size, left, left + width);
            left += width;
        }
    }

    private static List<string> Lines(IEnumerable<Glyph> glyphs) =>
        new PageAnalyzer().Ruled(1, 600, 800, glyphs, []).Items.OfType<PdfLine>().Select(l => l.Text).ToList();

    /// <summary>
    /// The mark between “。” and the sentence after it, and at the end of a line of a paragraph going on under it, in 9, 10.5 and 12 pt text;
    /// set <paramref name="gap"/> right of the “。”'s ink — in a justified (两端对齐) line 9 pt LibreOffice prints it 0.7 em away.
    /// </summary>
    [Theory]
    [InlineData(9.0, 0.3)]
    [InlineData(10.5, 0.3)]
    [InlineData(12.0, 0.3)]
    [InlineData(9.0, 6.5)]
    public void A_raised_mark_after_chinese_text_is_left_out(double size, double gap)
    {
        var first = "2020年度收、支总计均为204.29万元。";
        var markAt = 100 + first.Sum(c => c < 0x2E80 ? size / 2 : size);
        var glyphs = Set(first, 100, 700, size)
            .Concat(Set("1", markAt + gap, 700 + 0.41 * size, 6.4))
            .Concat(Set("与上年度相比，收、支总计各减少29.46万元，", markAt + gap + 3.5, 700, size))
            .Concat(Set("下降12.6%。主要原因：一是人员调走；", 100, 700 - 1.5 * size, size))
            .Concat(Set("2", 100 + 18 * size, 700 - 1.5 * size + 0.41 * size, 6.4))
            .Concat(Set("二是厉行节约，办公经费有所减少。", 100, 700 - 3 * size, size));
        Assert.Equal(["2020年度收、支总计均为204.29万元。与上年度相比，收、支总计各减少29.46万元，", "下降12.6%。主要原因：一是人员调走；", "二是厉行节约，办公经费有所减少。"], Lines(glyphs));
    }

    /// <summary>“120m²” keeps its raised figure; the footnote's own text at the foot keeps the mark opening it.</summary>
    [Fact]
    public void A_raised_figure_after_latin_text_and_a_footnote_s_own_mark_stay()
    {
        var area = "办公用房面积120m";
        var glyphs = Set(area, 100, 700)
            .Concat(Set("2", 100 + area.Sum(c => c < 0x2E80 ? Size / 2 : Size) + 0.3, 700 + 0.41 * Size, 6.4))
            .Concat(Set("1", 100, 80 + 0.41 * 9, 6.4))
            .Concat(Set("本部分金额单位为万元。", 104, 80, 9));
        var lines = Lines(glyphs);
        Assert.Equal(2, string.Concat(lines).Count(c => c == '2'));
        Assert.Contains(lines, l => l.StartsWith('1'));
    }
}
