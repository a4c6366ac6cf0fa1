using System.Text;
using CsCheck;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// A disclosure published as a web page and saved from the browser (.html, .htm), or a Word document saved as a web
/// page: seed 002 written as such pages — one element per line, the whole page on one line in GBK, Word's markup —
/// reads back with the text's tables and findings, and every place is a line of the page as shown.
/// </summary>
public class HtmlPageTests
{
    private static readonly Auditor Auditor = new(new AuditProfile());

    [SharedTheory]
    [InlineData(WebPages.Style.OnePerLine)]
    [InlineData(WebPages.Style.OneLine)]
    [InlineData(WebPages.Style.Word)]
    public void Seed_002_as_a_web_page_gives_the_same_tables_and_findings(WebPages.Style style)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        var expected = Auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text));
        var page = WebPages.Seed(text, style);
        var gbk = style == WebPages.Style.OneLine;
        var bytes = gbk ? Encoding.GetEncoding("GB18030").GetBytes(page) : Encoding.UTF8.GetBytes(page);
        var result = Auditor.Audit("002.html", bytes);
        // The one-line page states its charset (gb2312): decoded in it, nothing guessed.
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA0002");

        Assert.Null(result.ReadError);
        Assert.Equal(9, expected.Disclosure!.Tables.Count);
        Assert.Equal(SameReading.Cells(expected), SameReading.Cells(result));
        Assert.Equal(Rules(expected), Rules(result));
        Assert.Equal(expected.Disclosure.Department, result.Disclosure!.Department);
    }

    [SharedFact]
    public void Every_cell_and_heading_is_located_on_its_line_of_the_page_as_shown()
    {
        var document = new HtmlReader().Read("002.html", Encoding.GetEncoding("GB18030").GetBytes(WebPages.Seed(File.ReadAllText(Repo.Seed("002")), WebPages.Style.OneLine)));
        string Shown(SourceLocation location) => document.Lines.Single(l => l.Location.Line == location.Line).Text;

        var cells = document.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.Text.Length > 0).ToList();
        Assert.True(cells.Count > 300);
        foreach (var cell in cells) Assert.Contains(cell.Text, Shown(cell.Location).Split('\t'));
        var heading = document.Blocks.OfType<HeadingBlock>().First(h => h.Text.Contains("部门职责", StringComparison.Ordinal));
        Assert.EndsWith("部门职责", Shown(heading.Location), StringComparison.Ordinal);
        Assert.True(document.Lines.Select(l => l.Location.Line).Distinct().Count() > 200);
    }

    [Fact]
    public void Scripts_styles_comments_and_the_head_are_not_read()
    {
        const string page = "<html><head><title>某某门户网站</title><style>p{color:red}</style></head>\n<body><script>var a = '一般公共服务支出 199.52';</script>\n"
            + "<!-- 收入合计 100 -->\n<p>本部门2023年度收入合计&nbsp;120.50万元。</p><p>第二段<br>第三段</p></body></html>";
        var document = new HtmlReader().Read("a.htm", Encoding.UTF8.GetBytes(page));

        var text = string.Join("|", document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.DoesNotContain("门户网站", text, StringComparison.Ordinal);
        Assert.DoesNotContain("199.52", text, StringComparison.Ordinal);
        Assert.DoesNotContain("收入合计 100", text, StringComparison.Ordinal);
        Assert.Contains("本部门2023年度收入合计 120.50万元。", text, StringComparison.Ordinal);
        Assert.Equal(1, document.Blocks.OfType<ParagraphBlock>().First().Location.Line);
    }

    [Fact]
    public void Html_fragments_never_crash()
    {
        var pieces = new[]
        {
            "<html>", "<head>", "</head>", "<title>", "<script>", "</script>", "<style>", "<!--", "-->", "<table>", "</table>", "<tr>", "<td colspan=2>",
            "</td>", "<p>", "</p>", "<h2>", "</h2>", "<br>", "合计", "199.52", "一、部门职责", "\n", "&nbsp;", "&#x4E2D;", "<", ">", "<![if !supportLists]>",
            "<a href=\"/zcfg\">", "</a>", "政策法规", "<div class=\"nav-content\">", "<div class=\"left-nav\">", "<div id=\"nav__2\" class=\"-_-\">", "</div>", "<td width=10>", "<th>",
        };
        Gen.Int[0, pieces.Length - 1].Array[0, 400].Sample(picks =>
        {
            var result = Auditor.Audit("fuzz.html", Encoding.UTF8.GetBytes(string.Concat(picks.Select(i => pieces[i]))));
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA0003" || f.Message.Contains("运行出错", StringComparison.Ordinal));
        }, iter: 150);
    }

    [Fact]
    public void A_binary_file_named_html_is_refused_with_its_name()
    {
        var bytes = new byte[2000];
        new Random(7).NextBytes(bytes);
        var e = Assert.Throws<DocumentReadException>(() => DocumentReaders.Default.Read("公开.html", bytes));
        Assert.Contains("“公开.html”不是网页文件", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The findings by rule, severity and message without its places (the lines of a page are not the text's).</summary>
    private static List<string> Rules(AuditResult result) =>
        result.Findings.Select(f => $"{f.RuleId} {f.Severity} {System.Text.RegularExpressions.Regex.Replace(f.Message, @"第\s*\d+(–\d+)?\s*行", "第?行")}").Order(StringComparer.Ordinal).ToList();
}
