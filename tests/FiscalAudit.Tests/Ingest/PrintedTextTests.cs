using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Issue 12: composed 绩效自评 passages read as the same paragraphs and tables whether written one paragraph to a line
/// or hard-wrapped at a margin (a line may end a sentence right at the margin and still go on), with page numbers and
/// running headers between the lines.
/// </summary>
public class PrintedTextTests
{
    private const string Passage = """
        （一）部门机构设置、编制

        我局为市人民政府工作部门，为正处级。加挂市人民政府国有资产监督管理委员会牌子。设9个内设机构，分别为：办公室、预算科、国库科、绩效管理科、行政政法科、教科文科、经济建设科、社会保障科、农业农村科。核定行政编制32名，实有人员30名。

        （二）项目绩效目标完成情况

        1. 办公设备购置 为保障政务服务大厅正常运转，我局按照政府采购有关规定购置了复印机、扫描仪等办公设备。设备已全部验收合格并投入使用。2020年办公设备购置支出为8.56万元，比年初预算的12万元减少了3.44万元，完成该项目的71.33%。该项目评价得分为100分，结论为“优”。

        2. 网络运行维护费 为确保电子政务外网安全稳定运行，我局与网络运营商签订运行维护合同，全年未发生重大网络安全事件。维护费按季度支付，全年支出为23.40万元，完成该项目的97.50%。该项目评价得分为98分，结论为“优”。

        3. 劳务派遣人员工资 按照“一窗受理、集成服务”的改革要求，我局招聘劳务派遣人员充实窗口力量。每月按时发放工资，足额缴纳社会保险，窗口服务质量明显提升。2020年劳务派遣人员工资支出为42.82万元，完成该项目的87.57%。该项目评价得分为95分，结论为“优”。

        4. 业务培训费 受疫情影响，集中培训改为线上开展，共组织线上培训6期，参训人员420人次。培训费用按实际发生结算，全年支出为3.20万元，完成该项目的40.00%。该项目评价得分为85分，结论为“良”。

        （三）存在的问题及改进措施

        一是预算编制不够精细，部分项目年初预算与实际需求存在差距，执行率偏低。二是绩效目标设置不够具体，个别指标难以量化考核。下一步，我局将加强预算编制的前期论证，提高绩效目标的可衡量性，强化绩效评价结果运用。
        """;

    private static SourceDocument Read(string text) => new PlainTextReader().Read("passage.txt", Encoding.UTF8.GetBytes(text));

    /// <summary>The document's paragraphs and headings, in order.</summary>
    private static List<string> Reading(string text) =>
        Read(text).Blocks.Select(b => b switch
        {
            ParagraphBlock p => p.Text,
            HeadingBlock h => "# " + h.Text,
            TableBlock t => $"表 {t.Rows.Count} 行：" + string.Join("|", t.Rows.Select(r => string.Join(",", r.Cells.Select(c => c.Text)))),
            _ => b.GetType().Name,
        }).ToList();

    [Theory]
    [InlineData(44)]
    [InlineData(50)]
    [InlineData(60)]
    [InlineData(66)]
    [InlineData(76)]
    [InlineData(90)]
    [InlineData(104)]
    public void A_passage_wrapped_at_a_margin_reads_as_written(int columns)
    {
        var wrapped = PrintedLayout.Wrap(Passage, columns);
        Assert.True(wrapped.Split('\n').Length > Passage.Split('\n').Length + 8);
        Assert.Equal(Reading(Passage), Reading(wrapped));
    }

    /// <summary>Seed 002's “1. 电费 …服务环境。” wrapped so that the sentence ends right at the margin: the next line goes on.</summary>
    [Fact]
    public void A_sentence_ending_at_the_margin_does_not_end_the_paragraph()
    {
        var atMargin = Enumerable.Range(40, 90).Select(c => (Columns: c, Text: PrintedLayout.Wrap(Passage, c)))
            .Where(w => w.Text.Split('\n').Any(l => l.EndsWith('。') && l.Sum(ch => ch >= '\u2E80' ? 2 : 1) >= w.Columns - 1)).ToList();
        Assert.True(atMargin.Count >= 5);
        Assert.All(atMargin, w => Assert.Equal(Reading(Passage), Reading(w.Text)));
    }

