using CsCheck;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Pdf;
using FiscalAudit.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A PDF is read page by page: a page whose content, fonts or images cannot be parsed is left unread with a Chinese note
/// naming it, the other pages are read and checked; only a file none of whose pages can be read is refused.
/// </summary>
public class DamagedPageTests
{
    private const string Name = "损坏.pdf";
    private static readonly PdfDocumentReader Reader = new();
    private static readonly Lazy<byte[]> Template = new(() => File.ReadAllBytes(Repo.Corpus("附件2：部门决算模板.pdf")));

    public static TheoryData<PageDamage> Damages => new(Enum.GetValues<PageDamage>().Where(d => d != PageDamage.None));

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_page_is_noted_and_the_others_are_read(PageDamage damage)
    {
        var document = Reader.Read(Name, MinimalPdf.WithPages([("Revenue 12.50", PageDamage.None), ("Expenditure 8.25", damage), ("Balance 4.25", PageDamage.None)]));

        Assert.Equal(["Revenue 12.50", "Balance 4.25"], document.Lines.Select(l => l.Text));
        Assert.Equal([1, 3], document.Lines.Select(l => l.Location.Page));
        var note = Assert.Single(document.Notes);
        Assert.Equal("第2页内容损坏，无法读取，该页内容未审核。", note.Message);
        Assert.Equal((Name, 2), (note.Location.File, note.Location.Page));
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_file_of_damaged_pages_is_refused_in_chinese(PageDamage damage)
    {
        var e = Assert.Throws<DocumentReadException>(() => Reader.Read(Name, MinimalPdf.WithPages([("Revenue 12.50", damage), ("Balance 4.25", damage)])));

        Assert.Equal($"文件“{Name}”已损坏：全部 2 页的内容（页面内容、字体或图像）都无法解析，无法读取。请重新获取原文件，或用原软件重新导出后再审核。", e.Message);
        ReadFailure.AssertTold(e, Name);
    }

    [Fact]
    public void A_damaged_page_beside_blank_pages_is_named_in_the_refusal()
    {
        var e = Assert.Throws<DocumentReadException>(() => Reader.Read(Name, MinimalPdf.WithPages([("", PageDamage.None), ("Balance 4.25", PageDamage.GarbledFlate), ("", PageDamage.None)])));

        Assert.Equal($"文件“{Name}”没有可读取的文字：第2页内容损坏，无法读取，其余 2 页为空白。", e.Message);
    }

    [Fact]
    public void Damaged_pages_never_crash_and_each_is_noted() =>
        Gen.Enum<PageDamage>().Array[1, 8].Sample(damages =>
        {
            var pages = damages.Select((d, i) => ($"Revenue of page {i + 1}", d)).ToList();
            var damaged = Enumerable.Range(1, damages.Length).Where(n => damages[n - 1] != PageDamage.None).ToList();
            try
            {
                var document = Reader.Read(Name, MinimalPdf.WithPages(pages));
                Assert.Equal(damaged.Select(n => $"第{n}页内容损坏，无法读取，该页内容未审核。"), document.Notes.Select(n => n.Message));
                Assert.Equal(damaged, document.Notes.Select(n => n.Location.Page!.Value));
                Assert.Equal(Enumerable.Range(1, damages.Length).Except(damaged).Select(n => $"Revenue of page {n}"), document.Lines.Select(l => l.Text));
            }
            catch (DocumentReadException e)
            {
                Assert.Equal(damages.Length, damaged.Count);
                ReadFailure.AssertTold(e, Name);
            }
        }, iter: 60);

    [SharedFact]
    public void Garbled_content_streams_of_a_real_file_leave_its_other_pages_read()
    {
        var clean = Reader.Read(Name, Template.Value);
        var count = clean.PageCount!.Value;
        Gen.Int[1, count].HashSet[1, 4].Sample(pages =>
        {
            var document = Reader.Read(Name, Garbled(Template.Value, pages));
            Assert.Equal(pages.Order().Select(n => $"第{n}页内容损坏，无法读取，该页内容未审核。"), document.Notes.Select(n => n.Message));
            var read = document.Lines.Select(l => l.Location.Page).ToHashSet();
            Assert.DoesNotContain(read, p => p is int n && pages.Contains(n));
            Assert.All(clean.Lines.Select(l => l.Location.Page!.Value).Distinct().Where(n => !pages.Contains(n)), n => Assert.Contains(n, read));
        }, iter: 12);
    }

    /// <summary>
    /// The file with the content stream of each of <paramref name="pages"/> garbled where a real file breaks: the first byte
    /// after the zlib header set to an invalid deflate block, the stream's length and every offset kept.
    /// </summary>
    private static byte[] Garbled(byte[] content, IEnumerable<int> pages)
    {
        var bytes = (byte[])content.Clone();
        using var pdf = PdfDocument.Open(content);
        foreach (var number in pages)
        {
            Assert.True(pdf.GetPage(number).Dictionary.TryGet(NameToken.Contents, out var contents));
            var offset = pdf.Structure.CrossReferenceTable.ObjectOffsets[((IndirectReferenceToken)contents).Data].Value1;
            var data = bytes.AsSpan((int)offset).IndexOf("stream"u8) + (int)offset + "stream".Length;
            data += bytes[data] == '\r' ? 2 : 1;
            bytes[data + 2] = 0xFF;
        }
        return bytes;
    }
}
