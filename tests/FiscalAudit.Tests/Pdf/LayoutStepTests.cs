using FiscalAudit.Core.Text;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Assembly;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>Each layout step on its own, with hand-made geometry.</summary>
public class LayoutStepTests
{
    private static Glyph G(string value, double left, double baseline = 100, double size = 10) =>
        new(value, new BoundingBox(left, baseline, left + (value[0] < 0x2E80 ? size / 2 : size), baseline + size), baseline, size, left);

    [Fact]
    public void Words_split_at_wide_gaps_and_spaces_but_not_between_close_glyphs()
    {
        var glyphs = new[] { G("1", 10), G(",", 15), G("2", 17), G("3", 60), G(" ", 65), G("x", 70), G("本", 100, 50), G("年", 111, 50) };
        var words = new WordExtractor().Extract(glyphs);
        Assert.Equal(new[] { "1,2", "3", "x", "本年" }, words.Select(w => w.Text));
    }

    /// <summary>
    /// A font may set a figure's decimal point in a digit's advance with its ink at the left (a narrow CJK font in a WPS-like browser
    /// print, the Song of the 江苏 budgets), so the digits after it stand a little more than a word gap from the point's ink (“199.” + “52”,
    /// 0.35 of the size): the figure is one word, in a table cell (the next column's name or figure after it, or its own unit at the cell's
    /// end) and in running prose alike. In prose the unit stays in the figure's word when the sentence goes on after it (“万元，”, “%；”, text
    /// a word gap away), even a stretched gap or a space away; a table cell's unit, ending the cell, does not.
    /// </summary>
    [Theory]
    [InlineData("一般", "199.52|一般")]
    [InlineData("32", "199.52|32")]
    [InlineData("", "199.52")]
    [InlineData("万元", "199.52|万元")]
    [InlineData("%", "199.52|%")]
    [InlineData("元，", "199.52元，")]
    [InlineData("万元，其中", "199.52万元，其中")]
    [InlineData("%；", "199.52%；")]
    [InlineData("万元主要用于", "199.52万元主要用于")]
    public void A_decimal_point_in_a_wide_advance_keeps_the_figure_whole_and_a_prose_unit_in_its_word(string after, string words)
    {
        var glyphs = new List<Glyph> { G("1", 0), G("9", 5), G("9", 10), G(".", 15), G("5", 23.5), G("2", 28.5) };
        var left = 40.0;
        foreach (var c in after)
        {
            var glyph = G(c.ToString(), left);
            glyphs.Add(glyph);
            left = glyph.Box.Right + 1;
        }
        Assert.Equal(words, string.Join("|", new WordExtractor().Extract(glyphs).Select(w => w.Text)));
    }

    /// <summary>
    /// Digits set at one pitch (a figure letter-spaced, or stretched in a justified line, 0.4 of the size between the glyphs' ink) are one
    /// figure; single-digit cells of neighbouring columns (栏次 1, 2, 3) as evenly spaced but a cell gap apart stay words of their own.
    /// </summary>
    [Theory]
    [InlineData(9, "123.45")]
    [InlineData(25, "1|2|3|.|4|5")]
    public void Evenly_spaced_digits_join_within_the_decimal_gap(double pitch, string words)
    {
        var glyphs = "123.45".Select((c, i) => G(c.ToString(), i * pitch)).ToList();
        Assert.Equal(words, string.Join("|", new WordExtractor().Extract(glyphs).Select(w => w.Text)));
    }

    /// <summary>A space between a figure and its unit (“95 %”) keeps them one word in prose (“95 %；”), not at a table cell's end.</summary>
    [Theory]
    [InlineData("；", "95%；")]
    [InlineData("", "95|%")]
    public void A_space_between_a_figure_and_its_unit_parts_them_only_at_a_cell_end(string after, string words)
    {
        var glyphs = new List<Glyph> { G("9", 0), G("5", 5), G(" ", 10), G("%", 14) };
        if (after.Length > 0) glyphs.Add(G(after, 20));
        Assert.Equal(words, string.Join("|", new WordExtractor().Extract(glyphs).Select(w => w.Text)));
    }

    /// <summary>
    /// A unit farther from its figure than <see cref="WordExtractorOptions.UnitGapFactor"/> font sizes is no unit of that figure but the
    /// next column's (“199.52” ⋯ “万元，”): the words stay apart.
    /// </summary>
    [Fact]
    public void A_unit_beyond_the_unit_gap_starts_a_word_of_its_own()
    {
        var glyphs = new List<Glyph> { G("1", 0), G("9", 5), G(".", 10), G("5", 15), G("万", 40), G("元", 51), G("，", 62) };
        Assert.Equal("19.5|万元，", string.Join("|", new WordExtractor().Extract(glyphs).Select(w => w.Text)));
    }

