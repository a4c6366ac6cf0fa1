using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Plain text whose tables are laid out with runs of spaces (issue 12, classes 7 and 10): text copied out of a PDF viewer,
/// pdftotext -layout, Word/WPS plain-text saves, Excel “带格式文本(空格分隔)” .prn. The tables come back cell for cell.
/// </summary>
public class SpacedTextTests
{
    private static readonly string[][] Summary =
    [
        ["一、一般公共预算财政拨款收入", "1", "2,940.05", "一、一般公共服务支出", "32", "2,106.66"],
        ["二、政府性基金预算财政拨款收入", "2", "0.00", "二、外交支出", "33", "0.00"],
        ["八、其他收入", "8", "6.20", "八、社会保障和就业支出", "39", "326.71"],
        ["", "9", "", "九、卫生健康支出", "40", "60.99"],
        ["本年收入合计", "27", "2,946.25", "本年支出合计", "58", "2,940.05"],
    ];

    private static readonly string[] SummaryHeader = ["项目", "行次", "金额", "项目", "行次", "金额"];

    private static readonly string[][] Income =
    [
        ["合计", "", "2,946.25", "2,940.05", "6.20"],
        ["201", "一般公共服务支出", "2,112.86", "2,106.66", "6.20"],
        ["20106", "财政事务", "2,112.86", "2,106.66", "6.20"],
        ["2010601", "行政运行", "1,511.90", "1,511.89", "0.01"],
        ["2080505", "机关事业单位基本养老保险缴费支出", "160.75", "160.75", "-"],
    ];

    private static readonly string[] IncomeHeader = ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"];

    /// <summary>
    /// Columns padded by characters (a full-width character counted as one, as pdftotext and text copied from a viewer
    /// place them: the columns drift by display width) or by display width (an Excel .prn, a Word plain-text save in a
    /// fixed-pitch layout); with or without a blank line between rows.
    /// </summary>
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Tables_laid_out_with_spaces_come_back_cell_for_cell(bool byDisplayWidth, bool blankBetweenRows)
    {
        var text = Captions("收入支出决算总表", "公开01表") + Lay([SummaryHeader, .. Summary], byDisplayWidth, blankBetweenRows)
            + "\n注：本表反映部门本年度的总收支情况。\n\n" + Captions("收入决算表", "公开02表") + Lay([IncomeHeader, .. Income], byDisplayWidth, blankBetweenRows);
        var tables = Tables(text);
        Assert.Equal(2, tables.Count);
        Assert.Equal([SummaryHeader, .. Summary], Cells(tables[0]));
        Assert.Equal([IncomeHeader, .. Income], Cells(tables[1]));
    }

    /// <summary>
    /// A header over two lines (“本年收入合 / 计”), a name wrapped onto the line under its figures, a name wrapped over and
    /// under its figures (rows a blank line apart), classification codes printed as 类 款 项 in columns of their own, and
    /// amounts a single space apart: each cell comes back whole.
    /// </summary>
    [Fact]
    public void Wrapped_names_two_line_headers_and_code_parts_come_back_whole()
    {
        var text = Captions("收入决算表", "公开02表") + string.Join("\n",
            "功能分类科目编码                        本年收入合     财政拨款收入",
            "                 科目名称               计",
            "类   款   项",
            "",
            "                 合计                   2,946.25 2,940.05",
            "",
            "201              一般公共服务支出       2,112.86 2,106.66",
            "201  06   01     行政运行               1,511.90 1,511.89",
            "",
            "                 机关事业单位基本养老",
            "208  05   05                             160.75   160.75",
            "                 保险缴费支出",
            "",
            "208  05   99     其他行政事业单位养老     0.94     0.94",
            "                 支出",
            "") + "\n注：本表反映部门本年度取得的各项收入情况。\n";
        var table = Assert.Single(Tables(text));
        Assert.Equal(
            [
                ["功能分类科目编码", "科目名称", "本年收入合计", "财政拨款收入"],
                ["", "合计", "2,946.25", "2,940.05"],
                ["201", "一般公共服务支出", "2,112.86", "2,106.66"],
                ["2010601", "行政运行", "1,511.90", "1,511.89"],
                ["2080505", "机关事业单位基本养老保险缴费支出", "160.75", "160.75"],
                ["2080599", "其他行政事业单位养老支出", "0.94", "0.94"],
            ],
            Cells(table));
    }

    /// <summary>A table going on after a page break: the header printed again and the page number are left out, the rows go on.</summary>
    [Fact]
    public void A_table_goes_on_after_a_page_break()
    {
        var text = Captions("支出决算表", "公开03表") + string.Join("\n",
            "科目编码    科目名称              合计       基本支出",
            "201         一般公共服务支出      176.99     176.99",
            "20103       政府办公厅事务        176.99     176.99",
            "",
            "                    - 5 -",
            "\f科目编码    科目名称              合计       基本支出",
            "208         社会保障和就业支出     10.65      10.65",
            "20805       行政事业单位养老支出   10.65      10.65",
            "");
        var table = Assert.Single(Tables(text));
        Assert.Equal(["科目编码", "201", "20103", "208", "20805"], Cells(table).Select(r => r[0]));
        Assert.Equal(["基本支出", "176.99", "176.99", "10.65", "10.65"], Cells(table).Select(r => r[3]));
    }

