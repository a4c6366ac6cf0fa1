using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Office.Docx;

/// <summary>
/// The page headers and footers (页眉, 页脚) of a Word document as <see cref="SourceDocument.RunningLines"/>: each section's
/// (w:sectPr, in order) default, first-page and even-page header and footer parts, each paragraph a line placed as a reviewer finds
/// it (“页眉（第1节）”, “首页页脚（第2节）”). A first-page header Word prints only where the section sets w:titlePg, an even-page
/// one only where the settings set w:evenAndOddHeaders: one Word does not print is not read.
/// </summary>
internal static class DocxRunningLines
{
    public static IReadOnlyList<TextLine> Read(string path, MainDocumentPart main, Body body)
    {
        var evenPages = IsOn(main.DocumentSettingsPart?.Settings?.GetFirstChild<EvenAndOddHeaders>());
        var printed = new List<TextLine>();
        foreach (var (section, number) in body.Descendants<SectionProperties>().Select((s, i) => (s, i + 1)))
        {
            var firstPage = IsOn(section.GetFirstChild<TitlePage>());
            printed.AddRange(Parts<HeaderReference>(path, main, section, "页眉", number, firstPage, evenPages));
            printed.AddRange(Parts<FooterReference>(path, main, section, "页脚", number, firstPage, evenPages));
        }
        return RunningText.Lines(printed);
    }

    private static IEnumerable<TextLine> Parts<TReference>(string path, MainDocumentPart main, SectionProperties section, string margin, int number, bool firstPage, bool evenPages)
        where TReference : HeaderFooterReferenceType
    {
        foreach (var reference in section.Elements<TReference>())
        {
            var type = reference.Type?.Value ?? HeaderFooterValues.Default;
            if (type == HeaderFooterValues.First && !firstPage || type == HeaderFooterValues.Even && !evenPages) continue;
            if (reference.Id?.Value is not { } id || !main.TryGetPartById(id, out var part) || part.RootElement is not { } root) continue;
            var place = new SourceLocation(path, Margin: $"{Prefix(type)}{margin}（第{number}节）");
            foreach (var paragraph in root.Descendants<Paragraph>())
            {
                yield return new TextLine(DocxParagraphText.Read(paragraph, place, DocxPageCounter.None, string.Empty).Text, place);
            }
        }
    }

    private static string Prefix(HeaderFooterValues type) =>
        type == HeaderFooterValues.First ? "首页" : type == HeaderFooterValues.Even ? "偶数页" : string.Empty;

    private static bool IsOn(OnOffType? flag) => flag is not null && (flag.Val is null || flag.Val.Value);
}