    [Theory]
    [InlineData("- {0} -", true)]
    [InlineData("— {0} —", false)]
    [InlineData("第 {0} 页", true)]
    [InlineData("第{0}页 共9页", false)]
    [InlineData("{0}/9", false)]
    [InlineData("{0}", true)]
    [InlineData("{0}", false)]
    public void Page_numbers_and_running_headers_between_the_lines_are_left_out(string number, bool formFeed)
    {
        var wrapped = PrintedLayout.Wrap(Passage, 40);
        var paged = PrintedLayout.Paginate(wrapped, 8, n => string.Format(System.Globalization.CultureInfo.InvariantCulture, number, n), "市财政局2020年度部门整体支出绩效自评报告", formFeed);
        Assert.True(paged.Split('\n').Length >= wrapped.Split('\n').Length + 10);
        Assert.Equal(Reading(Passage), Reading(paged));
        Assert.DoesNotContain(Read(paged).Lines, l => l.Text.Contains("绩效自评报告", StringComparison.Ordinal));
    }

    /// <summary>A tab-separated table broken by a page number and a running header goes on as one table.</summary>
    [Fact]
    public void A_table_running_on_to_the_next_page_is_one_table()
    {
        var rows = Enumerable.Range(1, 40).Select(i => $"{i}\t项目{i}\t{10 + i}.50\t{8 + i}.25\t{i}");
        var table = "项目支出绩效自评汇总表\n\n序号\t项目名称\t预算数\t执行数\t得分\n" + string.Join('\n', rows);
        var paged = PrintedLayout.Paginate(table, 12, n => $"第 {n} 页", "市财政局2020年度部门整体支出绩效自评报告", formFeed: true);
        var read = Assert.Single(Read(paged).Blocks.OfType<TableBlock>());
        Assert.Equal(41, read.Rows.Count);
        Assert.Equal(Reading(table), Reading(paged));
    }

    /// <summary>
    /// A report of three pages whose title heads each page: the title on the first page stays (it is the report's title) and
    /// counts as one of the times it is printed, so its copies at the two page breaks are left out; printed at one break only, it stays.
    /// </summary>
    [Theory]
    [InlineData("— {0} —", 2, false)]
    [InlineData("第 {0} 页", 2, false)]
    [InlineData("— {0} —", 1, true)]
    public void A_title_repeated_at_the_page_breaks_is_a_running_header(string number, int breaks, bool kept)
    {
        const string title = "遵义市播州区2023年度农村饮水安全巩固提升项目绩效评价报告";
        var pages = Passage.Split("\n\n").Chunk(3).Take(breaks + 1).Select(p => string.Join("\n\n", p)).ToList();
        var text = title + "\n" + string.Join("\n", pages.Select((p, i) => i == 0 ? p : string.Format(System.Globalization.CultureInfo.InvariantCulture, number, i + 1) + "\n" + title + "\n" + p));
        var lines = Read(text).Lines.Where(l => l.Text == title).Select(l => l.Location.Line).ToList();
        Assert.Equal(kept ? 2 : 1, lines.Count);
        Assert.Equal(1, lines[0]);
    }

    /// <summary>A table flattened one cell to a line has small numbers of its own: a few counting up are no page numbers.</summary>
    [Fact]
    public void Numbers_of_a_table_flattened_one_cell_to_a_line_stay()
    {
        var cells = Enumerable.Range(1, 4).SelectMany(i => new[] { "\t一级指标", $"\t二级指标{i}", "\t指标内容", "\t目标值", "\t实际值", "\t分值", "\t得分", "\t偏差原因", "\t无", "\t无", "\t无", $"{i}" });
        var text = string.Join('\n', cells);
        Assert.Equal(4, Read(text).Lines.Count(l => l.Text.Length is 1 && char.IsAsciiDigit(l.Text[0])));
    }

    /// <summary>Whole sentences of like length, one to a line, are no wrapped text: each stays a paragraph.</summary>
    [Fact]
    public void Sentences_of_like_length_one_to_a_line_stay_apart()
    {
        const string text = """
            本项目资金年初预算数32万元，其中：财政拨款32万元，其他资金0万元。
            本项目资金年度调整金额0万元，其中：财政拨款0万元，其他资金0万元。
            本项目资金变动后预算数32万元，其中：财政拨款32万元，其他资金0万元。
            本项目资金全年执行数20.37万元，其中：财政拨款20.37万元，其他资金0万元。
            本项目预算资金为32万元，到位资金32万元，实际支出资金20.37万元。
            本项目年度绩效目标已基本完成，资金使用符合有关规定，无违规支出。
            """;
        Assert.Equal(6, Read(text).Blocks.OfType<ParagraphBlock>().Count());
    }
}
