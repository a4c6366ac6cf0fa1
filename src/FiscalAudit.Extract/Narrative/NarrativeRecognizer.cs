using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Reads the facts of every statement paragraph (情况说明, 其他重要事项, performance section, attached
/// reports), resolves how they relate (whole of a share, current value of a change) and links them to
/// the table cells they restate. Runs after the tables (Order 100).
/// </summary>
public sealed class NarrativeRecognizer : IRecognizer
{
    public int Order => 200;

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var narrative = disclosure.Narrative;
        var section = string.Empty;
        var index = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    section = h.Text;
                    narrative.Years.AddRange(TextMarks.Years(h.Text, _ => h.Location, title: true));
                    narrative.Marks.AddRange(TextMarks.Find(h.Text, _ => h.Location));
                    break;
                case ParagraphBlock p when Sections.IsTitle(p.Text):
                    section = p.Text.Trim();
                    narrative.Years.AddRange(TextMarks.Years(p.Text, p.LocationAt, title: true));
                    narrative.Marks.AddRange(TextMarks.Find(p.Text, p.LocationAt));
                    break;
                case ParagraphBlock p:
                    narrative.Marks.AddRange(TextMarks.Find(p.Text, p.LocationAt));
                    if (!Sections.IsStatement(p)) break;
                    narrative.Years.AddRange(TextMarks.Years(p.Text, p.LocationAt, title: false));
                    narrative.Facts.AddRange(new ParagraphFactReader(p, section, index++).Read());
                    break;
                case TableBlock t:
                    foreach (var cell in t.Rows.SelectMany(r => r.Cells))
                        narrative.Marks.AddRange(TextMarks.Find(cell.Text, _ => cell.Location).Where(m => m.Kind == TextMarkKind.Placeholder));
                    break;
            }
        }
        FactResolver.Resolve(narrative.Facts);
        foreach (var fact in narrative.Facts) fact.Cell = CellLinker.Link(fact, disclosure.Tables);
    }
}