    /// <summary>
    /// A glyph of <paramref name="advance"/> points' advance from <paramref name="left"/>, its ink <paramref name="ink"/> points wide starting
    /// <paramref name="bearing"/> points in (a full-width “．” or “（” has narrow ink in a whole em), 10 pt.
    /// </summary>
    private static Glyph Set(string value, double left, double advance, double ink, double bearing = 0.5) =>
        new(value, new BoundingBox(left + bearing, 100, left + bearing + ink, 110), 100, 10, left, left + advance);

    /// <summary>
    /// A line glyph by glyph: each a full em (a digit half an em), <paramref name="spacing"/> points after each glyph, the extra
    /// <paramref name="justify"/> after each ideograph or mark, a space glyph of <paramref name="space"/> points for each ' '.
    /// Marks (“，”, “．”, “（”) have narrow ink at the far side of their em.
    /// </summary>
    private static List<Glyph> Typeset(string text, double spacing = 0, double justify = 0, double space = 3)
    {
        var glyphs = new List<Glyph>();
        var x = 0.0;
        foreach (var c in text)
        {
            var value = c.ToString();
            if (c == ' ')
            {
                glyphs.Add(new Glyph(value, new BoundingBox(x, 100, x + space, 110), 100, 10, x, x + space));
                x += space + spacing;
                continue;
            }
            var wide = c >= 0x2E80;
            var advance = wide ? 10 : 5;
            glyphs.Add("，．（：；。".Contains(c) ? Set(value, x, advance, 2, c == '（' ? 7 : 1) : Set(value, x, advance, advance - 1));
            x += advance + spacing + (wide ? justify : 0);
        }
        return glyphs;
    }

    private static string Words(IEnumerable<Glyph> glyphs) => string.Join("|", new WordExtractor().Extract(glyphs).Select(w => w.Text));

    /// <summary>
    /// Gaps run from a glyph's advance, not its ink: “1．公共安全（类）支出” (江苏 budgets, Song) is one word though the ink of “．” and “（”
    /// leaves most of their em blank; a space between words (a whole em before a figure) still parts them.
    /// </summary>
    [Theory]
    [InlineData("1．公共安全（类）支出", "1．公共安全（类）支出")]
    [InlineData("（二）支出预算总计", "（二）支出预算总计")]
    [InlineData("支出 13656.34万元，主要", "支出|13656.34万元，主要")]
    public void Full_width_marks_with_narrow_ink_stay_in_their_word(string text, string words) =>
        Assert.Equal(words, Words(Typeset(text)));

    /// <summary>
    /// A letter-spaced line (0.2 or 0.4 em after every glyph), justified (ideographs a further 0.3 em apart), reads as the words its spaces
    /// part, not one character a word; a row of letter-spaced table cells keeps its cells, a cell gap apart; a table's row of close glyphs
    /// with a few cell gaps under an em has no letter spacing, and its cells stay apart.
    /// </summary>
    [Theory]
    [InlineData("支出 971.01 万元，占 66.28 %；项目支出", 4, 3, "支出|971.01万元，占|66.28%；项目支出")]
    [InlineData("支出 971.01 万元，占 66.28 %；项目支出", 2, 0, "支出|971.01万元，占|66.28%；项目支出")]
    [InlineData("拨款收入 1473.01 万元，占 99.19 %；其他收入", 4, 1, "拨款收入|1473.01万元，占|99.19%；其他收入")]
    public void Letter_spaced_justified_lines_read_as_words(string text, double spacing, double justify, string words) =>
        Assert.Equal(words, Words(Typeset(text, spacing, justify)));

    [Fact]
    public void Letter_spaced_table_cells_keep_their_cell_gaps()
    {
        var row = Typeset("一般公共预算拨款收入", 2).Concat(Typeset("1473.01", 2).Select(g => Shift(g, 160))).Concat(Typeset("基本支出", 2).Select(g => Shift(g, 240)));
        Assert.Equal("一般公共预算拨款收入|1473.01|基本支出", Words(row));
        var close = Typeset("合计").Concat(Typeset("1.00", 0).Select(g => Shift(g, 28))).Concat(Typeset("2.00").Select(g => Shift(g, 55)))
            .Concat(Typeset("3.00").Select(g => Shift(g, 82)));
        Assert.Equal("合计|1.00|2.00|3.00", Words(close));
    }

    /// <summary>
    /// A few characters set larger mid-sentence (上海 普陀区财政局 决算 p22: “在职人员基本医疗保险费” at 15 pt in a 12 pt line) do not make the word
    /// they join, nor its line, 15 pt: the word takes the size most of its glyphs are set in.
    /// </summary>
    [Fact]
    public void A_word_takes_the_size_most_of_its_glyphs_are_set_in()
    {
        var glyphs = new List<Glyph>();
        var x = 0.0;
        foreach (var (text, size) in new[] { ("在职人员", 15.0), ("。年初预算为六十二万元", 12.0) })
        {
            foreach (var c in text)
            {
                glyphs.Add(new Glyph(c.ToString(), new BoundingBox(x + 1, 100, x + size - 1, 100 + size), 100, size, x, x + size));
                x += size;
            }
        }
        var word = Assert.Single(new WordExtractor().Extract(glyphs));
        Assert.Equal(12, word.FontSize);
    }

