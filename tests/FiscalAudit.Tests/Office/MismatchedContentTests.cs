using System.Text;
using FiscalAudit.Ingest;
using FiscalAudit.Web.Tests.Support;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// A file whose content is another known format than its extension says — a plain ZIP or a workbook saved as .xls,
/// a Word 97-2003 file as .docx, an OpenDocument text as .ods, a package as .txt or .pdf — is refused by every reader
/// with a message naming the file, the extension the user gave and what the content really is.
/// </summary>
public class MismatchedContentTests
{
    private static readonly byte[] Word = Create(P("第一部分 部门概况", "1"), P("本部门2023年度收入合计199.52万元。"));

    private static readonly byte[] Workbook = new TestXlsx().Sheet("公开01表").Text("A1", "收入支出决算总表").Number("B3", "199.52").Build();

    private static readonly byte[] PlainZip = Zips.Of(("2023年度部门决算.txt", Encoding.UTF8.GetBytes("一、收入支出决算总体情况说明")), ("附件/公开表.csv", "项目,金额\n合计,199.52\n"u8.ToArray()));

    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static TheoryData<string, string, string> Cases => new()
    {
        { "公开表.xls", nameof(PlainZip), "Excel 97-2003 表格，而是ZIP 压缩包" },
        { "公开表.et", nameof(PlainZip), "WPS 表格，而是ZIP 压缩包" },
        { "公开表.xls", nameof(Word), "Excel 97-2003 表格，而是Word 文档" },
        { "情况说明.doc", nameof(Workbook), "Word 97-2003 文档，而是Excel 表格" },
        { "情况说明.odt", nameof(Workbook), "ODF 文字文档，而是Excel 表格" },
        { "公开表.ods", "OdfText", "ODF 表格，而是ODF 文字文档" },
        { "情况说明.rtf", nameof(PlainZip), "RTF 文档，而是ZIP 压缩包" },
        { "公开表.et", "Word97", "WPS 表格，而是Word 97-2003 文档（.doc）" },
        { "情况说明.wps", "Excel97", "WPS 文字文档，而是Excel 97-2003 表格（.xls）" },
        { "部门决算.docx", "Word97", "Word 文档，而是Word 97-2003 文档（.doc）" },
        { "部门决算.xlsx", nameof(PlainZip), "Excel 表格，而是ZIP 压缩包" },
        { "部门决算.xlsx", "OdfSheet", "Excel 表格，而是ODF 表格" },
        { "部门决算.pdf", nameof(Word), "PDF 文件，而是Word 文档" },
        { "部门决算.txt", nameof(PlainZip), "文本文件，而是ZIP 压缩包" },
        { "部门决算.html", "Excel97", "网页，而是Excel 97-2003 表格（.xls）" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_refusal_names_the_extension_given_and_the_content_found(string name, string content, string expected)
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
        nameof(Pdf) => Pdf,
        "OdfText" => ProtectedFiles.OpenDocument("application/vnd.oasis.opendocument.text", encrypted: false),
        "OdfSheet" => ProtectedFiles.OpenDocument("application/vnd.oasis.opendocument.spreadsheet", encrypted: false),
        "Word97" => ProtectedFiles.WordDocument(encrypted: false),
        _ => ProtectedFiles.Workbook(encrypted: false),
    };
}
