using System.Text;
using CsCheck;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Office.Legacy;
using FiscalAudit.Tests.Reports;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// What is published under a legacy Office extension but is no such document — random bytes, a damaged
/// compound file, a program — is refused with a Chinese message naming the file; LibreOffice missing, failing
/// or too slow likewise; a web page or a .docx saved under the old extension is read as what it is.
/// </summary>
[Collection("Legacy Office conversions")]
public class LegacyOfficeFailureTests
{
    public static TheoryData<string> Extensions => new() { ".doc", ".wps", ".xls", ".et", ".rtf", ".odt", ".ods" };

    /// <summary>The start of a Word 97-2003 file: the compound file header, and the directory entry of its WordDocument stream.</summary>
    private static readonly byte[] WordBinaryHead =
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("Root Entry\0"), .. new byte[106], .. Encoding.Unicode.GetBytes("WordDocument\0"), .. new byte[102]];

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Random_bytes_and_damaged_compound_files_are_refused_by_name(string extension) =>
        Gen.Byte.Array[1, 4000].Select(Gen.Bool, (bytes, ole) => ole ? [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. bytes] : bytes).Sample(bytes =>
        {
            var e = Assert.Throws<DocumentReadException>(() => DocumentReaders.Default.Read("县财政局决算" + extension, bytes));
            Assert.Contains($"文件“县财政局决算{extension}”无法审核：扩展名是 {extension}，但内容不是", e.Message, StringComparison.Ordinal);
            Assert.Contains("另存为", e.Message, StringComparison.Ordinal);
        }, iter: 200);

    [Fact]
    public void Without_libreoffice_a_word_97_file_is_refused_saying_what_to_install()
    {
        var e = Assert.Throws<DocumentReadException>(() => new LegacyOfficeReader(soffice: null, TimeSpan.FromMinutes(1)).Read("乡镇决算.doc", WordBinaryHead));
        Assert.Equal("文件“乡镇决算.doc”是Word 97-2003 文档（.doc），需要 LibreOffice 转换后才能读取，但本机没有安装 LibreOffice（未找到 soffice）。请安装 LibreOffice，或请用 WPS 或 Office 打开后另存为 .docx 或 .pdf 再审核。", e.Message);
    }

    [Fact]
    public void A_converter_that_writes_nothing_gives_the_reason_and_leaves_no_files()
    {
        var before = ConversionFolders();
        var e = Assert.Throws<DocumentReadException>(() => new LegacyOfficeReader("/bin/false", TimeSpan.FromMinutes(1)).Read("单位决算.wps", WordBinaryHead));
        Assert.Contains("文件“单位决算.wps”无法转换：LibreOffice 未能把WPS 文字文档转换为 .docx", e.Message, StringComparison.Ordinal);
        Assert.Empty(ConversionFolders().Except(before));
    }

    [LibreOfficeFact]
    public void A_conversion_that_outlasts_its_time_limit_is_stopped_and_reported()
    {
        var before = ConversionFolders();
        var e = Assert.Throws<DocumentReadException>(() => new LegacyOfficeReader(LibreOffice.Path, TimeSpan.FromMilliseconds(50)).Read("部门决算.xls", [.. WordBinaryHead[..512], .. Encoding.Unicode.GetBytes("Workbook\0")]));
        Assert.Contains("文件“部门决算.xls”转换超时：LibreOffice 在 0 秒内没有把Excel 97-2003 表格转换为 .xlsx", e.Message, StringComparison.Ordinal);
        Assert.Empty(ConversionFolders().Except(before));
    }

    [Theory]
    [InlineData("<html><head><meta charset=\"utf-8\"></head><body>")]
    [InlineData("\uFEFF<!DOCTYPE html>\r\n<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body>")]
    [InlineData("  <table border=\"1\">")]
    public void A_web_page_saved_as_xls_is_read_as_a_web_page(string start)
    {
        var page = start + "<p>2023年度部门决算公开表</p><table border=\"1\"><tr><td>项目</td><td>金额</td></tr><tr><td>一般公共服务支出</td><td>176.99</td></tr></table></body></html>";
        var document = DocumentReaders.Default.Read("公开表.xls", Encoding.UTF8.GetBytes(page));
        Assert.Equal("html", document.Format);
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(["一般公共服务支出", "176.99"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal("公开表.xls", table.Rows[1].Cells[1].Location.File);
    }

    [Fact]
    public void A_docx_saved_as_doc_is_read_as_word()
    {
        var document = DocumentReaders.Default.Read("情况说明.doc", Create(P("第一部分 部门概况", "1"), P("本部门2023年度收入合计199.52万元。")));
        Assert.Equal("docx", document.Format);
        Assert.Equal(["第一部分 部门概况", "本部门2023年度收入合计199.52万元。"], document.Blocks.Select(b => b is HeadingBlock h ? h.Text : ((ParagraphBlock)b).Text));
        Assert.All(document.Blocks, b => Assert.Equal("情况说明.doc", b.Location.File));
    }

    private static HashSet<string> ConversionFolders() =>
        Directory.GetDirectories(Path.GetTempPath(), "fiscalaudit-convert-*").ToHashSet(StringComparer.Ordinal);
}
