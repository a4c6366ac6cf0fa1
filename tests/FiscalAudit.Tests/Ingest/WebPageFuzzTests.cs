using System.Text;
using CsCheck;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Office.Legacy;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// No input may crash the new reader paths: single-file web pages (whole, cut, garbled, assembled from pieces of MIME
/// headers, boundaries and encodings), Word pages under .doc/.xls, macro-enabled and template packages and flat
/// OpenDocument files — each is read or refused with a <see cref="DocumentReadException"/>, nothing else.
/// </summary>
public class WebPageFuzzTests
{
    /// <summary>The readers, LibreOffice left out (a flat OpenDocument file goes to its conversion and is refused there).</summary>
    private static readonly DocumentReaders Readers = new([
        new FiscalAudit.Ingest.Pdf.PdfDocumentReader(), new FiscalAudit.Ingest.Office.Docx.DocxReader(), new FiscalAudit.Ingest.Office.Xlsx.XlsxReader(),
        new LegacyOfficeReader(soffice: null, TimeSpan.FromMinutes(1)), new FiscalAudit.Ingest.Text.HtmlReader(), new FiscalAudit.Ingest.Text.PlainTextReader()]);

    private static readonly string[] Names = ["fuzz.mht", "fuzz.mhtml", "fuzz.doc", "fuzz.xls", "fuzz.html", "fuzz.docm", "fuzz.xltx", "fuzz.fodt", "fuzz.fods", "fuzz.txt", "fuzz"];

    private static readonly byte[] Page = SingleFileWebPages.Of(
    [
        new WebPagePiece("text/html; charset=\"gb2312\"", "file:///C:/F/1.htm", Encoding.UTF8.GetBytes("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body><p>本部门2023年度支出合计199.52万元。</p><table><tr><td rowspan=2>项目</td><td colspan=2>本年支出</td></tr><tr><td>基本支出</td><td>项目支出</td></tr></table></body></html>"), "quoted-printable"),
        new WebPagePiece("text/html; charset=\"utf-8\"", "file:///C:/F/2.htm", "<html><body><table><tr><td>合计</td><td>199.52</td></tr></table></body></html>"u8.ToArray(), "base64"),
    ]);

    private static void MustNotCrash(string name, byte[] content)
    {
        try
        {
            Assert.NotNull(Readers.Read(name, content));
        }
        catch (DocumentReadException)
        {
        }
    }

    [Fact]
    public void Garbled_and_cut_single_file_pages_never_crash() =>
        Gen.Int[0, Names.Length - 1].Select(Gen.Int[0, Page.Length], Gen.Int[0, 1 << 20].Array[0, 30], Gen.Byte.Array[30]).Sample(t =>
        {
            var (name, length, positions, values) = t;
            var content = Page[..length];
            for (var i = 0; i < positions.Length && content.Length > 0; i++) content[positions[i] % content.Length] = values[i];
            MustNotCrash(Names[name], content);
        }, iter: 300);

    [Fact]
    public void Single_file_pages_assembled_from_pieces_never_crash()
    {
        var pieces = new[]
        {
            "MIME-Version: 1.0\r\n", "From: <Saved by Windows Internet Explorer 8>\r\n", "Content-Type: multipart/related; boundary=\"b\"\r\n", "Content-Type: multipart/related;\r\n\tboundary=b\r\n",
            "boundary=\"\"", "\r\n", "\r\n\r\n", "\n\n", "--b\r\n", "--b--\r\n", "--", "Content-Type: text/html; charset=\"gb2312\"\r\n", "Content-Type: text/html; charset=\"x-unknown-9\"\r\n",
            "Content-Type: text/html; charset=utf-16\r\n", "Content-Transfer-Encoding: quoted-printable\r\n", "Content-Transfer-Encoding: base64\r\n", "Content-Type: image/png\r\n",
            "=E6=94=AF=E5=87=BA", "=\r\n", "=", "=Z9", "=4", "PGh0bWw+", "5pSv5Ye6", "!!==", "<html>", "<table><tr><td rowspan=99999>合计</td><td colspan=-3>199.52</td></tr>", "</table>",
            "<meta charset=big5>", "<meta http-equiv=Content-Type content=\"text/html; charset=gbk\">", "<?xml version=\"1.0\"?>", "office:mimetype=\"application/vnd.oasis.opendocument.text\"", "\0", "\uFFFD",
        };
        Gen.Int[0, Names.Length - 1].Select(Gen.Int[0, pieces.Length - 1].Array[0, 200]).Sample(
            t => MustNotCrash(Names[t.Item1], Encoding.UTF8.GetBytes(string.Concat(t.Item2.Select(i => pieces[i])))), iter: 300);
    }

    [Fact]
    public void Random_bytes_under_the_new_extensions_never_crash() =>
        Gen.Int[0, Names.Length - 1].Select(Gen.Byte.Array[0, 2000]).Sample(t => MustNotCrash(Names[t.Item1], t.Item2), iter: 300);

    [Fact]
    public void A_whole_single_file_page_is_read_with_both_html_parts()
    {
        var document = Readers.Read("fuzz.mht", Page);
        Assert.Equal(2, document.Blocks.OfType<TableBlock>().Count());
    }
}
