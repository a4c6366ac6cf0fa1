using System.Text;
using FiscalAudit.Ingest.Archives;
using FiscalAudit.Ingest.Content;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Application.Content;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Uploads;

/// <summary>
/// A file's type is read from its content: a .pdf that is a ZIP or a program, a .docx that is a plain ZIP or a
/// presentation, a .md that is an image, a .zip that is a RAR — each refused with a Chinese reason naming what it really
/// is; real documents pass, and so do documents FiscalAudit reads under another extension (a workbook named .docx, a
/// Word document named .dat, a PDF named .txt): the reader reads them as what they are.
/// </summary>
public sealed class ContentSniffingTests
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("2023年度部门决算\n一、收入支出决算总体情况说明\n");

    /// <summary>The first bytes of a Windows program: "MZ", its header, and the DOS stub's zeros.</summary>
    private static readonly byte[] Program = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, .. new byte[200]];

    private static byte[] Word => Zips.Of(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("word/document.xml", Encoding.UTF8.GetBytes("<w:document/>")));

    private static byte[] Workbook => Zips.Of(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("xl/workbook.xml", Encoding.UTF8.GetBytes("<workbook/>")));

    [Fact]
    public void Files_whose_content_is_not_what_the_extension_says_are_refused_naming_what_they_are()
    {
        var zip = Zips.Of(("决算.txt", Text));
        Assert.Contains("扩展名是 .pdf，内容却是ZIP 压缩包", ContentSniffer.ReasonRefused("决算.pdf", zip));
        Assert.Contains("扩展名是 .pdf，内容却是Windows 可执行程序", ContentSniffer.ReasonRefused("决算.pdf", Program));
        Assert.Contains("扩展名是 .txt，内容却是Windows 可执行程序", ContentSniffer.ReasonRefused("决算.txt", Program));
        Assert.Contains("扩展名是 .docx，内容却是Windows 可执行程序", ContentSniffer.ReasonRefused("决算.docx", Program));
        Assert.Contains("内容是 ZIP 压缩包而不是Word 文档", ContentSniffer.ReasonRefused("决算.docx", zip));
        Assert.Contains("扩展名是 .docx，内容却是PowerPoint 演示文稿", ContentSniffer.ReasonRefused("决算.docx", Zips.Of(("ppt/presentation.xml", Encoding.UTF8.GetBytes("<p:presentation/>")))));
        Assert.Contains("内容却是旧版 Office 文档", ContentSniffer.ReasonRefused("决算.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[100]]));
        Assert.Contains("文件内容不是Word 文档（.docm 应为 ZIP 格式）", ContentSniffer.ReasonRefused("决算.docm", Text));
        Assert.Contains(".dat 格式暂不支持", ContentSniffer.ReasonRefused("扫描件.dat", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]]));
        Assert.Contains("扩展名是 .doc，但内容不是Word 97-2003 文档", ContentSniffer.ReasonRefused("决算.doc", Program));
        Assert.Contains("扩展名是 .et，但内容不是WPS 表格", ContentSniffer.ReasonRefused("决算.et", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]]));
        Assert.Contains("扩展名是 .md，内容却是PNG 图片", ContentSniffer.ReasonRefused("说明.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]]));
        Assert.Contains("内容却是RAR 压缩包", ZipExpander.ReasonNotZip([.. "Rar!\u001a\u0007\0"u8, .. new byte[64]]));
        Assert.Contains("不是 ZIP 压缩包", ZipExpander.ReasonNotZip(Text));
    }

    [Fact]
    public void Documents_that_are_what_they_say_pass()
    {
        Assert.Null(ContentSniffer.ReasonRefused("决算.txt", Text));
        Assert.Null(ContentSniffer.ReasonRefused("决算.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("2023年度部门决算")]));
        Assert.Null(ContentSniffer.ReasonRefused("决算.docx", Word));
        Assert.Null(ContentSniffer.ReasonRefused("决算.xlsx", Workbook));
        Assert.Null(ContentSniffer.ReasonRefused("决算.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n")));
        Assert.Null(ZipExpander.ReasonNotZip(Word));
        Assert.Null(ContentSniffer.ReasonRefused("决算.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("WordDocument\0")]));
        Assert.Null(ContentSniffer.ReasonRefused("决算.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("Workbook\0")]));
        Assert.Null(ContentSniffer.ReasonRefused("公开表.xls", Encoding.UTF8.GetBytes("<html><body><table><tr><td>合计</td></tr></table></body></html>")));
        Assert.Null(ContentSniffer.ReasonRefused("决算.docm", Word));
        Assert.Null(ContentSniffer.ReasonRefused("公开表.xlsm", Workbook));
        Assert.Null(ContentSniffer.ReasonRefused("决算.mht", Encoding.ASCII.GetBytes("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<html></html>\r\n--b--\r\n")));
    }

    [Fact]
    public void Documents_under_another_extension_pass_as_what_they_are_unless_protected()
    {
        Assert.Null(ContentSniffer.ReasonRefused("决算.xlsx", Word));
        Assert.Null(ContentSniffer.ReasonRefused("决算.xls", Word));
        Assert.Null(ContentSniffer.ReasonRefused("决算.docx", Workbook));
        Assert.Null(ContentSniffer.ReasonRefused("情况说明.dat", Word));
        Assert.Null(ContentSniffer.ReasonRefused("决算", Workbook));
        Assert.Null(ContentSniffer.ReasonRefused("决算.txt", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n")));
        Assert.Null(ContentSniffer.ReasonRefused("决算.pdf", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>2023年度部门决算</p></body></html>")));
        Assert.Null(ContentSniffer.ReasonRefused("决算.xls", ProtectedFiles.WordDocument(encrypted: false)));
        Assert.Equal("文件已加密，请去除密码后再上传（用 WPS 或 Office 打开，取消密码保护后保存）。", ContentSniffer.ReasonRefused("决算.xls", ProtectedFiles.WordDocument(encrypted: true)));
    }

    [Fact]
    public void Opendocument_files_are_told_by_their_mimetype_and_protected_files_are_refused_at_once()
    {
        var text = ProtectedFiles.OpenDocument("application/vnd.oasis.opendocument.text", encrypted: false);
        var sheet = ProtectedFiles.OpenDocument("application/vnd.oasis.opendocument.spreadsheet", encrypted: false);
        Assert.Null(ContentSniffer.ReasonRefused("情况说明.odt", text));
        Assert.Null(ContentSniffer.ReasonRefused("公开表.ods", sheet));
        Assert.False(ContentSignatures.IsArchive(text), "an .odt inside an uploaded .zip is a document, not an archive in the archive");
        Assert.Null(ContentSniffer.ReasonRefused("情况说明.rtf", Encoding.UTF8.GetBytes("{\\rtf1\\ansi\\ansicpg936 2023年度部门决算\\par}")));
        Assert.Null(ContentSniffer.ReasonRefused("公开表.ods", text));
        Assert.Contains("扩展名是 .odt，但内容不是ODF 文字文档，而是ZIP 压缩包", ContentSniffer.ReasonRefused("情况说明.odt", Zips.Of(("决算.txt", Text))));
        Assert.Contains("扩展名是 .xls，但内容不是Excel 97-2003 表格，而是ZIP 压缩包", ContentSniffer.ReasonRefused("决算.xls", Zips.Of(("决算.txt", Text))));
        Assert.Null(ContentSniffer.ReasonRefused("决算.xlsx", sheet));
        foreach (var (name, content) in new[]
                 {
                     ("决算.docx", ProtectedFiles.EncryptedPackage(1)), ("决算.xlsx", ProtectedFiles.EncryptedPackage(2)), ("决算.doc", ProtectedFiles.WordDocument(encrypted: true)),
                     ("决算.xls", ProtectedFiles.Workbook(encrypted: true)), ("决算.et", ProtectedFiles.EncryptedPackage(3)), ("公开表.ods", ProtectedFiles.OpenDocument("application/vnd.oasis.opendocument.spreadsheet", encrypted: true)),
                 })
            Assert.Equal("文件已加密，请去除密码后再上传（用 WPS 或 Office 打开，取消密码保护后保存）。", ContentSniffer.ReasonRefused(name, content));
        Assert.Null(ContentSniffer.ReasonRefused("决算.doc", ProtectedFiles.WordDocument(encrypted: false)));
        Assert.Null(ContentSniffer.ReasonRefused("决算.xls", ProtectedFiles.Workbook(encrypted: false)));
    }

    [SharedFact]
    public async Task Uploads_are_sniffed_on_the_api_and_inside_archives()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var pdf = await File.ReadAllBytesAsync(Repo.Corpus("上海市普陀区财政局2024年度部门决算.pdf"));
        // Another file than 决算.pdf: results are kept by content, so the same bytes would share the first name's result.
        var renamedPdf = await File.ReadAllBytesAsync(Repo.Corpus("24年普陀区财政局（测试问题版本）.pdf"));
        var batch = await WebApi.DoneAsync(client, await WebApi.UploadBatchAsync(client,
            ("决算.pdf", pdf), ("改名.doc", renamedPdf), ("压缩包改名.pdf", Zips.Of(("决算.pdf", pdf))), ("程序改名.pdf", Program), ("不是压缩包.zip", pdf),
            ("资料.zip", Zips.Of(("程序.pdf", Program), ("文本.txt", Text)))));

        Assert.Equal("done", WebApi.Named(batch, "决算.pdf").GetProperty("status").GetString());
        Assert.Equal("done", WebApi.Named(batch, "资料.zip/文本.txt").GetProperty("status").GetString());
        var renamed = WebApi.Named(batch, "改名.doc");
        Assert.Equal("done", renamed.GetProperty("status").GetString());
        var findings = await WebApi.GetAsync(client, $"/api/documents/{renamed.GetProperty("id").GetInt64()}");
        Assert.Contains(findings.GetProperty("findings").EnumerateArray(), f => f.GetProperty("message").GetString() == "扩展名为 .doc，但内容是PDF 文件，已按PDF 文件读取。");
        foreach (var (file, reason) in new[]
                 {
                     ("压缩包改名.pdf", "内容却是ZIP 压缩包"), ("程序改名.pdf", "内容却是Windows 可执行程序"),
                     ("不是压缩包.zip", "内容却是PDF 文件"), ("资料.zip/程序.pdf", "内容却是Windows 可执行程序"),
                 })
        {
            var document = WebApi.Named(batch, file);
            Assert.Equal("rejected", document.GetProperty("status").GetString());
            Assert.Contains(reason, document.GetProperty("reason").GetString());
        }
    }
}
