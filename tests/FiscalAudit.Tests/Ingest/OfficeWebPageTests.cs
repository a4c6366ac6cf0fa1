using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Word and Excel “网页” files as government sites publish them: a .doc or .xls that is really a web page Word or Excel
/// saved (xmlns:o markup, &lt;o:p&gt;, tables with rowspan and colspan), often in GBK or another charset its meta states,
/// and single-file web pages (MHTML: .mht, .mhtml, or .doc/.xls) whose page part is quoted-printable or base64 — read by
/// the web-page reader, each part in its charset, as the same tables and findings as the page saved as UTF-8 HTML.
/// </summary>
public class OfficeWebPageTests
{
    static OfficeWebPageTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static Encoding Gbk => Encoding.GetEncoding("GB18030");

    private const string Head = "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\r\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\nxmlns:w=\"urn:schemas-microsoft-com:office:word\"\r\nxmlns=\"http://www.w3.org/TR/REC-html40\">\r\n\r\n<head>\r\n<meta http-equiv=Content-Type content=\"text/html; charset={0}\">\r\n<meta name=ProgId content=Word.Document>\r\n<meta name=Generator content=\"Microsoft Word 15\">\r\n<title>2023年度部门决算</title>\r\n<!--[if gte mso 9]><xml>\r\n <o:DocumentProperties>\r\n  <o:Author>财政局</o:Author>\r\n </o:DocumentProperties>\r\n</xml><![endif]-->\r\n<style>\r\n<!--\r\np.MsoNormal {{margin:0cm;font-size:10.5pt;font-family:宋体}}\r\n-->\r\n</style>\r\n</head>\r\n\r\n<body lang=ZH-CN style='tab-interval:21.0pt'>\r\n<div class=WordSection1>\r\n";

    /// <summary>A 公开表 as Word exports it: the header over two rows (项目 spanning both, 本年支出 over 基本支出 and 项目支出).</summary>
    private const string Body = "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:方正小标宋简体'>支出决算表<span lang=EN-US><o:p></o:p></span></span></b></p>\r\n"
        + "<p class=MsoNormal><span style='font-family:仿宋_GB2312'>本部门2023年度支出合计199.52万元。<span lang=EN-US><o:p></o:p></span></span></p>\r\n"
        + "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>\r\n"
        + " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>\r\n  <td width=200 rowspan=2 style='border:solid windowtext 1.0pt'>\r\n  <p class=MsoNormal align=center><span>项目</span></p>\r\n  </td>\r\n  <td width=300 colspan=2 style='border:solid windowtext 1.0pt'>\r\n  <p class=MsoNormal align=center><span>本年支出</span></p>\r\n  </td>\r\n </tr>\r\n"
        + " <tr style='mso-yfti-irow:1'>\r\n  <td><p class=MsoNormal align=center><span>基本支出</span></p></td>\r\n  <td><p class=MsoNormal align=center><span>项目支出</span></p></td>\r\n </tr>\r\n"
        + " <tr style='mso-yfti-irow:2'>\r\n  <td><p class=MsoNormal><span>一般公共服务支出</span></p></td>\r\n  <td><p class=MsoNormal align=right><span lang=EN-US>120.30<o:p></o:p></span></p></td>\r\n  <td><p class=MsoNormal align=right><span lang=EN-US>79.22<o:p></o:p></span></p></td>\r\n </tr>\r\n"
        + " <tr style='mso-yfti-irow:3;mso-yfti-lastrow:yes'>\r\n  <td><p class=MsoNormal><span>合计</span></p></td>\r\n  <td><p class=MsoNormal align=right><span lang=EN-US>120.30</span></p></td>\r\n  <td><p class=MsoNormal align=right><span lang=EN-US>79.22</span></p></td>\r\n </tr>\r\n</table>\r\n"
        + "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\r\n</div>\r\n</body>\r\n\r\n</html>\r\n";