    private static Glyph Shift(Glyph g, double dx) =>
        g with { Box = new BoundingBox(g.Box.Left + dx, g.Box.Bottom, g.Box.Right + dx, g.Box.Top), Origin = g.Origin + dx, AdvanceEnd = g.AdvanceEnd + dx };

    [Fact]
    public void A_glyph_drawn_twice_for_bold_is_kept_once()
    {
        var words = new WordExtractor().Extract(new[] { G("合", 10), G("合", 10.5), G("计", 21) });
        Assert.Equal("合计", Assert.Single(words).Text);
    }

    [Fact]
    public void Lines_join_cjk_without_space_and_latin_with_one()
    {
        var words = new WordExtractor().Extract(new[] { G("2", 10), G("0", 15), G("年", 40), G("A", 80), G("B", 120) });
        var line = Assert.Single(new LineBuilder().Build(words));
        Assert.Equal("20年A B", line.Text);
    }

    [Fact]
    public void Collinear_ruling_pieces_merge_and_short_ticks_are_dropped()
    {
        var rulings = new RulingExtractor().Extract(new[]
        {
            new Segment(100, 50, 200, 50), new Segment(10, 50.3, 99, 50.3), new Segment(5, 5, 6, 6), new Segment(10, 0, 10, 80),
        });
        Assert.Contains(new Ruling(true, 50, 10, 200), rulings);
        Assert.Contains(new Ruling(false, 10, 0, 80), rulings);
        Assert.Equal(2, rulings.Count);
    }

    [Fact]
    public void Grid_merges_units_without_a_border_between_them()
    {
        // 3 columns × 2 rows; the top row has no border between columns 1 and 2 (a header spanning two columns),
        // the left column has no border between the rows (a cell spanning two rows).
        var rulings = new List<Ruling>
        {
            new(true, 100, 0, 300), new(true, 50, 100, 300), new(true, 0, 0, 300),
            new(false, 0, 0, 100), new(false, 100, 0, 100), new(false, 200, 0, 50), new(false, 300, 0, 100),
        };
        var grid = Assert.Single(new GridBuilder().Build(rulings));
        Assert.Equal(new[] { 0.0, 100, 200, 300 }, grid.Xs);
        Assert.Equal(new[] { (0, 0, 2, 1), (0, 1, 1, 2), (1, 1, 1, 1), (1, 2, 1, 1) },
            grid.Cells.Select(c => (c.Row, c.Column, c.RowSpan, c.ColumnSpan)));
    }

    [Fact]
    public void Cell_text_wrapped_over_lines_becomes_one_cell()
    {
        var grid = new GridBuilder().Build(new List<Ruling>
        {
            new(true, 100, 0, 200), new(true, 0, 0, 200), new(false, 0, 0, 100), new(false, 100, 0, 100), new(false, 200, 0, 100),
        });
        var words = new WordExtractor().Extract(new[] { G("机", 5, 60), G("关", 16, 60), G("费", 5, 45), G("1", 150, 52) });
        var (tables, outside) = new CellFiller().Fill(grid, words.Append(new PdfWord("外", new BoundingBox(5, 120, 15, 130), 120, 10)).ToList());
        Assert.Equal(new[] { "机关费", "1" }, Assert.Single(Assert.Single(tables).Rows).Select(c => c.Text));
        Assert.Equal("外", Assert.Single(outside).Text);
    }

    [Fact]
    public void Continued_table_columns_map_onto_the_earlier_part()
    {
        var continuation = new TableContinuation();
        Assert.Equal(new[] { 0, 1, 3 }, continuation.MapColumns(new[] { 10.0, 50, 90, 130 }, new[] { 10.5, 49, 131 }));
        Assert.Null(continuation.MapColumns(new[] { 10.0, 50, 90 }, new[] { 10.0, 70, 90 }));
        Assert.Equal(2, TableContinuation.RepeatedHeaderRows(new[] { "项目\t金额", "类\t款", "201\t1.00" }, new[] { "项目\t金额", "类\t款", "208\t2.00" }));
    }

