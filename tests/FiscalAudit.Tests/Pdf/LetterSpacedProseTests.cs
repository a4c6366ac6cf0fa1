using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Tests.Budget;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Prose set with a space after every character (江苏 检察院 budgets justify short lines so) is read as prose, not as
/// the rows of an aligned table; tables whose cells are spaced words stay tables.
/// </summary>
public class LetterSpacedProseTests
{
    /// <summary>One word per character (a number stays one word), <paramref name="gap"/> points apart, 10 pt.</summary>
    private static PdfLine Spaced(string text, double baseline, double gap = 8)
    {
        var words = new List<PdfWord>();
        var x = 50.0;
        foreach (var piece in System.Text.RegularExpressions.Regex.Matches(text, @"[0-9.,%]+|.").Select(m => m.Value))
        {
            var width = piece.Sum(c => c < 0x2E80 ? 5.0 : 10.0);
            words.Add(new PdfWord(piece, new BoundingBox(x, baseline, x + width, baseline + 10), baseline, 10));
            x += width + gap;
        }
        return new PdfLine(words);
    }

    private static PdfLine Cells(double baseline, params string[] cells) =>
        new(cells.Select((c, i) => new PdfWord(c, new BoundingBox(50 + i * 120, baseline, 50 + i * 120 + c.Length * 10, baseline + 10), baseline, 10)).ToList());

    /// <summary>Three justified lines of as many characters: every character stands apart, in the same columns.</summary>
    [Theory]
    [InlineData("江苏省人民检察院年度收入、支出预算", "与上年相比收支预算总计各增加，主要", "政策性调整因素。含员额制检察官工资")]
    [InlineData("省检察院一般公共预算、财政拨款支出", "算与上年相比增加，主要原因是员额制", "检察官工资改革等，政策性调整因素和")]
    public void Letter_spaced_lines_are_no_table(string first, string second, string third) =>
        Assert.Empty(new AlignedTableFinder().Find(new[] { Spaced(first, 700, 9), Spaced(second, 684, 9), Spaced(third, 668, 9) }));

    /// <summary>Words a space (an em) apart, each character 10 pt wide (a digit or sign 5).</summary>
    private static PdfLine Spaced(double baseline, string words)
    {
        var placed = new List<PdfWord>();
        var x = 50.0;
        foreach (var word in words.Split('|'))
        {
            var width = word.Sum(c => c < 0x2E80 ? 5.0 : 10.0);
            placed.Add(new PdfWord(word, new BoundingBox(x, baseline, x + width, baseline + 10), baseline, 10));
            x += width + 10;
        }
        return new PdfLine(placed);
    }

    /// <summary>
    /// Short justified lines whose figures stand a space apart from the text, a sentence running through them word after word
    /// (“300.38万元，增长”, “187.01万元。”: 江苏 检察院 2017 p20 l14–15, a Word print's last line of a paragraph): prose, no table.
    /// </summary>
    [Theory]
    [InlineData("1．检察（款）行政运行（项）支出|7968.14万元，", "与上年相比增加|300.38万元，增长|3.92%。主要原因")]
    [InlineData("2023年度一般公共预算财政拨款基本支出|971.01万元，", "其中：人员经费|784.00万元，公用经费|187.01万元。")]
    public void Lines_a_sentence_runs_through_past_spaced_figures_are_no_table(string first, string second) =>
        Assert.Empty(new AlignedTableFinder().Find(new[] { Spaced(700, first), Spaced(684, second) }));

    /// <summary>A header spaced out character by character (seed 002 printed without borders: “项 目 行次 金 额”) has no punctuation: still a table.</summary>
    [Fact]
    public void A_letter_spaced_header_without_punctuation_stays_in_its_table()
    {
        PdfLine Header(double baseline) => new(new[] { ("项", 50), ("目", 70), ("行次", 170), ("金", 290), ("额", 310), ("项", 410), ("目", 430), ("行次", 530), ("金", 650), ("额", 670) }
            .Select(w => new PdfWord(w.Item1, new BoundingBox(w.Item2, baseline, w.Item2 + 10 * w.Item1.Length, baseline + 10), baseline, 10)).ToList());
        var grid = Assert.Single(new AlignedTableFinder().Find(new[]
        {
            Header(700),
            Cells(684, "一般公共预算财政拨款收入", "1", "187.81", "一般公共服务支出", "9", "150.00"),
            Cells(668, "政府性基金预算财政拨款收入", "2", "0.00", "社会保障和就业支出", "10", "37.81"),
        }));
        Assert.Equal(3, grid.RowCount);
    }

    [Fact]
    public void A_table_of_spaced_cells_stays_a_table()
    {
        var grid = Assert.Single(new AlignedTableFinder().Find(new[]
        {
            Cells(700, "项 目", "本年预算", "上年预算", "增减"),
            Cells(684, "一般公共服务支出", "10,528.33", "10,546.22", "-17.89"),
            Cells(668, "社会保障和就业支出", "1,608.51", "1,415.26", "193.25"),
            Cells(652, "住房保障支出", "1,512.23", "843.44", "668.79"),
        }));
        Assert.Equal(4, grid.ColumnCount);
    }

    /// <summary>检察院18 p23 l7–15 and 检察院17 p19 l17: the letter-spaced sentences are paragraphs with their amounts.</summary>
    [SharedTheory]
    [InlineData("江苏省人民检察院2018年部门预算公开.pdf", 23, 7, "江苏省人民检察院2018年度收入、支出预算总计21,955.35万元，与上年相比收、支预算总计各增加3,958.67万元，增长21.95%。")]
    [InlineData("江苏省人民检察院2018年部门预算公开.pdf", 25, 9, "省检察院本年收入预算合计21,955.35万元，其中：")]
    [InlineData("江苏省人民检察院2017年部门预算.pdf", 19, 17, "省检察院本年收入预算合计17996.68万元，其中：")]
    public void Real_letter_spaced_sentences_are_paragraphs(string file, int page, int line, string start)
    {
        var blocks = BudgetCorpus.Audit(file).Disclosure!.Source.Blocks;
        var paragraph = Assert.Single(blocks.OfType<ParagraphBlock>(), b => b.Location.Page == page && b.Location.Line == line);
        Assert.StartsWith(start, paragraph.Text);
        Assert.DoesNotContain(blocks.OfType<TableBlock>(), t => t.Location.Page == page && t.Location.Line == line);
    }
}
