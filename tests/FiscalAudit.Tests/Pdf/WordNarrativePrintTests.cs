using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Seed 002 as a reviewer receives it printed from Word or WPS (issue 12, class 10): paragraphs justified (两端对齐) with their
/// first lines indented two characters, 1.5 line spacing, the department's “…2020年度部门决算” as 页眉 and a page number as 页脚 on
/// every page (“- 3 -” or “第3页 共12页”), a footnote (脚注) whose superscript mark follows a sentence of the 情况说明 (<see cref="FootnoteMarkTests"/>),
/// the text in 五号 (10.5 pt) or 小四 (12 pt; the tables in the default size), so that sentences, amounts and
/// percentages fall at line and page ends wherever the size puts them. The print gives the same findings as the Word file read directly, and errors planted in the text are found in the
/// print exactly once. Headings are set as WPS users set them, bold paragraphs without a heading style (the print cannot tell a heading
/// style of body size from body text).
/// </summary>
public class WordNarrativePrintTests
{
    private const string Header = "沁阳市政务服务和大数据管理局2020年度部门决算";

    /// <summary>
    /// Two errors planted in the 情况说明: 第二部分's 收入合计 199.52 printed 199.25 (表一 says 199.52) and the 一般公共服务 share “占91.9%”
    /// printed “占19.9%” (176.99 of 192.58 is 91.90%). Each is found once in the print, as in the text.
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(10.5, PageNumber.OfTotal)]
    [InlineData(12.0, PageNumber.Dashed)]
    [InlineData(12.0, PageNumber.OfTotal)]
    public void Errors_planted_in_the_narrative_are_found_once_in_its_print(double points, PageNumber numbers)
    {
        var text = Planting.Planted(File.ReadAllText(Repo.Seed("002")), "seed 002", [
            ("2020 年度收入合计 199.52 万元", "2020 年度收入合计 199.25 万元"),
            ("176.99万元，占91.9%", "176.99万元，占19.9%")]);
        var docx = AsPrinted(BorderlessTablesTests.WordDocument(text, landscape: false), numbers, points);
        PrintedRendering.Check("planted.docx", docx, pdf =>
        {
            var (expected, printed) = Readings(docx, pdf);
            var found = SameReading.Findings(printed);
            Assert.Equal(SameReading.Findings(expected), found);
            var clean = SameReading.Findings(Readings(AsPrinted(BorderlessTablesTests.WordDocument(File.ReadAllText(Repo.Seed("002")), landscape: false), numbers, points), null).Expected);
            Assert.Equal(2, found.Count - clean.Count);
        });
    }

    /// <summary>
    /// A 页眉 copied from another department's or year's document, printed on every page of the 12-page print: the PDF's running header
    /// is read once, so the print gives exactly one finding more than the right header, placed in the first page's header, and the
    /// same one as the Word file read directly.
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("沁阳市教育局2020年度部门决算", "FA3014")]
    [InlineData("沁阳市政务服务和大数据管理局2019年度部门决算", "FA3010")]
    public void A_wrong_running_header_is_one_finding_in_the_print(string header, string rule)
    {
        var docx = AsPrinted(BorderlessTablesTests.WordDocument(File.ReadAllText(Repo.Seed("002")), landscape: false), PageNumber.OfTotal, 10.5, [], header: header);
        PrintedRendering.Check("header.docx", docx, pdf =>
        {
            var (expected, printed) = Readings(docx, pdf);
            Assert.Equal(SameReading.Findings(expected), SameReading.Findings(printed));
            var inHeader = Assert.Single(printed.Findings, f => f.Location.Source?.Margin is not null);
            Assert.Equal(rule, inHeader.RuleId);
            Assert.Equal("页眉", inHeader.Location.Source?.Margin);
            Assert.Equal(1, inHeader.Location.Page);
        });
    }

    /// <summary>How the page number is printed in the footer.</summary>
    public enum PageNumber
    {
        /// <summary>“- 3 -”.</summary>
        Dashed,

        /// <summary>“第3页 共12页”.</summary>
        OfTotal,
    }

    /// <summary>The Word file read directly, and its print (when given).</summary>
    private static (AuditResult Expected, AuditResult Printed) Readings(byte[] docx, string? pdf)
    {
        var auditor = new Auditor(new AuditProfile());
        var expected = auditor.Audit("002.docx", docx);
        return (expected, pdf is null ? expected : auditor.Audit(pdf));
    }

    /// <summary>
    /// The document <paramref name="docx"/> as printed documents are set: its body paragraphs justified, 1.5 lines apart, the first line of
    /// each but the headings indented two characters; a header and a page-number footer on every page; a footnote marked after the first
    /// sentence of the 情况说明's first paragraph.
    /// </summary>
    internal static byte[] AsPrinted(byte[] docx, PageNumber numbers, double points) =>
        AsPrinted(docx, numbers, points, [("总计均为 204.29 万元。", "本部分金额单位除注明外均为万元，部分合计数因四舍五入存在尾差。")]);

    /// <summary>The same with a footnote (its text <c>Note</c>) marked after each sentence <c>After</c> of <paramref name="notes"/>, the notes numbered as <paramref name="format"/> (1, 2, 3 unless given), the page header <paramref name="header"/>.</summary>
    internal static byte[] AsPrinted(byte[] docx, PageNumber numbers, double points, IReadOnlyList<(string After, string Note)> notes, NumberFormatValues? format = null, string header = Header)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = document.MainDocumentPart!;
            var body = main.Document!.Body!;
            foreach (var paragraph in body.Elements<Paragraph>())
            {
                Justify(paragraph, points);
                Sized(paragraph, points);
            }
            var headerPart = main.AddNewPart<HeaderPart>();
            headerPart.Header = new Header(Centred(new Run(new Text(header))));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Centred(numbers == PageNumber.Dashed
                ? [Plain("- "), Field("PAGE"), Plain(" -")]
                : [Plain("第"), Field("PAGE"), Plain("页 共"), Field("NUMPAGES"), Plain("页")]));
            var section = body.Elements<SectionProperties>().Last();
            section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) });
            AddFootnotes(main, body, notes);
            if (format is { } numbered) section.InsertAfter(new FootnoteProperties(new NumberingFormat { Val = numbered }), section.Elements<FooterReference>().Last());
        }
        return stream.ToArray();
    }

    /// <summary>A body paragraph justified and indented; a heading (WPS's habit) a paragraph of bold text, no heading style, not indented.</summary>
    private static void Justify(Paragraph paragraph, double points)
    {
        var heading = paragraph.ParagraphProperties?.ParagraphStyleId is not null;
        var properties = new ParagraphProperties(new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Auto });
        if (!heading) properties.Append(new Indentation { FirstLineChars = 200, FirstLine = ((int)(40 * points)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        properties.Append(new Justification { Val = JustificationValues.Both });
        paragraph.ParagraphProperties?.Remove();
        paragraph.PrependChild(properties);
        if (!heading) return;
        foreach (var run in paragraph.Elements<Run>()) (run.RunProperties ?? run.PrependChild(new RunProperties())).PrependChild(new Bold());
    }

    /// <summary>The footnotes: each mark after the first sentence <c>After</c> in the body, its text <c>Note</c> at the page's foot.</summary>
    private static void AddFootnotes(MainDocumentPart main, Body body, IReadOnlyList<(string After, string Note)> notes)
    {
        var part = main.AddNewPart<FootnotesPart>();
        part.Footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        for (var n = 1; n <= notes.Count; n++)
        {
            var (sentence, note) = notes[n - 1];
            part.Footnotes.Append(new Footnote(new Paragraph(
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                Plain(" " + note))) { Id = n });
            var run = body.Elements<Paragraph>().SelectMany(p => p.Elements<Run>()).First(r => r.InnerText.Contains(sentence, StringComparison.Ordinal));
            var text = run.InnerText;
            var cut = text.IndexOf(sentence, StringComparison.Ordinal) + sentence.Length;
            var rest = (Run)run.CloneNode(deep: true);
            run.GetFirstChild<Text>()!.Text = text[..cut];
            rest.GetFirstChild<Text>()!.Text = text[cut..];
            run.InsertAfterSelf(rest);
            run.InsertAfterSelf(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = n }));
        }
    }

    /// <summary>The paragraph's text in <paramref name="points"/> pt (the tables keep Word's default size).</summary>
    private static void Sized(Paragraph paragraph, double points)
    {
        foreach (var run in paragraph.Elements<Run>())
        {
            var properties = run.RunProperties ?? run.PrependChild(new RunProperties());
            properties.RemoveAllChildren<FontSize>();
            properties.Append(new FontSize { Val = ((int)(2 * points)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
    }

    private static Paragraph Centred(params OpenXmlElement[] runs) =>
        new([new ParagraphProperties(new Justification { Val = JustificationValues.Center }), .. runs]);

    private static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static SimpleField Field(string name) => new(new Run(new Text("1"))) { Instruction = $" {name} " };
}
