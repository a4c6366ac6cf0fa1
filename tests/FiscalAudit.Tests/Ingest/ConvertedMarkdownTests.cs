using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Markdown produced by PDF/Word converters: HTML &lt;table&gt; blocks with row and column spans, and
/// numbers wrapped in LaTeX ("$95\%$", "\%"), are read as tables and numbers.
/// </summary>
public class ConvertedMarkdownTests
{
    private static SourceDocument Read(string text) => new PlainTextReader().Read("转换.md", Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Row_and_column_spans_place_each_cell_at_its_grid_column()
    {
        var doc = Read("""
            说明文字。
            <table><tr><td rowspan="2">项目</td><td colspan=2>本年</td><td rowspan='2'>备注</td></tr>
            <tr><th>预算数</th><th>决算数</th></tr>
            <tr><td>一般公共服务支出</td><td>1,234.50</td><td>1,200.00</td><td></td></tr></table>
            后文。
            """);

        Assert.Equal("说明文字。", ((ParagraphBlock)doc.Blocks[0]).Text);
        var table = Assert.IsType<TableBlock>(doc.Blocks[1]);
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal((2, 1), (table.Rows[0].At(0)!.RowSpan, table.Rows[0].At(0)!.ColumnSpan));
        Assert.Equal("本年", table.Rows[0].At(2)!.Text);
        Assert.Equal("预算数", table.Rows[1].At(1)!.Text);
        Assert.Equal("决算数", table.Rows[1].At(2)!.Text);
        Assert.Null(table.Rows[1].Cells.FirstOrDefault(c => c.Column == 0));
        Assert.Equal("1,200.00", table.Rows[2].At(2)!.Text);
        Assert.Equal("后文。", ((ParagraphBlock)doc.Blocks[2]).Text);
    }

    [Fact]
    public void A_table_over_many_lines_keeps_each_rows_line_and_survives_missing_closing_tags()
    {
        var doc = Read("<table>\n<thead>\n<tr><th>项目<th>金额\n</thead>\n<tr><td>本年收入合计<br/>（含结转）<td>&nbsp;199.52\n<tr><td>A &amp; B</td><td>3</td>\n</table>\n");

        var table = Assert.IsType<TableBlock>(Assert.Single(doc.Blocks));
        Assert.Equal(["项目", "金额"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["本年收入合计（含结转）", "199.52"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal("A & B", table.Rows[2].At(0)!.Text);
        Assert.Equal([3, 5, 6], table.Rows.Select(r => r.Location.Line!.Value));
        Assert.Contains(doc.Lines, l => l.Text == "本年收入合计（含结转）\t199.52" && l.Location.Line == 5);
    }

    [Fact]
    public void An_unclosed_table_at_the_end_of_the_file_is_still_read()
    {
        var table = Assert.IsType<TableBlock>(Assert.Single(Read("<table><tr><td>合计</td><td>5.00</td>").Blocks));
        Assert.Equal("5.00", table.Rows[0].At(1)!.Text);
    }

    [Theory]
    [InlineData("完成年初预算的$95\\%$。", "完成年初预算的95%。")]
    [InlineData("增长$12.5 \\%$，", "增长12.5%，")]
    [InlineData("下降 $-3.20\\%$", "下降 -3.20%")]
    [InlineData("占比 45.6\\%", "占比 45.6%")]
    [InlineData("合计$1,234.56$万元", "合计1,234.56万元")]
    [InlineData("支出合计$192.58$\\text{万元}，其中$1,234.56$ \\text {万元}", "支出合计192.58万元，其中1,234.56 万元")]
    [InlineData("结转$4.77$\\mbox{万元}。", "结转4.77万元。")]
    [InlineData("费用为$x$元", "费用为$x$元")]
    public void Latex_around_numbers_is_removed(string converted, string read) =>
        Assert.Equal(read, ((ParagraphBlock)Read(converted).Blocks[0]).Text);

    [Theory]
    [InlineData("指标值 $\\geq 9 5 \\%$，实际 $96.5\\%$", "指标值 ≥95%，实际 96.5%")]
    [InlineData("成本控制在$\\leq 6 1 0 . 7 0\\mathrm{万元}$以内", "成本控制在≤610.70万元以内")]
    [InlineData("收入合计$3,600.68 \\mathrm{万元}$，占$\\mathrm{96.00\\%}$", "收入合计3,600.68万元，占96.00%")]
    [InlineData("得分区间$90 \\sim 100$分，$\\geqslant 3.2\\text{万户}$", "得分区间90~100分，≥3.2万户")]
    [InlineData("办公用房面积$1,200\\mathrm{m}^{2}$，容积$3 \\mathrm{m}^3$", "办公用房面积1,200m²，容积3m³")]
    [InlineData("公式$a \\geq b$不变", "公式$a \\geq b$不变")]
    [InlineData("含$\\frac{1}{2}$的公式", "含$\\frac{1}{2}$的公式")]
    [InlineData("\\textbf{本年收入合计}为$\\mathbf{199.52}$万元", "本年收入合计为199.52万元")]
    [InlineData("其中\\emph{基本支出}和 \\textit {项目支出}", "其中基本支出和 项目支出")]
    [InlineData("公式$\\textbf{x} + y$与\\textbf{合计}", "公式$\\textbf{x} + y$与合计")]
    [InlineData("命令\\newline{}与\\textbf{未闭合", "命令\\newline{}与\\textbf{未闭合")]
    public void Latex_signs_and_units_are_read_as_their_text_and_other_formulas_are_kept(string converted, string read) =>
        Assert.Equal(read, ((ParagraphBlock)Read(converted).Blocks[0]).Text);

    [Theory]
    [InlineData("“三公”经费支出&nbsp;0.50&nbsp;万元", "“三公”经费支出 0.50 万元")]
    [InlineData("&ldquo;三公&rdquo;经费&amp;其他&#12288;支出&#x4E00;", "“三公”经费&其他\u3000支出一")]
    [InlineData("R&D 与 &nosuch 及 &#;", "R&D 与 &nosuch 及 &#;")]
    public void Html_entities_in_running_text_are_read_as_their_characters(string converted, string read) =>
        Assert.Equal(read, ((ParagraphBlock)Read(converted).Blocks[0]).Text);

    [Theory]
    [InlineData("1\\. 一般公共服务支出（类）年初预算为6万元。", "1. 一般公共服务支出（类）年初预算为6万元。")]
    [InlineData("详见附件\\[1\\]，说明\\*号为估算数。", "详见附件[1]，说明*号为估算数。")]
    [InlineData("路径 C:\\data\\决算 保持不变", "路径 C:\\data\\决算 保持不变")]
    public void Pandoc_backslash_escapes_are_removed(string converted, string read) =>
        Assert.Equal(read, ((ParagraphBlock)Read(converted).Blocks[0]).Text);

    /// <summary>
    /// A pipe table whose header rows a converter joined in one line by &lt;br&gt; (表三's 项目/科目编码/科目名称 and 栏次):
    /// the header comes back as rows, column numbers on the last; a body cell's &lt;br&gt; (a wrapped amount) joins its text.
    /// </summary>
    [Fact]
    public void A_pipe_header_joined_by_line_breaks_is_read_as_its_header_rows()
    {
        var doc = Read("""
            | 项目<br>功能分类 科目编码<br>栏次 | 项目<br>科目名称 | 本年支出合计<br>1 | 基本支出<br/>2 | 项目支出 |
            | --- | --- | --- | --- | --- |
            | 201 | 一般公共<br>服务支出 | 176.<br>99 | 176.99 | 0.00 |
            """);

        var table = Assert.IsType<TableBlock>(Assert.Single(doc.Blocks));
        Assert.Equal(
            [["项目", "项目", "本年支出合计", "基本支出", "项目支出"], ["功能分类 科目编码", "科目名称", "", "", ""], ["栏次", "", "1", "2", ""], ["201", "一般公共服务支出", "176.99", "176.99", "0.00"]],
            table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
    }

    /// <summary>
    /// A GFM pipe table without bars at the ends of its lines: its delimiter row under a header of as many cells makes it a
    /// table; an empty first or last cell keeps its place by the bar left at that end, an escaped bar stays in its cell.
    /// </summary>
    [Fact]
    public void A_pipe_table_without_end_bars_is_read_cell_for_cell()
    {
        var doc = Read("""
            收入支出决算总表
            收 入 | 行次 | 金 额 |
            :---: | :---: | ---:
            一、一般公共预算财政拨款收入 | 1 | 199.52
             | 9 |
            A\|B 两类 | 2 | 0.00
            注：本表反映部门本年度的总收支。
            """);

        Assert.Equal("收入支出决算总表", ((ParagraphBlock)doc.Blocks[0]).Text);
        var table = Assert.IsType<TableBlock>(doc.Blocks[1]);
        Assert.Equal(
            [["收 入", "行次", "金 额"], ["一、一般公共预算财政拨款收入", "1", "199.52"], ["", "9", ""], ["A|B 两类", "2", "0.00"]],
            table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
        Assert.Equal(4, table.Rows[1].Location.Line);
        Assert.Equal("注：本表反映部门本年度的总收支。", ((ParagraphBlock)doc.Blocks[2]).Text);
    }

    [Theory]
    [InlineData("收入 | 支出\n合计为 199.52 万元。")]
    [InlineData("收入 | 支出 | 结余\n--- | ---\n1 | 2 | 3")]
    [InlineData("--- | ---\n收入 | 支出")]
    public void Bars_in_text_without_a_delimiter_row_of_as_many_cells_under_them_are_no_table(string text) =>
        Assert.Empty(Read(text).Blocks.OfType<TableBlock>());

    [Theory]
    [InlineData("| <br> | a<br> |\n| --- | --- |\n| 1 | 2 |")]
    [InlineData("| <br><br> |\n| x |")]
    [InlineData("| a<br>b | <BR/>1<br>2<br>3 |")]
    public void A_pipe_header_with_empty_or_lone_line_breaks_is_still_one_table(string text) =>
        Assert.Single(Read(text).Blocks.OfType<TableBlock>());

    [Theory]
    [InlineData("项目支出100.00$^{1}$万元，", "项目支出100.00万元，")]
    [InlineData("其中基本支出$^{2}$为 85.20 $^ { 12 }$万元", "其中基本支出为 85.20 万元")]
    [InlineData("执行率为98.50%$^3$，详见注释。", "执行率为98.50%，详见注释。")]
    [InlineData("（含结转）$^{1}$合计", "（含结转）合计")]
    [InlineData("办公用房面积1,200m$^{2}$", "办公用房面积1,200m²")]
    [InlineData("$^{1}$注：本表金额单位为万元", "^1注：本表金额单位为万元")]
    [InlineData("项目支出100.00$^{123}$万元", "项目支出100.00^123万元")]
    [InlineData("项目支出$100.00^{1}$万元，", "项目支出100.00万元，")]
    [InlineData("合计$\\mathbf{199.52}^{2}$万元", "合计199.52万元")]
    [InlineData("执行率$95\\%^{1}$，增长$1 2 . 6 0 ^ { 3 }$万元", "执行率95%，增长12.60万元")]
    [InlineData("面积$1,200.50\\mathrm{m}^{2}$", "面积1,200.50m²")]
    [InlineData("共$12^{2}$个", "共12²个")]
    public void A_footnote_mark_after_a_word_or_a_figure_is_dropped_and_a_units_power_kept(string converted, string read) =>
        Assert.Equal(read, ((ParagraphBlock)Read(converted).Blocks[0]).Text);

    [Fact]
    public void A_footnote_mark_in_a_table_cell_leaves_its_amount_as_printed()
    {
        var table = Assert.IsType<TableBlock>(Read("""
            | 项目 | 金额 |
            |---|---|
            | 项目支出$^{1}$ | 100.00$^{1}$ |
            | 合计 | $1 0 0 . 0 0$$^{2}$ |
            """).Blocks[0]);

        Assert.Equal(["项目支出", "100.00"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["合计", "100.00"], table.Rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Picture_and_comment_lines_are_no_text_a_picture_follows_its_paragraph_and_an_escaped_bar_stays_in_its_cell()
    {
        var doc = Read("""
            本年收入合计199.52万元，
            ![](images/0a1b2c3d.jpg)
            <!-- Media -->
            其中财政拨款收入199.52万元。

            | 项目 | 说明 |
            |---|---|
            | 办公费 | A\|B 两类 |
            """);

        Assert.Equal("本年收入合计199.52万元，其中财政拨款收入199.52万元。", ((ParagraphBlock)doc.Blocks[0]).Text);
        Assert.Equal(2, Assert.IsType<PictureBlock>(doc.Blocks[1]).Location.Line);
        var table = Assert.IsType<TableBlock>(doc.Blocks[2]);
        Assert.Equal(["办公费", "A|B 两类"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.DoesNotContain(doc.Lines, l => l.Text.Contains("images/", StringComparison.Ordinal) || l.Text.Contains("<!--", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("$1 2 . 6 \\%$", "12.6%")]
    [InlineData("$- 3 . 2 0 \\%$", "-3.20%")]
    [InlineData("$1 , 2 3 4 . 5 6$万元", "1,234.56万元")]
    [InlineData("占 $1 0 0 \\%$。", "占 100%。")]
    public void Latex_numbers_written_a_token_at_a_time_are_read_as_numbers(string converted, string read) =>
        Assert.Equal(read, ((ParagraphBlock)Read(converted).Blocks[0]).Text);

    [Fact]
    public void Title_unit_and_note_rows_merged_across_the_table_are_paragraphs_around_it()
    {
        var doc = Read("""
            <table>
            <tr><td colspan="4">一般公共预算财政拨款基本支出决算表</td></tr>
            <tr><td colspan="4">公开06表</td></tr>
            <tr><td colspan="4">金额单位：万元</td></tr>
            <tr><td>科目编码</td><td>科目名称</td><td>决算数</td><td>备注</td></tr>
            <tr><td>301</td><td>工资福利支出</td><td>116.08</td><td></td></tr>
            <tr><td colspan="4">注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。</td></tr>
            </table>
            """);

        Assert.Equal(["一般公共预算财政拨款基本支出决算表", "公开06表", "金额单位：万元"], doc.Blocks.Take(3).Select(b => ((ParagraphBlock)b).Text));
        var table = Assert.IsType<TableBlock>(doc.Blocks[3]);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["科目编码", "科目名称", "决算数", "备注"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(5, table.Rows[0].Location.Line);
        Assert.Equal("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", ((ParagraphBlock)doc.Blocks[4]).Text);
        Assert.Equal(5, doc.Blocks.Count);
    }

    [Fact]
    public void A_table_laid_on_a_finer_grid_is_read_on_its_own_columns()
    {
        var table = Assert.IsType<TableBlock>(Assert.Single(Read("""
            <table><tr><td colspan="3">项目</td><td colspan="2">本年支出</td><td colspan="2"></td></tr>
            <tr><td colspan="3">合计</td><td colspan="2">192.58</td><td colspan="2">0.00</td></tr></table>
            """).Blocks));

        Assert.Equal(3, table.ColumnCount);
        Assert.Equal([(0, "项目"), (1, "本年支出"), (2, "")], table.Rows[0].Cells.Select(c => (c.Column, c.Text)));
        Assert.Equal([(0, "合计"), (1, "192.58"), (2, "0.00")], table.Rows[1].Cells.Select(c => (c.Column, c.Text)));
    }

    [Fact]
    public void A_grid_table_reads_each_row_between_its_rules_with_wrapped_cells_joined()
    {
        var doc = Read("""
            注：单位为万元。
            +------------+----------------------+-----------+
            | 科目编码   | 科目名称             | 决算数    |
            +============+======================+===========+
            | 2080505    | 机关事业单位基本养老 | 10.17     |
            |            | 保险缴费支出         |           |
            +------------+----------------------+-----------+
            | 2080599    | 其他行政事业单位养老 | 0.48      |
            |            | 支出                 |           |
            +------------+----------------------+-----------+
            后文。
            """);

        var table = Assert.IsType<TableBlock>(doc.Blocks[1]);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["科目编码", "科目名称", "决算数"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["2080505", "机关事业单位基本养老保险缴费支出", "10.17"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["2080599", "其他行政事业单位养老支出", "0.48"], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal(5, table.Rows[1].Location.Line);
        Assert.Equal("后文。", ((ParagraphBlock)doc.Blocks[2]).Text);
    }

    /// <summary>
    /// Seed 002 as converters write it, each time differently (see <see cref="ConverterStyle"/>): its tables and
    /// findings are those of the text.
    /// </summary>
    [SharedTheory]
    [InlineData("MinerU: one line per table in html/body, spans, percents as $N\\%$")]
    [InlineData("MinerU, percents written a token at a time")]
    [InlineData("thead/tbody over many lines, <br> in long cells, &nbsp; for blanks")]
    [InlineData("tables split at a page break, header repeated")]
    [InlineData("tables split at a page break, header not repeated")]
    [InlineData("title, 公开0N表, 部门, 年度, 单位 and notes as rows merged across the table")]
    [InlineData("every cell merged over two grid columns")]
    [InlineData("pandoc grid tables")]
    [InlineData("pandoc grid tables, long labels wrapped over lines")]
    [InlineData("docling: pipe tables repeating merged header cells, bold lines for headings")]
    [InlineData("MinerU: signs, percents and units in LaTeX in text and cells")]
    [InlineData("pandoc: escaped item numbers and brackets, pipe tables")]
    [InlineData("MinerU: amounts in math, totals in bold, body labels spanning the columns beside them")]
    [InlineData("narrow cells: amounts wrapped by <br>, blanks as “$-$”")]
    [InlineData("marker: pipe tables with the header rows joined in one line by <br>")]
    [InlineData("marker: pipe tables with one header line, amounts in math, totals in bold")]
    [InlineData("split tables continued under a “续表” line, header repeated")]
    [InlineData("split tables continued under a “## 续表” heading, header not repeated")]
    [InlineData("Word HTML: <p> in every cell, empty <th> header cells, no spans")]
    [InlineData("captions taken for headings of different levels")]
    [InlineData("MinerU: the table cut out as a picture over it")]
    [InlineData("docling: <!-- image --> over each table, pipe tables")]
    [InlineData("HTML entities in running text, &nbsp; in blank cells")]
    [InlineData("GFM pipe tables without end bars, “:---:” delimiters")]
    [InlineData("MinerU: footnote marks inside the totals' math, amounts in text as $N$\\text{万元}")]
    [InlineData("Word HTML: thead/tbody, <p><span style> in cells, <br/> between spans")]
    [InlineData("each HTML cell on its own line, row headers as <th scope=row>")]
    [InlineData("HTML tables split by the page number printed at the foot of the page")]
    [InlineData("pipe tables split by the page number printed at the foot of the page")]
    [InlineData("full-width ％ in cells, pipe tables")]
    [InlineData("percent signs left out of cells")]
    [InlineData("100% in cells as 百分之百, pipe tables")]
    [InlineData("table titles as <caption>")]
    [InlineData("old Word/WPS HTML: capital tags, <COLGROUP>, <FONT> in cells")]
    public void Seed_002_converted_to_html_tables_and_latex_percents_gives_the_same_tables_and_findings(string style)
    {
        var (expected, converted, _) = ReadBoth("002", style);

        Assert.Equal(9, expected.Disclosure!.Tables.Count);
        Assert.Equal(SameReading.Cells(expected, printed: true), SameReading.Cells(converted, printed: true));
        Assert.Equal(SameReading.Findings(expected), SameReading.Findings(converted));
    }

    /// <summary>
    /// Three errors planted in seed 002 (表三's 基本支出 of 2080505, two shares in the 情况说明), converted in styles the reader
    /// once missed (pipe tables without end bars; footnote marks inside a total's math and “$N$\text{万元}” in the text): each is
    /// found once, at its row or on the line that holds it, and nothing else changes.
    /// </summary>
    [SharedTheory]
    [InlineData("GFM pipe tables without end bars, “:---:” delimiters")]
    [InlineData("MinerU: footnote marks inside the totals' math, amounts in text as $N$\\text{万元}")]
    public void Three_errors_planted_in_converted_seed_002_are_each_found_once_at_their_place(string style)
    {
        var original = File.ReadAllText(Repo.Seed("002"));
        var planted = Planting.Planted(original, "seed 002", PlantedAcrossFormatsTests.Plants);
        var converted = ConvertedMarkdown.Write(planted, ConverterStyle.Named(style));
        var auditor = new Auditor(new AuditProfile());
        var clean = auditor.Audit("002.md", Encoding.UTF8.GetBytes(ConvertedMarkdown.Write(original, ConverterStyle.Named(style))));

        var result = auditor.Audit("002.md", Encoding.UTF8.GetBytes(converted));

        var lines = converted.Split('\n').ToList();
        int Line(string anchor) => Assert.Single(lines.Select((l, n) => (l, n)), x => x.l.Contains(anchor, StringComparison.Ordinal)).n + 1;
        var added = result.Findings.Where(f => !clean.Findings.Any(c => c.Id == f.Id))
            .Select(f => $"{f.RuleId}|{f.Location.Table}|{f.Location.Row}|{(f.Location.Table is null ? f.Location.Source?.Line : null)}").Order(StringComparer.Ordinal);
        // The wrong 基本支出 breaks its row's sum (FA1005) and its 款's (FA1006): one finding names both, under the rule of its column.
        Assert.Equal(["FA1006|T3|2080505 机关事业单位基本养老保险缴费支出|", $"FA3002|||{Line("2020 年度收入合计")}", $"FA3002|||{Line("社会保障和就业（类）支出")}"], added);
        Assert.Equal(SameReading.Ids(clean).Count, result.Findings.Count - 3);
    }

    /// <summary>The converter styles seed 001 is written in.</summary>
    public static TheoryData<string> Seed001Styles => new(
    [
        "MinerU: one line per table in html/body, spans, percents as $N\\%$", "thead/tbody over many lines, <br> in long cells, &nbsp; for blanks",
        "title, 公开0N表, 部门, 年度, 单位 and notes as rows merged across the table", "every cell merged over two grid columns", "pandoc grid tables",
        "pandoc grid tables, long labels wrapped over lines", "docling: pipe tables repeating merged header cells, bold lines for headings",
        "marker: pipe tables with the header rows joined in one line by <br>", "GFM pipe tables without end bars, “:---:” delimiters",
        "Word HTML: <p> in every cell, empty <th> header cells, no spans", "Word HTML: thead/tbody, <p><span style> in cells, <br/> between spans",
        "each HTML cell on its own line, row headers as <th scope=row>", "table titles as <caption>", "old Word/WPS HTML: capital tags, <COLGROUP>, <FONT> in cells",
        "docling: pipe tables repeating merged body cells on every row they cover",
    ]);

    /// <summary>Seed <paramref name="seed"/> read as its text and as <paramref name="style"/> writes it, with what was written.</summary>
    private static (AuditResult Text, AuditResult Converted, string Markdown) ReadBoth(string seed, string style)
    {
        var original = File.ReadAllText(Repo.Seed(seed));
        var auditor = new Auditor(new AuditProfile());
        var markdown = ConvertedMarkdown.Write(original, ConverterStyle.Named(style));
        return (auditor.Audit(seed + ".txt", Encoding.UTF8.GetBytes(original)), auditor.Audit(seed + ".md", Encoding.UTF8.GetBytes(markdown)), markdown);
    }

    /// <summary>
    /// Seed 001, whose two tables the text has flattened one cell a line (a row's cells on lines of their own, rows apart by a
    /// blank line), as converters write the tables themselves (see <see cref="ConverterStyle"/>): its 41-indicator tree, scores
    /// and findings are those of the text.
    /// </summary>
    [SharedTheory]
    [MemberData(nameof(Seed001Styles))]
    public void Seed_001_with_its_one_cell_a_line_tables_converted_gives_the_same_evaluation_and_findings(string style)
    {
        var (expected, converted, markdown) = ReadBoth("001", style);

        Assert.DoesNotContain("\t", markdown, StringComparison.Ordinal);
        Assert.Equal(41, Evaluation(expected).Count(i => i.StartsWith("3 ", StringComparison.Ordinal)));
        Assert.Equal(Evaluation(expected), Evaluation(converted));
        Assert.Equal(SameReading.Ids(expected), SameReading.Ids(converted));
    }

    /// <summary>Each department evaluation's total, grade and indicators (level, code, name, weight, score).</summary>
    private static List<string> Evaluation(AuditResult result) =>
        result.Disclosure!.Evaluations.Departments.SelectMany(d => d.All().Select(i => $"{i.Level} {i.Code} {i.Name} {i.Weight?.Value} {i.Score?.Value}")
            .Prepend($"{d.Title} {d.TotalWeight?.Value} {d.TotalScore?.Value} {d.Grade} {d.RecomputedScore}")).ToList();

    /// <summary>
    /// Seed 002 with every empty cell under a header filled with a dash, as publishers and converters print them: the same
    /// figures (a dash prints no figure) and findings as the text.
    /// </summary>
    [SharedTheory]
    [InlineData("empty cells as “—”, pictures and page numbers between tables")]
    [InlineData("empty cells as “-” in pipe tables")]
    public void Seed_002_with_dashes_in_empty_cells_gives_the_same_figures_and_findings(string style)
    {
        var original = File.ReadAllText(Repo.Seed("002"));
        var auditor = new Auditor(new AuditProfile());
        var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(original));
        var converted = auditor.Audit("002.md", Encoding.UTF8.GetBytes(ConvertedMarkdown.Write(original, ConverterStyle.Named(style))));

        static List<string> Figures(AuditResult result) => SameReading.Cells(result).Where(c => !c.EndsWith('|')).ToList();
        Assert.NotEmpty(Figures(expected));
        Assert.Equal(Figures(expected), Figures(converted));
        Assert.Equal(SameReading.Ids(expected), SameReading.Ids(converted));
    }
}
