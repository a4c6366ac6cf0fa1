using CsCheck;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Office.Legacy;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// A password-protected Office file is refused at once with a Chinese message naming it — never handed to LibreOffice,
/// which would wait for the password until its time limit — while the same file without the password goes on to be
/// converted or read; damaged compound files and packages never escape as anything but a refusal.
/// </summary>
public class EncryptedOfficeTests
{
    /// <summary>A reader whose converter is missing: a file that reaches conversion says so instead of being read.</summary>
    private static readonly LegacyOfficeReader WithoutLibreOffice = new(soffice: null, TimeSpan.FromMinutes(1));

    /// <summary>The readers of Office files, converting none: a compound file named .docx goes to the conversion of what it is.</summary>
    private static readonly DocumentReaders Readers = new([new FiscalAudit.Ingest.Office.Docx.DocxReader(), new FiscalAudit.Ingest.Office.Xlsx.XlsxReader(), WithoutLibreOffice]);

    private const string OdfText = "application/vnd.oasis.opendocument.text";

    private const string OdfSpreadsheet = "application/vnd.oasis.opendocument.spreadsheet";

    [Theory]
    [InlineData("2023年度部门决算.docx", 1)]
    [InlineData("2023年度部门决算.xlsx", 2)]
    [InlineData("绩效自评表.xlsx", 3)]
    [InlineData("部门决算（加密）.doc", 4)]
    [InlineData("公开表.xls", 5)]
    [InlineData("公开表.et", 6)]
    [InlineData("情况说明.wps", 7)]
    public void An_office_open_xml_file_saved_with_a_password_is_refused_naming_it(string name, int seed)
    {
        var e = Assert.Throws<DocumentReadException>(() => DocumentReaders.Default.Read(name, ProtectedFiles.EncryptedPackage(seed)));
        Assert.Equal($"文件“{name}”已加密，请去除密码后再上传（用 WPS 或 Office 打开，取消密码保护后保存）。", e.Message);
    }

    [Theory]
    [InlineData("乡镇决算.doc")]
    [InlineData("乡镇决算.wps")]
    public void A_word_97_file_is_refused_when_its_fib_says_encrypted_and_converted_otherwise(string name)
    {
        Assert.Contains($"文件“{name}”已加密", Refusal(name, ProtectedFiles.WordDocument(encrypted: true)));
        Assert.Contains("没有安装 LibreOffice", Refusal(name, ProtectedFiles.WordDocument(encrypted: false)));
    }

    [Theory]
    [InlineData("单位决算.xls", "Workbook")]
    [InlineData("单位决算.et", "Workbook")]
    [InlineData("旧表.xls", "Book")]
    public void An_excel_97_workbook_is_refused_when_it_holds_filepass_and_converted_otherwise(string name, string stream)
    {
        Assert.Contains($"文件“{name}”已加密", Refusal(name, ProtectedFiles.Workbook(encrypted: true, stream)));
        Assert.Contains("没有安装 LibreOffice", Refusal(name, ProtectedFiles.Workbook(encrypted: false, stream)));
    }

    [Theory]
    [InlineData("情况说明.odt", OdfText)]
    [InlineData("公开表.ods", OdfSpreadsheet)]
    public void An_opendocument_package_with_encrypted_parts_is_refused_and_converted_otherwise(string name, string mimeType)
    {
        Assert.Contains($"文件“{name}”已加密", Refusal(name, ProtectedFiles.OpenDocument(mimeType, encrypted: true)));
        Assert.Contains("没有安装 LibreOffice", Refusal(name, ProtectedFiles.OpenDocument(mimeType, encrypted: false)));
    }

    [Fact]
    public void Garbled_compound_files_and_packages_are_refused_never_thrown() =>
        Gen.Int[0, 5].Select(Gen.Int[0, 1 << 20].Array[1, 40], Gen.Byte.Array[40]).Sample(t =>
        {
            var (kind, positions, values) = t;
            var file = kind switch
            {
                0 => ProtectedFiles.EncryptedPackage(kind),
                1 => ProtectedFiles.WordDocument(encrypted: true),
                2 => ProtectedFiles.Workbook(encrypted: true),
                3 => ProtectedFiles.Workbook(encrypted: false, "Book"),
                4 => ProtectedFiles.OpenDocument(OdfText, encrypted: true),
                _ => ProtectedFiles.OpenDocument(OdfSpreadsheet, encrypted: false),
            };
            for (var i = 0; i < positions.Length; i++) file[positions[i] % file.Length] = values[i];
            foreach (var name in new[] { "fuzz.docx", "fuzz.xlsx" })
                Assert.Throws<DocumentReadException>(() => Readers.Read(name, file));
            foreach (var name in new[] { "fuzz.doc", "fuzz.xls", "fuzz.odt", "fuzz.ods", "fuzz.rtf" })
                Assert.Throws<DocumentReadException>(() => WithoutLibreOffice.Read(name, file));
        }, iter: 300);

    private static string Refusal(string name, byte[] content) =>
        Assert.Throws<DocumentReadException>(() => WithoutLibreOffice.Read(name, content)).Message;
}
