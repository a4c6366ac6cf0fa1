using CsCheck;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Pdf;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>Bad PDFs: every failure is a <see cref="DocumentReadException"/> with a Chinese message naming the file; nothing else escapes Read.</summary>
public class PdfRobustnessTests
{
    private const string Name = "测试.pdf";
    private static readonly PdfDocumentReader Reader = new();
    private static readonly Lazy<byte[]> Template = new(() => File.ReadAllBytes(Repo.Corpus("附件2：部门决算模板.pdf")));

    private static byte[] Clean => Template.Value;

    [Fact]
    public void A_small_valid_pdf_is_read()
    {
        var document = Reader.Read(Name, MinimalPdf.WithText("Total 12.50"));
        Assert.Equal("Total 12.50", Assert.Single(document.Lines).Text);
        Assert.Equal(1, document.Lines[0].Location.Page);
    }

    [Fact]
    public void Zero_bytes_is_reported_as_empty()
    {
        var e = Assert.Throws<DocumentReadException>(() => Reader.Read(Name, Array.Empty<byte>()));
        Assert.Contains("0 字节", e.Message);
        Assert.Contains(Name, e.Message);
    }

    [Fact]
    public void A_scan_without_text_layer_is_reported_as_a_scan()
    {
        var e = Assert.Throws<DocumentReadException>(() => Reader.Read(Name, MinimalPdf.ImageOnly()));
        Assert.Contains("扫描件，无可提取文字", e.Message);
        Assert.Contains(Name, e.Message);
    }

    [Fact]
    public void An_encrypted_pdf_is_reported_as_encrypted()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Pdf", "Fixtures", "encrypted.pdf"));
        var e = Assert.Throws<DocumentReadException>(() => Reader.Read(Name, bytes));
        Assert.Contains("已加密", e.Message);
        Assert.Contains(Name, e.Message);
    }

    [SharedFact]
    public void A_truncated_pdf_is_reported_as_truncated()
    {
        var e = Assert.Throws<DocumentReadException>(() => Reader.Read(Name, Clean[..(Clean.Length / 2)]));
        Assert.Contains("截断", e.Message);
    }

    [Fact]
    public void Bytes_that_are_not_a_pdf_are_rejected()
    {
        var e = Assert.Throws<DocumentReadException>(() => Reader.Read(Name, "hello, world"u8.ToArray()));
        Assert.Contains("不是 PDF", e.Message);
    }

    [Fact]
    public void The_dispatcher_turns_a_bad_pdf_file_into_a_read_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fa-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, "%PDF-1.7\n%%EOF\n"u8.ToArray());
        try
        {
            var e = Assert.Throws<DocumentReadException>(() => DocumentReaders.Default.Read(path));
            Assert.Contains(path, e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Random_bytes_with_a_pdf_header_never_crash() =>
        Gen.Byte.Array[0, 4000].Sample(body =>
        {
            var bytes = "%PDF-1.4\n"u8.ToArray().Concat(body).Concat("\n%%EOF\n"u8.ToArray()).ToArray();
            ReadOrReject(bytes);
        }, iter: 300);

    [SharedFact]
    public void Corrupted_real_pdfs_never_crash() =>
        Gen.Select(Gen.Int[0, Clean.Length - 1], Gen.Int[1, 64], Gen.Byte).Sample((offset, length, value) =>
        {
            var bytes = (byte[])Clean.Clone();
            Array.Fill(bytes, value, offset, Math.Min(length, bytes.Length - offset));
            ReadOrReject(bytes);
        }, iter: 30);

    [SharedFact]
    public void Truncated_real_pdfs_never_crash() =>
        Gen.Int[1, Clean.Length - 1].Sample(length => ReadOrReject(Clean[..length].Concat("\n%%EOF\n"u8.ToArray()).ToArray()), iter: 20);

    /// <summary>Reading either succeeds or fails with a DocumentReadException naming the file in Chinese, without the library's words; any other exception fails the test.</summary>
    private static void ReadOrReject(byte[] bytes)
    {
        try
        {
            var document = Reader.Read(Name, bytes);
            Assert.All(document.Lines, l => Assert.NotNull(l.Location.Page));
        }
        catch (DocumentReadException e)
        {
            ReadFailure.AssertTold(e, Name);
        }
    }
}
