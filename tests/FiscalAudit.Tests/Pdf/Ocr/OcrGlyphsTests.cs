using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// Words tesseract recognised (TSV) → glyphs in PDF points: a word's box split evenly over its characters, placed by the
/// middle of its ink (a comma at the foot of the line by the middle of the line's other words), with the line's font size;
/// numbers corrected, remains of ruling lines dropped.
/// </summary>
public class OcrGlyphsTests
{
    // A 300 dpi image 1000 px high; one line (block 1, paragraph 1, line 1) round y 425: “一” (a thin bar) and “般” read as
    // separate words, “合计” as one, a comma at the line's foot, a bar left of a ruling line, and “１９９．５２”.
    private const string Tsv = """
        level	page_num	block_num	par_num	line_num	word_num	left	top	width	height	conf	text
        1	1	0	0	0	0	0	0	800	1000	-1	
        4	1	1	1	1	0	100	400	700	50	-1	
        5	1	1	1	1	1	100	422	40	6	91.2	一
        5	1	1	1	1	2	150	402	40	46	90.1	般
        5	1	1	1	1	3	300	400	100	48	95.0	合计
        5	1	1	1	1	6	402	440	8	8	80.0	，
        5	1	1	1	1	4	450	398	4	54	12.0	|
        5	1	1	1	1	5	500	410	150	38	88.5	１９９．５２
        """;

    [Fact]
    public void Words_become_glyphs_on_their_line_in_points()
    {
        var glyphs = OcrGlyphs.From(OcrWord.FromTsv(Tsv), 1000, 300, OcrSettings.Default).ToList();

        Assert.Equal(["一", "般", "合", "计", "，", "1", "9", "9", ".", "5", "2"], glyphs.Select(g => g.Value));
        // The font size: the median word height, 46 px (11.04 pt), by 1.1. The glyphs stand on one line as the layout chain
        // groups them (baselines within a quarter of the size), the comma on the line's middle (425 px) as “般” is.
        Assert.All(glyphs, g => Assert.Equal(46 * 0.24 * 1.1, g.FontSize, 6));
        Assert.True(glyphs.Max(g => g.Baseline) - glyphs.Min(g => g.Baseline) <= 0.25 * glyphs[0].FontSize);
        Assert.Equal(glyphs[1].Baseline, glyphs[4].Baseline);
        Assert.Equal((1000 - 425) * 0.24 - 0.38 * glyphs[1].FontSize, glyphs[1].Baseline, 6);
        // “合计” (300–400 px) split evenly: 合 from 72 to 84 pt, 计 from 84 to 96 pt.
        Assert.Equal((72, 84), (glyphs[2].Box.Left, glyphs[2].Box.Right));
        Assert.Equal((84, 96), (glyphs[3].Box.Left, glyphs[3].Box.Right));
        Assert.Equal(glyphs[3].Box.Left, glyphs[3].Origin);
        // The figure's six characters share its 150 px (36 pt) from 120 pt.
        Assert.Equal(120 + 5 * 6, glyphs[^1].Box.Left, 6);
    }

    /// <summary>
    /// Fiscal words read with a look-alike character are set right, in one word or across words read apart, each glyph
    /// where its character was read; the same characters standing in real words (算 in 计算, 出 in 出租) and a look-alike
    /// that may span two words (收人 in 接收人员) are left.
    /// </summary>
    [Theory]
    [InlineData("部门决箅|表", "部门决算表")]
    [InlineData("部门决|箅表", "部门决算表")]
    [InlineData("一般公共预箅|财政拔款|支屮", "一般公共预算财政拨款支出")]
    [InlineData("基夲|支岀|合计", "基本支出合计")]
    [InlineData("计算|出租|收入", "计算出租收入")]
    [InlineData("接收人员|经费", "接收人员经费")]
    public void Look_alike_characters_in_fiscal_words_are_set_right(string read, string text)
    {
        var words = read.Split('|');
        var tsv = string.Concat(words.Select((w, i) => $"5\t1\t1\t1\t1\t{i + 1}\t{100 + 300 * i}\t400\t{50 * w.Length}\t48\t90.0\t{w}\n"));
        var glyphs = OcrGlyphs.From(OcrWord.FromTsv(tsv), 1000, 300, OcrSettings.Default).ToList();

        Assert.Equal(text, string.Concat(glyphs.Select(g => g.Value)));
        // Each glyph keeps its place: the first character of each word read starts at the word's left.
        var starts = words.Select(w => w.Length).Take(words.Length - 1).Aggregate(new List<int> { 0 }, (s, n) => { s.Add(s[^1] + n); return s; });
        Assert.Equal(starts.Select((_, i) => (100 + 300 * i) * 0.24), starts.Select(at => glyphs[at].Box.Left), (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void A_page_tesseract_found_nothing_on_gives_no_glyphs() =>
        Assert.Empty(OcrGlyphs.From(OcrWord.FromTsv(Tsv.Split('\n')[0] + "\n1\t1\t0\t0\t0\t0\t0\t0\t800\t1000\t-1\t\n"), 1000, 300, OcrSettings.Default));
}
