using System.IO.Compression;
using CsCheck;
using FiscalAudit.Web.Tests.Support;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Office.Docx;
using FiscalAudit.Ingest.Office.Xlsx;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Office;

/// <summary>Broken, encrypted, empty and random files are refused with a Chinese message naming the file; nothing else escapes.</summary>
public class OfficeFailureTests
{
    private static readonly byte[] Docx = Create(P("收入支出决算总表", "1"), Table(Row(Cell("项 目", span: 2), Cell("金 额")), Row(Cell("合计"), Cell(string.Empty), Cell("199.52"))), P("注：本表反映部门本年度的总收支。"));

    private static readonly byte[] Xlsx = new TestXlsx().Sheet("公开01表").Text("A1", "收入支出决算总表", TestXlsx.Styles.Bold).Merge("A1:C1")
        .Text("A2", "项目").Text("B2", "金额").Number("A3", "201").Number("B3", "199.52", TestXlsx.Styles.TwoDecimals).Build();

    public static TheoryData<string> Extensions => new() { ".docx", ".xlsx" };

    private static IDocumentReader ReaderFor(string extension) => extension == ".docx" ? new DocxReader() : new XlsxReader();

    private static byte[] ValidFor(string extension) => extension == ".docx" ? Docx : Xlsx;

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Empty_encrypted_non_zip_truncated_and_foreign_packages_are_refused_by_name(string extension)
    {
        var cases = new Dictionary<string, byte[]>
        {
            ["为空"] = Array.Empty<byte>(),
            ["已加密，请去除密码后再上传"] = ProtectedFiles.EncryptedPackage(seed: 1),
            ["而是旧版 Office 文档"] = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 },
            ["而是Word 97-2003 文档（.doc）"] = ProtectedFiles.WordDocument(encrypted: false),
            ["PK"] = "这不是压缩包"u8.ToArray(),
            ["损坏"] = ValidFor(extension)[..(ValidFor(extension).Length / 2)],
            [$"扩展名是 {extension}，但内容不是{(extension == ".docx" ? "Word 文档" : "Excel 表格")}，而是{(extension == ".docx" ? "Excel 表格" : "Word 文档")}"] = ValidFor(extension == ".docx" ? ".xlsx" : ".docx"),
            ["而是ZIP 压缩包"] = Zips.Of(("说明.txt", "2023年度部门决算"u8.ToArray())),
            ["而是ODF 表格"] = ProtectedFiles.OpenDocument("application/vnd.oasis.opendocument.spreadsheet", encrypted: false),
            ["而是PDF 文件"] = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray(),
        };
        foreach (var (expected, bytes) in cases)
        {
            var e = Assert.Throws<DocumentReadException>(() => ReaderFor(extension).Read("部门决算" + extension, bytes));
            ReadFailure.AssertTold(e, "部门决算" + extension);
            Assert.Contains(expected, e.Message);
        }
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Default_readers_dispatch_by_extension(string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fiscalaudit-{Guid.NewGuid():N}{extension}");
        try
        {
            File.WriteAllBytes(path, ValidFor(extension));
            Assert.Equal(extension[1..], DocumentReaders.Default.Read(path).Format);
            File.WriteAllBytes(path, Array.Empty<byte>());
            Assert.Contains(path, Assert.Throws<DocumentReadException>(() => DocumentReaders.Default.Read(path)).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Random_bytes_are_refused(string extension) =>
        Gen.Byte.Array[0, 3000].Select(Gen.Bool, (bytes, zip) => zip && bytes.Length >= 2 ? Prefixed(bytes) : bytes)
            .Sample(bytes => ReadsOrRefuses(extension, bytes), iter: 300);

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Truncated_copies_are_refused(string extension) =>
        Gen.Int[0, ValidFor(extension).Length - 1].Sample(n => ReadsOrRefuses(extension, ValidFor(extension)[..n]), iter: 300);

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Garbled_copies_are_refused(string extension) =>
        Gen.Select(Gen.Int[0, ValidFor(extension).Length - 1], Gen.Byte).Array[1, 30]
            .Sample(edits => ReadsOrRefuses(extension, Garble(ValidFor(extension), edits)), iter: 500);

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Packages_with_garbled_xml_parts_are_refused(string extension) =>
        Gen.Select(Gen.Int[0, 20], Gen.Int[0, 100_000], Gen.Byte.Array[0, 8])
            .Sample(t => ReadsOrRefuses(extension, RewritePart(ValidFor(extension), t.Item1, t.Item2, t.Item3)), iter: 300);

    /// <summary>
    /// A part the package names but does not hold (its properties, its styles) is skipped with a note naming it, and the
    /// rest is read; styles whose XML is broken are read as defaults with a note; without the body it is refused.
    /// </summary>
    [Theory]
    [MemberData(nameof(Extensions))]
    public void Missing_or_broken_side_parts_are_skipped_with_a_note_naming_them(string extension)
    {
        var styles = extension == ".docx" ? "word/styles.xml" : "xl/styles.xml";
        var body = extension == ".docx" ? "word/document.xml" : "xl/workbook.xml";
        var valid = ReaderFor(extension).Read("部门决算" + extension, ValidFor(extension));
        foreach (var (edit, note) in new (Func<byte[], byte[]>, string)[]
        {
            (b => WithoutEntry(b, styles), $"文件缺少部件 {styles}"),
            (b => RewritePart(b, EntryIndex(b, styles), 40, "<<"u8.ToArray()), $"样式部件 {styles} 无法解析"),
            (WithLostProperties, "文件缺少部件 docProps/core.xml"),
        })
        {
            var read = ReaderFor(extension).Read("部门决算" + extension, edit(ValidFor(extension)));
            Assert.Contains(note, Assert.Single(read.Notes).Message);
            Assert.Equal(valid.Lines.Select(l => l.Text), read.Lines.Select(l => l.Text));
        }
        var e = Assert.Throws<DocumentReadException>(() => ReaderFor(extension).Read("部门决算" + extension, WithoutEntry(ValidFor(extension), body)));
        Assert.Contains("部门决算" + extension, e.Message);
    }

    private static IEnumerable<(string Name, byte[] Content)> Entries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.Select(entry =>
        {
            using var read = entry.Open();
            using var buffer = new MemoryStream();
            read.CopyTo(buffer);
            return (entry.FullName, buffer.ToArray());
        }).ToList();
    }

    private static byte[] WithoutEntry(byte[] package, string name) => Zips.Of(Entries(package).Where(e => e.Name != name).ToArray());

    /// <summary>The package's root relationships also name docProps/core.xml, which it does not hold.</summary>
    private static byte[] WithLostProperties(byte[] package) => Zips.Of(Entries(package).Select(e => e.Name == "_rels/.rels"
        ? (e.Name, System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(e.Content).Replace("</Relationships>",
            "<Relationship Id=\"rLost\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>")))
        : e).ToArray());

    private static int EntryIndex(byte[] package, string name) => Entries(package).Select(e => e.Name).ToList().IndexOf(name);

    private static void ReadsOrRefuses(string extension, byte[] bytes)
    {
        try
        {
            ReaderFor(extension).Read("fuzz" + extension, bytes);
        }
        catch (DocumentReadException e)
        {
            ReadFailure.AssertTold(e, "fuzz" + extension);
        }
    }

    private static byte[] Prefixed(byte[] bytes)
    {
        bytes[0] = (byte)'P';
        bytes[1] = (byte)'K';
        return bytes;
    }

    private static byte[] Garble(byte[] original, (int Index, byte Value)[] edits)
    {
        var copy = original.ToArray();
        foreach (var (index, value) in edits) copy[index] = value;
        return copy;
    }

    /// <summary>Keeps the ZIP valid but cuts one entry's XML at <paramref name="cut"/> and appends <paramref name="junk"/>.</summary>
    private static byte[] RewritePart(byte[] original, int entryIndex, int cut, byte[] junk)
    {
        using var stream = new MemoryStream();
        stream.Write(original);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries[entryIndex % zip.Entries.Count];
            byte[] content;
            using (var read = entry.Open())
            using (var buffer = new MemoryStream())
            {
                read.CopyTo(buffer);
                content = buffer.ToArray();
            }
            var name = entry.FullName;
            entry.Delete();
            using var write = zip.CreateEntry(name).Open();
            write.Write(content.AsSpan(0, Math.Min(cut, content.Length)));
            write.Write(junk);
        }
        return stream.ToArray();
    }
}
