using System.Xml.Linq;
using CsCheck;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Ofd;
using FiscalAudit.Ingest.Pdf.Ocr;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ofd;

/// <summary>
/// Damaged OFD files: every failure is a <see cref="DocumentReadException"/> whose Chinese message names the file and the part
/// at fault; nothing else escapes the reader. Without OCR, pages holding only images are noted, and a file of such pages is refused as a scan.
/// </summary>
public class OfdRobustnessTests
{
    private const string Name = "测试.ofd";
    private const string Page = "Doc_0/Pages/Page_0/Content.xml";
    private static readonly OfdReader Reader = new();
    private static readonly Lazy<byte[]> Clean = new(() => ComposedOfd.Write(OfdWriting.Named("runs with DeltaX in the g form")));

    [Theory]
    [InlineData("OFD.xml", null, "OFD.xml 不存在")]
    [InlineData("Doc_0/Document.xml", null, "Doc_0/Document.xml 不存在")]
    [InlineData(Page, null, Page + " 不存在")]
    [InlineData(Page, "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content>", Page + " 不是有效的 XML")]
    [InlineData("OFD.xml", "<OFD><DocBody/></OFD>", "OFD.xml 中没有 DocBody/DocRoot")]
    [InlineData("Doc_0/Document.xml", "<Document><CommonData/><Pages/></Document>", "Doc_0/Document.xml 中没有页面")]
    [InlineData("Doc_0/Document.xml", "<Document><Pages><Page ID=\"1\"/></Pages></Document>", "Doc_0/Document.xml 中第1页没有 BaseLoc")]
    [InlineData("Doc_0/Document.xml", "<Document><Pages><Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></Pages></Document>", Page + " 没有页面大小")]
    public void A_missing_or_malformed_part_is_named(string part, string? text, string expected)
    {
        var parts = TestOfd.Parts([ComposedOfd.Page(new OfdWriting())]);
        if (text is null) parts.Remove(part);
        else parts[part] = text;
        AssertRefused(TestOfd.Zip(parts), expected);
    }

    [Theory]
    [InlineData("Boundary", "20 40 x 10", "TextObject 的 Boundary 值“20 40 x 10”不是有效的数值")]
    [InlineData("Boundary", "20 40 10", "TextObject 的 Boundary 值“20 40 10”不是有效的数值")]
    [InlineData("Size", "-3", "TextObject 的 Size 值“-3”不是有效的数值")]
    [InlineData("CTM", "1 0 0 NaN 0 0", "TextObject 的 CTM 值“1 0 0 NaN 0 0”不是有效的数值")]
    [InlineData("DeltaX", "3.5 abc", "TextCode 的 DeltaX 值“3.5 abc”不是有效的数值")]
    [InlineData("DeltaX", "g 3", "TextCode 的 DeltaX 值“g 3”不是有效的数值")]
    [InlineData("DeltaX", "g -2 1.75", "TextCode 的 DeltaX 值“g -2 1.75”不是有效的数值")]
    [InlineData("X", "1e999", "TextCode 的 X 值“1e999”不是有效的数值")]
    public void A_bad_number_in_the_text_is_named_with_its_part_and_attribute(string attribute, string value, string expected)
    {
        var page = ComposedOfd.Page(new OfdWriting());
        var text = page.Objects.First(o => o.Name.LocalName == "TextObject");
        var target = attribute is "DeltaX" or "X" ? text.Elements().Single() : text;
        target.SetAttributeValue(attribute, value);
        AssertRefused(TestOfd.Write([page]), $"{Page} 中 {expected}");
    }

    [Theory]
    [InlineData("M 0 0 L 10")]
    [InlineData("M 0 0 X 10 10")]
    [InlineData("M 0 0 L 10 ten")]
    public void A_bad_path_is_named_with_its_part(string data)
    {
        var page = ComposedOfd.Page(new OfdWriting());
        page.Objects.First(o => o.Name.LocalName == "PathObject").Elements().Single().Value = data;
        AssertRefused(TestOfd.Write([page]), $"{Page} 中 PathObject 的 AbbreviatedData 值“{data}”不是有效的数值");
    }

