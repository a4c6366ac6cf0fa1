using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FiscalAudit.Ingest.Office.Docx;

/// <summary>
/// Counts pages while the body is walked. When Word saved rendered page breaks
/// (w:lastRenderedPageBreak) they are used alone, since they already include explicit breaks;
/// otherwise explicit breaks count: w:br type="page", pageBreakBefore, and section breaks that start a
/// new page. Without either, pages are unknown (<see cref="Page"/> is null).
/// </summary>
internal sealed class DocxPageCounter
{
    private readonly bool rendered;
    private readonly bool enabled;
    private int page = 1;

    private DocxPageCounter(bool rendered, bool enabled)
    {
        this.rendered = rendered;
        this.enabled = enabled;
    }

    public static DocxPageCounter For(Body body)
    {
        var rendered = body.Descendants<LastRenderedPageBreak>().Any();
        var explicitBreaks = body.Descendants<Break>().Any(IsPageBreak)
            || body.Descendants<PageBreakBefore>().Any(IsOn)
            || body.Descendants<ParagraphProperties>().Any(p => p.SectionProperties is { } s && StartsNewPage(s));
        return new DocxPageCounter(rendered, rendered || explicitBreaks);
    }

    /// <summary>A counter that counts no pages: for text outside the body (a page header's).</summary>
    public static DocxPageCounter None => new(false, false);

    /// <summary>The current 1-based page, or null when the document gives no way to count pages.</summary>
    public int? Page => enabled ? page : null;

    public void BeforeParagraph(Paragraph paragraph)
    {
        if (!rendered && paragraph.ParagraphProperties?.PageBreakBefore is { } before && IsOn(before)) page++;
    }

    /// <summary>Called for each run-level element of a paragraph in order; true when a new page starts.</summary>
    public bool Passes(OpenXmlElement element)
    {
        var breaks = rendered ? element is LastRenderedPageBreak : element is Break b && IsPageBreak(b);
        if (breaks) page++;
        return breaks;
    }

    public void AfterParagraph(Paragraph paragraph)
    {
        if (!rendered && paragraph.ParagraphProperties?.SectionProperties is { } section && StartsNewPage(section)) page++;
    }

    private static bool IsPageBreak(Break b) => b.Type?.Value == BreakValues.Page;

    private static bool IsOn(OnOffType value) => value.Val?.Value ?? true;

    private static bool StartsNewPage(SectionProperties section) =>
        section.GetFirstChild<SectionType>()?.Val?.Value is not { } type || type != SectionMarkValues.Continuous;
}
