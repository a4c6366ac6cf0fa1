using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Office.Legacy;
using FiscalAudit.Web.Tests.Support;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// The content decides how a file is read, not its extension: a Word package saved as .xls, .pdf, .txt or with no
/// extension, a workbook named .doc or .odt, a Word 97-2003 file named .et or .docx, a web page named .pdf — each is read as
/// what it is, with a note saying so first. Content FiscalAudit does not read (a plain ZIP, a presentation, a program, an
/// image) stays refused with a message naming the file, the extension the user gave and what the content really is.
/// </summary>
public class ContentDecidesTests
{
    private const string Income = "本部门2023年度收入合计199.52万元。";

    private static readonly byte[] Word = Create(P("第一部分 部门概况", "1"), P(Income));

    private static readonly byte[] Workbook = new TestXlsx().Sheet("公开01表").Text("A1", "收入支出决算总表").Number("B3", "199.52").Build();

    private static readonly byte[] WebPage = Encoding.UTF8.GetBytes($"<html><head><title>决算</title></head><body><p>{Income}</p></body></html>");

    private static readonly byte[] PlainZip = Zips.Of(("2023年度部门决算.txt", Encoding.UTF8.GetBytes("一、收入支出决算总体情况说明")), ("附件/公开表.csv", "项目,金额\n合计,199.52\n"u8.ToArray()));

    private static readonly byte[] Presentation = Zips.Of(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("ppt/presentation.xml", "<p:presentation/>"u8.ToArray()));

    private static readonly byte[] Program = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, .. new byte[200]];

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]];

    public static TheoryData<string, string, string, string> ReadAsWhatTheyAre => new()
    {
        { "公开表.xls", nameof(Word), "扩展名为 .xls，但内容是Word 文档，已按Word 文档读取。", Income },
        { "部门决算.pdf", nameof(Word), "扩展名为 .pdf，但内容是Word 文档，已按Word 文档读取。", Income },
        { "部门决算.txt", nameof(Word), "扩展名为 .txt，但内容是Word 文档，已按Word 文档读取。", Income },
        { "部门决算.dat", nameof(Word), "扩展名为 .dat，但内容是Word 文档，已按Word 文档读取。", Income },
        { "部门决算", nameof(Word), "文件没有扩展名，内容是Word 文档，已按Word 文档读取。", Income },
        { "情况说明.doc", nameof(Workbook), "扩展名为 .doc，但内容是Excel 表格，已按Excel 表格读取。", "收入支出决算总表" },
        { "情况说明.odt", nameof(Workbook), "扩展名为 .odt，但内容是Excel 表格，已按Excel 表格读取。", "收入支出决算总表" },
        { "部门决算.xlsx", nameof(Word), "扩展名为 .xlsx，但内容是Word 文档，已按Word 文档读取。", Income },
        { "部门决算.pdf", nameof(WebPage), "扩展名为 .pdf，但内容是网页，已按网页读取。", Income },
        { "部门决算.docx", nameof(WebPage), "扩展名为 .docx，但内容是网页，已按网页读取。", Income },
    };

    [Theory]
    [MemberData(nameof(ReadAsWhatTheyAre))]
    public void Readable_content_under_another_extension_is_read_as_what_it_is_with_a_note(string name, string content, string note, string text)
    {
        var document = DocumentReaders.Default.Read(name, Content(content));

        Assert.Equal(note, document.Notes[0].Message);
        Assert.Equal(new SourceLocation(name), document.Notes[0].Location);
        Assert.Contains(document.Lines, l => l.Text.Contains(text, StringComparison.Ordinal));
        Assert.All(document.Lines, l => Assert.Equal(name, l.Location.File));
    }

    [Theory]
    [InlineData("部门决算.docm", nameof(Word))]
    [InlineData("部门决算.dotx", nameof(Word))]
    [InlineData("公开表.xlsm", nameof(Workbook))]
    [InlineData("公开表.xltx", nameof(Workbook))]
    [InlineData("部门决算.htm", nameof(WebPage))]
    [InlineData("部门决算.doc", nameof(WebPage))]
    [InlineData("公开表.xls", nameof(WebPage))]
    public void Content_usual_under_its_extension_is_read_without_a_note(string name, string content)
    {
        var document = DocumentReaders.Default.Read(name, Content(content));
        Assert.DoesNotContain(document.Notes, n => n.Message.Contains("扩展名", StringComparison.Ordinal));
        Assert.NotEmpty(document.Lines);
    }

    /// <summary>Compound files and OpenDocument packages under another extension go to the conversion of what they are (without LibreOffice, its message names that format).</summary>
    [Theory]
    [InlineData("公开表.et", "Word97", "Word 97-2003 文档（.doc）")]
    [InlineData("部门决算.docx", "Word97", "Word 97-2003 文档（.doc）")]
    [InlineData("情况说明.wps", "Excel97", "Excel 97-2003 表格（.xls）")]
    [InlineData("部门决算.html", "Excel97", "Excel 97-2003 表格（.xls）")]
    [InlineData("公开表.ods", "OdfText", "ODF 文字文档（.odt）")]
    [InlineData("部门决算.xlsx", "OdfSheet", "ODF 表格（.ods）")]
    public void Converted_formats_under_another_extension_are_converted_as_what_they_are(string name, string content, string format)
    {
        var readers = new DocumentReaders([new LegacyOfficeReader(soffice: null, TimeSpan.FromMinutes(1))]);
        var e = Assert.Throws<DocumentReadException>(() => readers.Read(name, Content(content)));
        Assert.StartsWith($"文件“{name}”是{format}，需要 LibreOffice 转换后才能读取", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        { "公开表.xls", nameof(PlainZip), "Excel 97-2003 表格，而是ZIP 压缩包" },
        { "公开表.et", nameof(PlainZip), "WPS 表格，而是ZIP 压缩包" },
        { "情况说明.rtf", nameof(PlainZip), "RTF 文档，而是ZIP 压缩包" },
        { "部门决算.xlsx", nameof(PlainZip), "Excel 表格，而是ZIP 压缩包" },
        { "部门决算.docx", nameof(Presentation), "Word 文档，而是PowerPoint 演示文稿" },
        { "部门决算.txt", nameof(PlainZip), "文本文件，而是ZIP 压缩包" },
        { "部门决算.doc", nameof(Program), "Word 97-2003 文档，而是Windows 可执行程序" },
        { "部门决算.html", nameof(Png), "网页，而是PNG 图片" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Content_not_read_is_refused_naming_the_extension_given_and_the_content_found(string name, string content, string expected)
    {
        var e = Assert.Throws<DocumentReadException>(() => DocumentReaders.Default.Read(name, Content(content)));
        Assert.StartsWith($"文件“{name}”无法审核：扩展名是 {Path.GetExtension(name)}，但内容不是", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    private static byte[] Content(string name) => name switch
    {
        nameof(PlainZip) => PlainZip,
        nameof(Word) => Word,
        nameof(Workbook) => Workbook,
        nameof(WebPage) => WebPage,
        nameof(Presentation) => Presentation,
        nameof(Program) => Program,
        nameof(Png) => Png,
        "OdfText" => ProtectedFiles.OpenDocument("application/vnd.oasis.opendocument.text", encrypted: false),
        "OdfSheet" => ProtectedFiles.OpenDocument("application/vnd.oasis.opendocument.spreadsheet", encrypted: false),
        "Word97" => ProtectedFiles.WordDocument(encrypted: false),
        _ => ProtectedFiles.Workbook(encrypted: false),
    };
}