    [Fact]
    public void Aligned_table_parts_map_by_the_columns_their_words_stand_in()
    {
        PdfGrid Grid(double[] xs, params (double, double)[] inks) => new(xs, [0, 10], [], inks);
        var continuation = new TableContinuation();
        // Two sides (项目, 行次, 金额 | 项目, 行次, 金额); the next page leaves 项目 and 金额 of the left side blank, and its boundaries fall elsewhere.
        var earlier = Grid([50, 200, 240, 300, 440, 470, 530], (60, 180), (205, 215), (250, 290), (305, 430), (445, 460), (480, 520));
        var next = Grid([200, 260, 440, 470, 530], (205, 215), (305, 400), (445, 460), (480, 500));
        Assert.Equal(new[] { (1, 1), (3, 3), (4, 4), (5, 5) }, continuation.Map(earlier, next));
        // Words of two columns of the new part standing in one column of the earlier part: another table.
        Assert.Null(continuation.Map(earlier, Grid([50, 120, 200], (60, 100), (130, 180))));
        // A ruled part is mapped by its column lines.
        Assert.Equal(new[] { (0, 0), (1, 2) }, continuation.Map(new PdfGrid([10.0, 50, 90, 130], [0, 10], []), new PdfGrid([10.5, 49, 131], [0, 10], [])));
    }

    [Theory]
    [InlineData("一、收入支出决算总体情况说明", true)]
    [InlineData("（二）承担政府各项财政收支管理的责任", true)]
    [InlineData("3、一般公共服务支出（类）", true)]
    [InlineData("第三条上海市普陀区财政局的主要职责是：", true)]
    [InlineData("603.14万元，占20.51%；", false)]
    [InlineData("（类）2106.66万元，占71.73%", false)]
    [InlineData("（境）费支出决算持平", false)]
    public void Item_starts(string text, bool expected) => Assert.Equal(expected, ItemStart.IsMatch(text));

    [Fact]
    public void Page_numbers_and_running_headers_are_removed()
    {
        PageLayout Page(int n) => new(n, 600, 800, new object[]
        {
            Line("上海市普陀区财政局2024年度部门决算", 780),
            Line("正文第" + n + "页的内容", 400),
            Line("- " + n + " -", 20),
        });
        var pages = new PageFurnitureFilter().Filter(Enumerable.Range(1, 4).Select(Page).ToList());
        Assert.All(pages, p => Assert.Equal(new[] { $"正文第{p.Number}页的内容" }, p.Lines.Select(l => l.Text)));
    }

    /// <summary>
    /// A page number at the foot of the page, however printed (Core page-numbers.json: the decorated forms of text files and the
    /// forms only a margin prints), is removed on a document too short for running footers; a caption or a 栏次 row stays.
    /// </summary>
    [Theory]
    [InlineData("Page {0} of 2", true)]
    [InlineData("·{0}·", true)]
    [InlineData("- {0}", true)]
    [InlineData("{0}/2", true)]
    [InlineData("第 {0} 页，共 2 页", true)]
    [InlineData("共 2 页 第 {0} 页", true)]
    [InlineData("——{0}——", true)]
    [InlineData("附表{0}", false)]
    [InlineData("{0} 2 3 4 5 6", false)]
    public void Page_numbers_in_the_bottom_margin_are_removed(string format, bool removed)
    {
        PageLayout Page(int n) => new(n, 600, 800, new object[]
        {
            Line("正文第" + n + "页的内容", 400),
            Line(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, n), 20),
        });
        var pages = new PageFurnitureFilter().Filter(Enumerable.Range(1, 2).Select(Page).ToList());
        Assert.All(pages, p => Assert.Equal(removed ? 1 : 2, p.Lines.Count()));
    }

    /// <summary>
    /// A page whose text ends high up prints its number right under the last line (江苏 检察院17 p24 “23”, 人大18 p16
    /// “16”): a centred number that is the page's last line is furniture; one off-centre, or larger than the page count, is not.
    /// </summary>
    [Theory]
    [InlineData("23", 295, true)]
    [InlineData("- 3 -", 285, true)]
    [InlineData("第3页", 285, true)]
    [InlineData("23", 60, false)]
    [InlineData("23", 480, false)]
    [InlineData("99", 295, false)]
    public void A_centred_page_number_ending_a_short_page_is_removed(string number, double left, bool removed)
    {
        var pages = Enumerable.Range(1, 30).Select(n => new PageLayout(n, 600, 800, new object[]
        {
            Line("七、单位预留机动经费：指预算单位年初预留用于年度", 700),
            new PdfLine(new[] { new PdfWord(number, new BoundingBox(left, 650, left + 5 * number.Length, 660), 650, 10) }),
        })).ToList();
        var filtered = new PageFurnitureFilter().Filter(pages);
        Assert.All(filtered, p => Assert.Equal(removed ? 1 : 2, p.Lines.Count()));
    }

    private static PdfLine Line(string text, double baseline) =>
        new(new[] { new PdfWord(text, new BoundingBox(50, baseline, 50 + 10 * text.Length, baseline + 10), baseline, 10) });
}
