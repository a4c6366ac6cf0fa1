using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A note whose last line runs to the right edge and ends a sentence, followed by a title line (the next table's title opening
/// the next page of a workbook printed sheet by sheet, or set right under the note): the title, short, without sentence
/// punctuation and ending like a title (heading-shape.json), is never glued to the note. A sentence that goes on after a full
/// line ending with “。” still joins it.
/// </summary>
public class TitleAfterSentenceTests
{
    private const string Note1 = "说明：我部门没有国有资本经营收入，也没有使用国有资本经营安排的支出，本年度本部门";
    private const string Note2 = "没有国有资本经营预算财政拨款收入和支出，故本表无数据，仍保留该表的格式予以公开。";

    [Theory]
    [InlineData("国有资本经营预算财政拨款支出决算表", true)]
    [InlineData("收入决算表", true)]
    [InlineData("部门整体支出绩效自评报告", true)]
    [InlineData("国有资本经营预算财政拨款支出决算表", false)]
    [InlineData("收入决算表", false)]
    public void A_title_after_a_full_line_ending_a_sentence_starts_a_block(string title, bool nextPage)
    {
        var paragraphs = AfterNote(title, nextPage).OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.Equal(Note1 + Note2, paragraphs[0]);
        Assert.Equal(title, paragraphs[1]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_sentence_after_a_full_line_ending_a_sentence_joins_it(bool nextPage)
    {
        const string more = "其中：基本支出为零，项目支出为零。";
        Assert.Equal(Note1 + Note2 + more, AfterNote(more, nextPage).OfType<ParagraphBlock>().First().Text);
    }

    /// <summary>The note's two lines, then <paramref name="text"/> on a line of its own at the top of the next page or right under the note, then another paragraph.</summary>
    private static IReadOnlyList<Block> AfterNote(string text, bool nextPage)
    {
        var note = new[] { PlacedLine.At(700, (Note1, 50)), PlacedLine.At(686, (Note2, 50)) };
        var line = PlacedLine.At(nextPage ? 760 : 672, (text, 50));
        return nextPage ? PlacedLine.Read(note, [line, Body(740)]) : PlacedLine.Read([.. note, line, Body(640)]);
    }

    /// <summary>A body line of another paragraph, indented, as wide as the note's lines.</summary>
    private static PdfLine Body(double baseline) => PlacedLine.At(baseline, ("本年度部门决算情况说明如下，各项收入支出均按规定程序执行并公开相关的信息内容。", 70));
}
