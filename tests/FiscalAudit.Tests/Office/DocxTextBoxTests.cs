using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Documents;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Office.Docx;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Office;

/// <summary>Text set in text boxes (a cover title, a note beside a table) is read once, after the paragraph it is anchored in.</summary>
public class DocxTextBoxTests
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private static string Box(params string[] lines) =>
        "<w:txbxContent>" + string.Concat(lines.Select(l => $"<w:p><w:r><w:t>{l}</w:t></w:r></w:p>")) + "</w:txbxContent>";

    /// <summary>A paragraph anchoring a text box as Word writes it: a drawing (wps) and the same box again as a VML fallback.</summary>
    private static Paragraph Anchored(string text, params string[] lines) => new(
        $"<w:p {Namespaces}><w:r><w:t>{text}</w:t></w:r><w:r><mc:AlternateContent>" +
        "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
        $"<wps:wsp><wps:txbx>{Box(lines)}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
        $"<mc:Fallback><w:pict><v:shape><v:textbox>{Box(lines)}</v:textbox></v:shape></w:pict></mc:Fallback>" +
        "</mc:AlternateContent></w:r></w:p>");

    /// <summary>A box in old VML only (no drawing), as older Word and WPS write it.</summary>
    private static Paragraph VmlOnly(params string[] lines) => new(
        $"<w:p {Namespaces}><w:r><w:pict><v:shape><v:textbox>{Box(lines)}</v:textbox></v:shape></w:pict></w:r></w:p>");

    private static SourceDocument Read(params DocumentFormat.OpenXml.OpenXmlElement[] body) => new DocxReader().Read("文本框.docx", Create(body));

    [Fact]
    public void A_cover_in_a_text_box_is_read_once_and_names_the_department_and_year()
    {
        var document = Read(
            Anchored(string.Empty, "沁阳市政务服务和大数据管理局", "2020年度部门决算"),
            P("目 录", "1"),
            P("第一部分 部门概况", "1"));

        Assert.Equal(["沁阳市政务服务和大数据管理局", "2020年度部门决算", "目 录", "第一部分 部门概况"], document.Lines.Select(l => l.Text));
        var disclosure = DisclosureExtractor.Default.Extract(document);
        Assert.Equal(("沁阳市政务服务和大数据管理局", 2020), (disclosure.Department, disclosure.Year));
    }

    [Fact]
    public void Box_text_follows_the_text_of_its_paragraph_and_a_vml_only_box_is_read()
    {
        var document = Read(
            Anchored("收入支出决算总表", "单位：万元"),
            VmlOnly("注：本表反映部门本年度的总收支。"));

        Assert.Equal(["收入支出决算总表", "单位：万元", "注：本表反映部门本年度的总收支。"], document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
    }

    [Fact]
    public void A_box_inside_a_box_is_read_once()
    {
        var inner = Box("内层文字");
        var outer = new Paragraph(
            $"<w:p {Namespaces}><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>外层文字</w:t></w:r>" +
            $"<w:r><w:pict><v:shape><v:textbox>{inner}</v:textbox></v:shape></w:pict></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>");

        Assert.Equal(["外层文字", "内层文字"], Read(outer).Lines.Select(l => l.Text));
    }

    /// <summary>
    /// A table and the paragraphs over it in a box Word 2010 and later writes twice (a wps drawing and its VML fallback), built with
    /// the OpenXml SDK as Word saves it: the title, the unit line and the table are read once each, in place of the box's anchor.
    /// </summary>
    [Fact]
    public void A_table_and_paragraphs_in_a_box_written_twice_are_read_once()
    {
        var table = Table(
            Row(Cell("项 目"), Cell("金 额")),
            Row(Cell("一、一般公共预算财政拨款收入"), Cell("199.52")),
            Row(Cell("本年收入合计"), Cell("199.52")));
        var docx = ReworkedDocx.BoxedTwice(Create(P("收入支出决算总表"), P("金额单位：万元"), table, P("注：本表反映部门本年度的总收支。")));

        var document = new DocxReader().Read("文本框.docx", docx);

        Assert.Equal(["收入支出决算总表", "金额单位：万元", "项 目\t金 额", "一、一般公共预算财政拨款收入\t199.52", "本年收入合计\t199.52", "注：本表反映部门本年度的总收支。"],
            document.Lines.Select(l => l.Text).Where(t => t.Length > 0));
        var read = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(3, read.Rows.Count);
    }
}