    private static string Page(string charset) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Head, charset) + Body;

    public static TheoryData<string, string> Charsets => new()
    {
        { "部门决算.doc", "gb2312" },
        { "部门决算.doc", "gbk" },
        { "公开表.xls", "gb2312" },
        { "部门决算.htm", "gb2312" },
        { "部门决算.doc", "utf-8" },
        { "公开表.et", "GB18030" },
    };

    [Theory]
    [MemberData(nameof(Charsets))]
    public void A_word_page_in_the_charset_its_meta_states_is_read_with_its_table(string name, string charset)
    {
        var document = DocumentReaders.Default.Read(name, Encoding.GetEncoding(charset).GetBytes(Page(charset)));

        AssertTable(document, name);
        Assert.Empty(document.Notes);
    }

    /// <summary>Big5 bytes decoded as GBK would be garbled: the stated charset is what decodes them.</summary>
    [Theory]
    [InlineData("部門決算.htm", "<meta http-equiv=Content-Type content=\"text/html; charset=big5\">")]
    [InlineData("部門決算.doc", "<meta charset=\"big5\">")]
    public void A_page_in_big5_is_decoded_in_the_charset_it_states(string name, string meta)
    {
        var page = $"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>{meta}</head><body><p class=MsoNormal>本部門2023年度支出合計199.52萬元。<o:p></o:p></p></body></html>";
        var document = DocumentReaders.Default.Read(name, Encoding.GetEncoding("big5").GetBytes(page));
        Assert.Equal("本部門2023年度支出合計199.52萬元。", Assert.IsType<ParagraphBlock>(Assert.Single(document.Blocks)).Text);
        Assert.Empty(document.Notes);
    }

    [Fact]
    public void A_page_without_a_stated_charset_is_guessed_as_gbk_and_noted()
    {
        var document = DocumentReaders.Default.Read("部门决算.doc", Gbk.GetBytes(Page("gb2312").Replace("<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">", string.Empty, StringComparison.Ordinal)));
        AssertTable(document, "部门决算.doc");
        Assert.Equal("网页不是 UTF-8 编码，已按 GB18030（GBK）解码。", Assert.Single(document.Notes).Message);
    }

    public static TheoryData<string, string, string, string> SingleFiles => new()
    {
        { "部门决算.mht", "quoted-printable", "gb2312", "" },
        { "部门决算.mhtml", "base64", "utf-8", "" },
        { "部门决算.doc", "quoted-printable", "gb2312", "" },
        { "公开表.xls", "base64", "gbk", "" },
        { "部门决算.mht", "quoted-printable", "gbk", "From: <由 Windows Internet Explorer 8 保存>\r\nSubject: 2023年度部门决算\r\nDate: Mon, 6 May 2024 09:12:33 +0800\r\n" },
    };

    [Theory]
    [MemberData(nameof(SingleFiles))]
    public void A_single_file_web_page_is_read_from_its_html_part_in_its_charset(string name, string encoding, string charset, string preamble)
    {
        var page = Encoding.GetEncoding(charset).GetBytes(Page(charset));
        var content = SingleFileWebPages.Of(
        [
            new WebPagePiece($"text/html; charset=\"{charset}\"", "file:///C:/D3A1F2B6/2023.htm", page, encoding),
            new WebPagePiece("image/png", "file:///C:/D3A1F2B6/2023.files/image001.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[90]], "base64"),
            new WebPagePiece("text/xml; charset=\"utf-8\"", "file:///C:/D3A1F2B6/2023.files/filelist.xml", "<xml xmlns:o=\"urn:schemas-microsoft-com:office:office\"><o:File HRef=\"image001.png\"/></xml>"u8.ToArray(), "quoted-printable"),
        ], preamble);

        var document = DocumentReaders.Default.Read(name, content);

        AssertTable(document, name);
        Assert.Empty(document.Notes);
        Assert.DoesNotContain(document.Lines, l => l.Text.Contains("o:File", StringComparison.Ordinal) || l.Text.Contains("单个文件网页", StringComparison.Ordinal));
    }

    [Fact]
    public void An_excel_single_file_page_gives_every_sheet_in_order()
    {
        var frameset = Gbk.GetBytes("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"><meta name=ProgId content=Excel.Sheet></head><frameset rows=\"*,39\" border=0><frame src=\"sheet001.htm\" name=\"frSheet\"><frame src=\"tabstrip.htm\" name=\"frTabs\"></frameset></html>");
        byte[] Sheet(string title, string row) => Gbk.GetBytes($"<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body><table x:str border=0 cellpadding=0 cellspacing=0><tr><td colspan=2 class=xl65>{title}</td></tr><tr><td>项目</td><td>金额</td></tr><tr><td>{row}</td><td align=right x:num>199.52</td></tr></table></body></html>");
        var content = SingleFileWebPages.Of(
        [
            new WebPagePiece("text/html; charset=\"gb2312\"", "file:///C:/E1/2023.htm", frameset, "quoted-printable"),
            new WebPagePiece("text/html; charset=\"gb2312\"", "file:///C:/E1/2023.files/sheet001.htm", Sheet("收入决算表", "本年收入合计"), "quoted-printable"),
            new WebPagePiece("text/html; charset=\"gb2312\"", "file:///C:/E1/2023.files/sheet002.htm", Sheet("支出决算表", "本年支出合计"), "base64"),
        ]);

        var document = DocumentReaders.Default.Read("公开表.xls", content);

        var tables = document.Blocks.OfType<TableBlock>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["本年收入合计|199.52", "本年支出合计|199.52"], tables.Select(t => string.Join("|", t.Rows[^1].Cells.Select(c => c.Text))));
        var shown = document.Lines.Select(l => l.Text).ToList();
        Assert.True(shown.FindIndex(l => l.Contains("收入决算表", StringComparison.Ordinal)) is var income and >= 0 && income < shown.FindIndex(l => l.Contains("支出决算表", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("部门决算.mht")]
    [InlineData("部门决算.doc")]
    public void A_single_file_page_without_a_readable_html_part_is_refused_naming_the_file(string name)
    {
        var content = SingleFileWebPages.Of([new WebPagePiece("text/html; charset=\"utf-8\"", "file:///C:/A/1.htm", Encoding.UTF8.GetBytes(Page("utf-8")), "base64")]);
        var damaged = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(content).Replace("PGh0bWwg", "P!h0b*Wwg", StringComparison.Ordinal));

        var e = Assert.Throws<DocumentReadException>(() => DocumentReaders.Default.Read(name, damaged));
        Assert.StartsWith($"文件“{name}”是单个文件网页（MHTML），但其中没有可读取的网页部分", e.Message, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Seed_002_saved_by_word_as_a_gbk_page_or_a_single_file_page_gives_the_findings_of_the_utf8_page()
    {
        var auditor = new Auditor(new AuditProfile());
        var page = WebPages.Seed(File.ReadAllText(Repo.Seed("002")), WebPages.Style.Word);
        var expected = auditor.Audit("002.html", Encoding.UTF8.GetBytes(page));
        var gbk = Gbk.GetBytes(page.Replace("<meta charset=\"utf-8\">", "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">", StringComparison.Ordinal));
        var single = SingleFileWebPages.Of([new WebPagePiece("text/html; charset=\"gb2312\"", "file:///C:/Q/002.htm", gbk, "quoted-printable")]);

        foreach (var (name, content) in new[] { ("002.doc", gbk), ("002.mht", single), ("002.xls", single) })
        {
            var result = auditor.Audit(name, content);
            Assert.Null(result.ReadError);
            Assert.Equal(SameReading.Cells(expected, printed: true), SameReading.Cells(result, printed: true));
            Assert.Equal(Findings(expected), Findings(result));
        }
    }

    private static List<string> Findings(AuditResult result) =>
        result.Findings.Select(f => $"{f.RuleId} {f.Severity} {f.Message} @{f.Location.Describe()}").Order(StringComparer.Ordinal).ToList();

    private static void AssertTable(SourceDocument document, string name)
    {
        Assert.Equal("html", document.Format);
        Assert.Contains(document.Blocks, b => b is ParagraphBlock p && p.Text == "本部门2023年度支出合计199.52万元。");
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(
            ["项目|本年支出|", "|基本支出|项目支出", "一般公共服务支出|120.30|79.22", "合计|120.30|79.22"],
            table.Rows.Select(r => string.Join("|", Enumerable.Range(0, 3).Select(c => r.At(c) is { } cell && cell.Column == c ? cell.Text : ""))));
        Assert.All(document.Lines, l => Assert.Equal(name, l.Location.File));
        Assert.DoesNotContain(document.Lines, l => l.Text.Contains("o:DocumentProperties", StringComparison.Ordinal) || l.Text.Contains("MsoNormal", StringComparison.Ordinal) || l.Text.Contains('\uFFFD'));
    }
}
