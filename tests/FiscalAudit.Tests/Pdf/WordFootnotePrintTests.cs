using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Footnotes (脚注) in seed 002 printed from Word (issue 12, class 10): a note after the first sentence that ends in “万元。” of each long
/// paragraph, its text under the separator rule at the foot of the page its mark is on — pages where the paragraph runs on to the next
/// page, pages with two notes, in 9 pt text (smaller than the tables and the notes, where a note's line would stand as a heading), 10.5
/// and 12 pt, numbered 1, 2, 3 or ①, ②, ③; a section ending (the next on a new page) right after the last paragraph with a note. The
/// print reads as the Word file does: each paragraph holding a mark comes back whole (a note never cuts a paragraph running on to the next
/// page), no note stands as a paragraph or heading of its own, the findings are the same; the notes' text is kept among the page's lines.
/// </summary>
public class WordFootnotePrintTests
{
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(9.0, false, false)]
    [InlineData(10.5, true, false)]
    [InlineData(12.0, false, true)]
    [InlineData(10.5, false, true)]
    public void Footnotes_printed_at_the_page_foot_leave_the_paragraphs_whole(double points, bool circled, bool sectionEnds)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        var notes = Notes(text);
        var docx = WordNarrativePrintTests.AsPrinted(BorderlessTablesTests.WordDocument(text, landscape: false), WordNarrativePrintTests.PageNumber.Dashed, points, notes,
            circled ? NumberFormatValues.DecimalEnclosedCircle : null);
        if (sectionEnds) docx = SectionEndsAfter(docx, notes[^1].After);
        PrintedRendering.Check("notes.docx", docx, pdf =>
        {
            var word = DocumentReaders.Default.Read("002.docx", docx);
            var print = DocumentReaders.Default.Read(pdf);
            var printed = Paragraphs(print);
            Assert.All(Paragraphs(word).Where(p => notes.Any(n => p.Contains(Squeezed(n.After), StringComparison.Ordinal))), p => Assert.Contains(p, printed));
            Assert.DoesNotContain(print.Blocks, b => notes.Any(n => BlockText(b).Contains(Squeezed(n.Note), StringComparison.Ordinal)));
            Assert.All(notes, n => Assert.Contains(print.Lines, l => Squeezed(l.Text).Contains(Squeezed(n.Note), StringComparison.Ordinal)));
            var auditor = new Auditor(new AuditProfile());
            Assert.Equal(SameReading.Findings(auditor.Audit("002.docx", docx)), SameReading.Findings(auditor.Audit(pdf)));
        });
    }

    /// <summary>A note after the first sentence ending in “万元。” of each long paragraph, each saying what a reviewer's note says.</summary>
    private static List<(string After, string Note)> Notes(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 60 && !l.Contains('\t') && l.Contains("万元。", StringComparison.Ordinal))
            .Select((l, i) => (l[..(l.IndexOf("万元。", StringComparison.Ordinal) + 3)],
                i % 2 == 0 ? $"本段金额单位为万元，部分合计数因四舍五入存在尾差（注{i + 1}）。" : $"数据来源：2020年度部门决算报表，经财政部门审核批复（注{i + 1}）。"))
            .ToList();

    /// <summary>The document with a section ending (the next on a new page) after the paragraph holding <paramref name="sentence"/>.</summary>
    private static byte[] SectionEndsAfter(byte[] docx, string sentence)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var paragraph = body.Elements<Paragraph>().First(p => p.InnerText.Contains(sentence, StringComparison.Ordinal));
            var section = (SectionProperties)body.Elements<SectionProperties>().Last().CloneNode(deep: true);
            paragraph.InsertAfterSelf(new Paragraph(new ParagraphProperties(section)));
        }
        return stream.ToArray();
    }

    /// <summary>The document's paragraphs that hold a sentence, spaces taken out (a print sets no space where the text has one).</summary>
    private static List<string> Paragraphs(SourceDocument document) =>
        document.Blocks.OfType<ParagraphBlock>().Select(p => Squeezed(p.Text)).Where(p => p.Contains('。')).ToList();

    private static string BlockText(Block block) => block switch
    {
        ParagraphBlock p => Squeezed(p.Text),
        HeadingBlock h => Squeezed(h.Text),
        _ => string.Empty,
    };

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
