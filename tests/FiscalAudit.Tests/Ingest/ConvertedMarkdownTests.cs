using System.Net;
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
    [InlineData("费用为$x$元", "费用为$x$元")]
    public void Latex_around_numbers_is_removed(string converted, string read) =>
        Assert.Equal(read, ((ParagraphBlock)Read(converted).Blocks[0]).Text);

    [SharedFact]
    public void Seed_002_converted_to_html_tables_and_latex_percents_gives_the_same_tables_and_findings()
    {
        var original = File.ReadAllText(Repo.Seed("002"));
        var auditor = new Auditor(new AuditProfile());
        var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(original));
        var converted = auditor.Audit("002.md", Encoding.UTF8.GetBytes(Convert(original)));

        Assert.NotEmpty(expected.Disclosure!.Tables);
        Assert.Equal(SameReading.Cells(expected, printed: true), SameReading.Cells(converted, printed: true));
        Assert.Equal(SameReading.Ids(expected), SameReading.Ids(converted));
    }

    /// <summary>
    /// As a converter writes it: each run of tab-separated lines becomes one HTML table whose header rows
    /// (before the first row with an amount) merge their empty cells — into the filled cell above (rowspan),
    /// else, over columns labelled further down, into the filled cell to the left (colspan) — and every percentage in the text becomes "$N\\%$".
    /// </summary>
    private static string Convert(string text)
    {
        var output = new StringBuilder();
        var table = new List<string[]>();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Contains('\t'))
            {
                table.Add(line.Split('\t'));
                continue;
            }
            if (table.Count > 0) output.AppendLine(Html(table));
            table.Clear();
            output.AppendLine(System.Text.RegularExpressions.Regex.Replace(line, @"(\d+(?:\.\d+)?)%", "$$$1\\%$$"));
        }
        if (table.Count > 0) output.AppendLine(Html(table));
        return output.ToString();
    }

    private sealed class Merged(string text)
    {
        public string Text { get; } = text;
        public int Rows { get; set; } = 1;
        public int Columns { get; set; } = 1;
    }

    private static string Html(List<string[]> rows)
    {
        var headerRows = rows.TakeWhile(r => !r.Any(c => c.Contains('.') && decimal.TryParse(c.Replace(",", ""), out _))).Count();
        var owners = new Dictionary<(int Row, int Column), Merged>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (r < headerRows && rows[r][c].Length == 0 && Owner(owners, r - 1, c) is { Columns: 1 } above)
                {
                    above.Rows++;
                    owners[(r, c)] = above;
                }
                else if (r < headerRows && rows[r][c].Length == 0 && c > 0 && owners.TryGetValue((r, c - 1), out var left) && left.Rows == 1
                         && rows.Take(headerRows).Skip(r + 1).Any(below => c < below.Length && below[c].Length > 0))
                {
                    left.Columns++;
                    owners[(r, c)] = left;
                }
                else owners[(r, c)] = new Merged(rows[r][c]);
            }
        }
        var html = new StringBuilder("<table>");
        for (var r = 0; r < rows.Count; r++)
        {
            html.Append("<tr>");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = owners[(r, c)];
                if ((c > 0 && owners[(r, c - 1)] == cell) || (r > 0 && Owner(owners, r - 1, c) == cell)) continue;
                html.Append("<td");
                if (cell.Rows > 1) html.Append($" rowspan=\"{cell.Rows}\"");
                if (cell.Columns > 1) html.Append($" colspan=\"{cell.Columns}\"");
                html.Append('>').Append(WebUtility.HtmlEncode(cell.Text)).Append("</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</table>").ToString();
    }

    private static Merged? Owner(Dictionary<(int Row, int Column), Merged> owners, int row, int column) =>
        owners.TryGetValue((row, column), out var owner) && owner.Text.Length > 0 ? owner : null;
}