    [Fact]
    public void A_page_that_draws_a_template_the_document_lacks_is_named()
    {
        var parts = TestOfd.Parts([ComposedOfd.Page(new OfdWriting())]);
        parts[Page] = parts[Page].Replace("<ofd:Content>", "<ofd:Template TemplateID=\"9\"/><ofd:Content>", StringComparison.Ordinal);
        AssertRefused(TestOfd.Zip(parts), $"{Page} 引用的模板页“9”不存在");
    }

    [Fact]
    public void A_huge_page_count_is_refused_before_any_page_is_read()
    {
        var pages = new XElement("Pages", Enumerable.Range(0, OfdSettings.Default.MaxPages + 1).Select(i => new XElement("Page", new XAttribute("BaseLoc", $"Pages/Page_{i}/Content.xml"))));
        var parts = TestOfd.Parts([ComposedOfd.Page(new OfdWriting())]);
        parts["Doc_0/Document.xml"] = new XElement("Document", new XElement("CommonData", new XElement("PageArea", new XElement("PhysicalBox", "0 0 210 297"))), pages).ToString();
        AssertRefused(TestOfd.Zip(parts), $"Doc_0/Document.xml 列出 {OfdSettings.Default.MaxPages + 1} 页，超过可读取的上限 {OfdSettings.Default.MaxPages} 页");
    }

    [Fact]
    public void Without_OCR_a_page_holding_only_an_image_is_noted_and_a_file_of_such_pages_refused_as_a_scan()
    {
        var reader = new OfdReader(recogniser: new ScanRecogniser(null, null, OcrSettings.Default));
        var scan = new OfdTestPage(210, 297, [new XElement(TestOfd.Ns + "ImageObject", new XAttribute("ID", "i"), new XAttribute("Boundary", "0 0 210 297"), new XAttribute("ResourceID", "5"))]);
        var document = reader.Read(Name, TestOfd.Write([ComposedOfd.Page(new OfdWriting()), scan]));
        Assert.Equal(2, document.PageCount);
        var note = Assert.Single(document.Notes);
        Assert.Equal("第2页是扫描件，无可提取文字，本服务器未安装文字识别（OCR）组件，该页内容未审核。", note.Message);
        Assert.Equal(2, note.Location.Page);

        var e = Assert.Throws<DocumentReadException>(() => reader.Read(Name, TestOfd.Write([scan, scan])));
        Assert.Equal($"文件“{Name}”是扫描件，无可提取文字（共 2 页，2 页为图像），本服务器未安装文字识别（OCR）组件（pdftoppm、tesseract），无法识别。请先做文字识别（OCR）再审核。", e.Message);
    }

    [Fact]
    public void Truncated_files_never_crash() =>
        Gen.Int[1, Clean.Value.Length - 1].Sample(length => ReadOrReject(Clean.Value[..length]), iter: 40);

    [Fact]
    public void Corrupted_files_never_crash() =>
        Gen.Select(Gen.Int[0, Clean.Value.Length - 1], Gen.Int[1, 64], Gen.Byte).Sample((offset, length, value) =>
        {
            var bytes = (byte[])Clean.Value.Clone();
            Array.Fill(bytes, value, offset, Math.Min(length, bytes.Length - offset));
            ReadOrReject(bytes);
        }, iter: 100);

    [Fact]
    public void A_truncated_file_is_reported_as_damaged()
    {
        var e = Assert.Throws<DocumentReadException>(() => Reader.Read(Name, Clean.Value[..(Clean.Value.Length / 2)]));
        Assert.Equal($"OFD 文件“{Name}”已损坏或被截断，ZIP 压缩包无法打开。请重新获取原文件后再审核。", e.Message);
        Assert.DoesNotContain(e.InnerException!.Message, e.Message);
    }

    private static void AssertRefused(byte[] ofd, string expected)
    {
        var e = Assert.Throws<DocumentReadException>(() => Reader.Read(Name, ofd));
        Assert.StartsWith($"OFD 文件“{Name}”", e.Message);
        Assert.Contains(expected, e.Message);
    }

    /// <summary>Reading either succeeds or fails with a DocumentReadException naming the file in Chinese, without the library's words; any other exception fails the test.</summary>
    private static void ReadOrReject(byte[] bytes)
    {
        try
        {
            var document = Reader.Read(Name, bytes);
            Assert.All(document.Lines, l => Assert.Equal(1, l.Location.Page));
        }
        catch (DocumentReadException e)
        {
            ReadFailure.AssertTold(e, Name);
        }
    }
}