    /// <summary>
    /// Prose with double spaces and figures, a contents page with page numbers, titles and captions are no table; a text
    /// where one unit caption has no readable table under it gives no table at all (a partial reading would report the
    /// others missing).
    /// </summary>
    [Fact]
    public void Prose_contents_and_partial_readings_give_no_table()
    {
        var prose = string.Join("\n",
            "一、收入支出决算总体情况说明",
            "    2020年度收入总计  204.29万元，支出总计  204.29万元。与上年相比，收入、支出总计各增加  10.00万元，",
            "增长  5.15%。主要原因是人员增加。",
            "第一部分  部门概况                         3",
            "第二部分  部门决算表                       5",
            "第三部分  情况说明                        14",
            "");
        Assert.Empty(Tables(prose));
        var partial = Captions("收入支出决算总表", "公开01表") + Lay([SummaryHeader, .. Summary], false, false)
            + "\n" + Captions("收入决算表", "公开02表") + "本表数字见附件。\n";
        Assert.Empty(Tables(partial));
        var paragraphs = new PlainTextReader().Read("x.txt", Encoding.UTF8.GetBytes(partial)).Blocks.OfType<ParagraphBlock>().Select(p => p.Text);
        Assert.Contains(paragraphs, p => p.Contains("2,940.05", StringComparison.Ordinal));
    }

    private static string Captions(string title, string number) => $"{title}\n{number}\n部门：沁阳市政务服务和大数据管理局\n2020年度\n金额单位：万元\n\n";

    /// <summary>The rows as a converter lays them out: names flush left, figures flush right, columns three spaces apart.</summary>
    private static string Lay(string[][] rows, bool byDisplayWidth, bool blankBetweenRows)
    {
        int Width(string s) => byDisplayWidth ? s.Sum(c => c >= '\u2E80' ? 2 : 1) : s.Length;
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => Width(r[c]))).ToArray();
        var figures = Enumerable.Range(0, rows[0].Length).Select(c => rows.Skip(1).All(r => r[c].Length == 0 || char.IsAsciiDigit(r[c][0]) || r[c] == "-")).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Length; c++)
            {
                var pad = new string(' ', widths[c] - Width(row[c]));
                line.Append(c == 0 ? "" : "   ").Append(figures[c] ? pad + row[c] : row[c] + pad);
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
            if (blankBetweenRows) text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// A refund in 表三 laid out with spaces, as OCR and pdftotext give it: the negative 项目支出 printed “-1.00”, “－1.00”, “- 1.00”
    /// or “－ 1.00” (the sign a space before its figure) or “（1.00）”, flush right under its column: each comes back as one cell
    /// that reads −1.00, not a dash (a stated zero) beside a 1.00.
    /// </summary>
    [Theory]
    [InlineData("-1.00")]
    [InlineData("－1.00")]
    [InlineData("- 1.00")]
    [InlineData("－ 1.00")]
    [InlineData("（1.00）")]
    public void A_negative_amount_with_or_without_a_space_after_its_sign_comes_back_as_one_cell(string negative)
    {
        string Row(string code, string name, string total, string basic, string project) =>
            code.PadRight(12) + name.PadRight(16, '\u3000') + total.PadLeft(10) + basic.PadLeft(12) + project.PadLeft(12);
        var text = Captions("支出决算表", "公开03表") + string.Join("\n",
            Row("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"),
            Row("", "合计", "192.58", "193.58", negative),
            Row("208", "社会保障和就业支出", "10.65", "11.65", negative),
            Row("2080599", "其他行政事业单位养老支出", "0.48", "1.48", negative),
            Row("210", "卫生健康支出", "4.95", "4.95", "0.00"),
            "") + "\n注：本表反映部门本年度各项支出情况。\n";

        var table = Assert.Single(Tables(text));

        Assert.Equal([negative, negative, negative, "0.00"], Cells(table).Skip(1).Select(r => r[4]));
        Assert.Equal(-1.00m, FiscalAudit.Core.Numbers.NumberText.Parse(Cells(table)[1][4])!.Value.Value);
    }

    private static List<TableBlock> Tables(string text) =>
        new PlainTextReader().Read("x.txt", Encoding.UTF8.GetBytes(text)).Blocks.OfType<TableBlock>().ToList();

    private static List<string[]> Cells(TableBlock table) =>
        table.Rows.Select(r => Enumerable.Range(0, table.ColumnCount).Select(c => r.At(c)?.Text ?? string.Empty).ToArray()).ToList();
}
