using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A two-sided borderless table whose top header line (“收 入　支 出”) was left alone at the foot of a page, its header rows and body
/// opening the next page: the line is the table's first row, over the columns its words stand over; a line at a page foot over a
/// table's body (a row of amounts), or one with a sentence's punctuation or a figure, stays text.
/// </summary>
public class FootHeaderLineTests
{
    [Theory]
    [InlineData("letter-spaced")]
    [InlineData("one word a side")]
    public void A_header_line_alone_at_a_page_foot_opens_the_table_on_the_next_page(string setting)
    {
        var foot = setting == "letter-spaced"
            ? Line(60, ("收", 50), ("入", 75), ("支", 280), ("出", 305))
            : Line(60, ("收入", 50), ("支出", 280));

        var blocks = Read(foot, [Header, .. Body]);

        Assert.DoesNotContain(blocks, b => b is ParagraphBlock p && p.Text == "收入支出");
        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal([(0, "收入"), (3, "支出")], table.Rows[0].Cells.Where(c => c.Text.Length > 0).Select(c => (c.Column, c.Text)));
        Assert.Equal("项目", table.Rows[1].Cells[0].Text);
        Assert.Equal(6, table.Rows.Count);
    }

    [Theory]
    [InlineData("收入 支出", false)]
    [InlineData("收入：本年 支出：本年", true)]
    [InlineData("收入2020 支出2020", true)]
    public void A_line_at_a_page_foot_over_no_header_or_that_is_a_sentence_stays_text(string words, bool header)
    {
        var parts = words.Split(' ');
        var blocks = Read(Line(60, (parts[0], 50), (parts[1], 280)), header ? [Header, .. Body] : Body[1..]);

        Assert.Contains(blocks, b => b is ParagraphBlock p && p.Text == string.Concat(parts));
        Assert.All(blocks.OfType<TableBlock>(), t => Assert.DoesNotContain(t.Rows[0].Cells, c => c.Text == parts[0]));
    }

    private static readonly PdfLine Header = Line(760, ("项目", 50), ("行次", 170), ("金额", 220), ("项目", 280), ("行次", 400), ("金额", 450));

    private static readonly PdfLine[] Body =
    [
        Line(746, ("栏次", 50), ("1", 175), ("1", 225), ("栏次", 280), ("2", 405), ("2", 455)),
        Line(732, ("一、财政拨款收入", 50), ("1", 175), ("199.52", 220), ("一、一般公共服务支出", 280), ("33", 400), ("176.99", 450)),
        Line(718, ("二、事业收入", 50), ("2", 175), ("0.00", 225), ("二、外交支出", 280), ("34", 400), ("0.00", 455)),
        Line(704, ("总计", 50), ("3", 175), ("199.52", 220), ("总计", 280), ("35", 400), ("176.99", 450)),
    ];

    /// <summary>A page ending with a title, a caption and <paramref name="foot"/>, and the page after it.</summary>
    private static IReadOnlyList<Block> Read(PdfLine foot, PdfLine[] next) =>
        PlacedLine.Read([Line(120, ("财政拨款收入支出决算总表", 50)), Line(90, ("金额单位：万元", 50)), foot], next);

    private static PdfLine Line(double baseline, params (string Text, double Left)[] words) => PlacedLine.At(baseline, words);
}
