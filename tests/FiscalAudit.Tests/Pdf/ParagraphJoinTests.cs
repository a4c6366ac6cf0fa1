using FiscalAudit.Core.Text;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Assembly;
using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Paragraphs re-joined across lines that end short of a ragged right margin: in the clean PDF (ONLYOFFICE)
/// "（项）。" and "161.62万元" did not fit on the line before and were carried over, and a reason after
/// "主要原因：" starts on a new unindented line. Texts and line ranges transcribed from the printed pages.
/// </summary>
public class ParagraphJoinTests
{
    private const string Item5 =
        "5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：退休人员经费支出。"
        + "年初预算为85.55万元，支出决算为84.65万元。决算数小于预算数的主要原因：预算按充分保障预估，实际执行基本贴合预期。";

    private const string Item6 =
        "6、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。主要用于："
        + "在职人员的基本养老保险支出。年初预算为161.62万元，支出决算为160.75万元。决算数小于预算数的主要原因：预算按充分保障预估，实际执行基本贴合预期。";

    [SharedFact]
    public void Clean_item_5_keeps_the_line_before_its_bracketed_level()
    {
        var p = PdfDocuments.Clean.ParagraphStarting("5、社会保障和就业支出");
        Assert.Equal(Item5, p.Text);
        Assert.Equal((22, 14, 16), (p.Location.Page, p.Location.Line, p.Location.EndLine));
        var level = p.LocationAt(p.Text.IndexOf("（项）", StringComparison.Ordinal));
        Assert.Equal((22, 15), (level.Page, level.Line));
    }

    [SharedFact]
    public void Clean_item_6_runs_on_into_the_line_starting_with_an_amount()
    {
        var p = PdfDocuments.Clean.ParagraphStarting("6、社会保障和就业支出");
        Assert.Equal(Item6, p.Text);
        Assert.Equal((22, 17, 20), (p.Location.Page, p.Location.Line, p.Location.EndLine));
        var budget = p.LocationAt(p.Text.IndexOf("161.62", StringComparison.Ordinal));
        Assert.Equal((22, 19), (budget.Page, budget.Line));
    }

    [SharedFact]
    public void Clean_reason_after_a_colon_stays_in_its_paragraph()
    {
        var p = PdfDocuments.Clean.ParagraphStarting("上海市普陀区财政局2024年度财政拨款收入支出总计");
        Assert.Equal(
            "上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。"
            + "主要原因：基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。",
            p.Text);
        Assert.Equal((21, 14, 17), (p.Location.Page, p.Location.Line, p.Location.EndLine));
    }

    [SharedTheory]
    [InlineData("clean")]
    [InlineData("planted")]
    public void Each_subject_of_section_5_3_is_one_whole_paragraph(string which)
    {
        var document = which == "clean" ? PdfDocuments.Clean : PdfDocuments.Planted;
        var items = SubjectParagraphs(document);
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"{n}、"), items.Select(p => p.Text[..(p.Text.IndexOf('、') + 1)]));
        Assert.All(items, p => Assert.EndsWith("。", p.Text));
        Assert.All(items, p => Assert.Single(System.Text.RegularExpressions.Regex.Matches(p.Text, "年初预算为")));
    }

    [SharedFact]
    public void Planted_items_5_and_6_read_as_in_the_clean_copy()
    {
        Assert.Equal(Item5, PdfDocuments.Planted.ParagraphStarting("5、社会保障和就业支出").Text);
        Assert.Equal(Item6, PdfDocuments.Planted.ParagraphStarting("6、社会保障和就业支出").Text);
    }

    [SharedFact]
    public void Template_note_introduced_by_a_colon_line_stays_a_paragraph_of_its_own()
    {
        var intro = PdfDocuments.Template.ParagraphStarting("无政府性基金预算财政拨款收入支出的，仍保留该表格式");
        Assert.EndsWith("作下述说明：", intro.Text);
        var note = PdfDocuments.Template.ParagraphStarting("说明：上海市XX局本年度没有政府性基金预算财政拨款收入和支出");
        Assert.Equal((13, 8, 8), (note.Location.Page, note.Location.Line, note.Location.EndLine));
    }

    [Fact]
    public void A_short_line_joins_the_next_only_when_it_stops_mid_sentence()
    {
        // Body lines run from x=50 to x=450 (40 characters of 10 pt); the short lines end at x=400.
        var pages = new[]
        {
            Page(
                Line("甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁", 50, 700),
                Line("5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休", 50, 680),
                Line("（项）。主要用于：退休人员经费支出。年初预算为85.55万元，支出决算为84.65万元。", 50, 666),
                Line("6、甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁年初预算为", 50, 646),
                Line("161.62万元，支出决算为160.75万元。决算数小于预算数的主要原因：预算按充", 50, 632),
                Line("分保障预估，实际执行基本贴合预期。决算数小于预算数的主要原因：预算", 50, 618),
                Line("甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁", 50, 604)),
        };
        var (blocks, _) = new PdfBlockAssembler("x.pdf").Assemble(pages);
        var texts = blocks.OfType<ParagraphBlock>().Select(p => p.Text[..2]).ToList();
        Assert.Equal(new[] { "甲乙", "5、", "6、" }, texts);
        Assert.Equal((2, 3), (blocks[1].Location.Line, blocks[1].Location.EndLine));
        Assert.Equal((4, 7), (blocks[2].Location.Line, blocks[2].Location.EndLine));
    }

    [Fact]
    public void A_short_line_ending_a_sentence_ends_its_paragraph()
    {
        var pages = new[]
        {
            Page(
                Line("甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁", 50, 700),
                Line("甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁。", 50, 686),
                Line("甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁", 50, 672),
                Line("甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁", 50, 658)),
        };
        var (blocks, _) = new PdfBlockAssembler("x.pdf").Assemble(pages);
        Assert.Equal(new[] { (1, (int?)2), (3, 4) }, blocks.Select(b => (b.Location.Line!.Value, b.Location.EndLine)));
    }

    [Theory]
    [InlineData("说明：上海市XX局本年度没有政府性基金预算财政拨款收入和支出", true)]
    [InlineData("（项）。主要用于：退休人员经费支出。", false)]
    [InlineData("161.62万元，支出决算为160.75万元。", false)]
    [InlineData("6、社会保障和就业支出（类）", true)]
    public void Item_and_label_starts(string text, bool expected) => Assert.Equal(expected, ItemStart.IsMatch(text));

    /// <summary>The numbered paragraphs between 五（三） and 六 of the 情况说明.</summary>
    private static List<ParagraphBlock> SubjectParagraphs(SourceDocument document)
    {
        var blocks = document.Blocks.OfType<ParagraphBlock>().ToList();
        var start = blocks.FindIndex(b => b.Text.StartsWith("（三）一般公共预算财政拨款支出决算具体情况", StringComparison.Ordinal));
        var end = blocks.FindIndex(start, b => b.Text.StartsWith("六、", StringComparison.Ordinal));
        return blocks.Skip(start + 2).Take(end - start - 2).ToList();
    }

    private static PageLayout Page(params PdfLine[] lines) => new(1, 500, 800, lines);

    private static PdfLine Line(string text, double left, double baseline)
    {
        var width = text.Sum(c => c < 0x2E80 ? 5.0 : 10.0);
        return new PdfLine(new[] { new PdfWord(text, new BoundingBox(left, baseline, left + width, baseline + 10), baseline, 10) });
    }
}
