using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace FiscalAudit.Ingest.Office.Docx;

/// <summary>
/// The visible text of one paragraph with the pages its pieces fall on; <paramref name="TabCells"/> are its pieces between
/// tabs when it has any (null without tabs), and <paramref name="TabAfterText"/> tells a row typed with tabs
/// (“合计→100→50”) from text only indented by them.
/// </summary>
internal sealed record DocxParagraphText(string Text, IReadOnlyList<TextPiece> Pieces, SourceLocation Location, IReadOnlyList<string>? TabCells, bool TabAfterText)
{
    /// <summary>
    /// Reads <paramref name="paragraph"/>: w:t text, tabs as spaces (and as cell breaks in <see cref="TabCells"/>), line breaks joined the Chinese way
    /// (no space between CJK characters); deleted and moved-away revisions, field codes and text boxes
    /// are not visible text. Page breaks met inside the paragraph start a new piece. <paramref name="label"/> is the number Word prints
    /// before the paragraph (“一、”), which opens the text.
    /// </summary>
    public static DocxParagraphText Read(Paragraph paragraph, SourceLocation start, DocxPageCounter pages, string label)
    {
        var text = new StringBuilder(label);
        var pieces = new List<TextPiece>();
        var first = start;
        var pendingLineBreak = false;
        foreach (var element in Visible(paragraph))
        {
            if (pages.Passes(element))
            {
                if (text.Length > 0) pieces.Add(new TextPiece(text.Length, start with { Page = pages.Page }));
                else first = start with { Page = pages.Page };
                continue;
            }
            switch (element)
            {
                case WordText t:
                    Append(text, t.Text, ref pendingLineBreak);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case Break b when b.Type?.Value != BreakValues.Page && b.Type?.Value != BreakValues.Column:
                case CarriageReturn:
                    pendingLineBreak = true;
                    break;
            }
        }
        pieces.Insert(0, new TextPiece(0, first));
        var raw = text.ToString().Replace('\u00A0', ' ');
        var cells = raw.Contains('\t') && raw.Trim().Length > 0 ? raw.TrimEnd(' ').Split('\t').Select(c => c.Trim()).ToList() : null;
        return Trimmed(raw.Replace('\t', ' '), pieces, first, cells, raw.TrimStart(' ', '\t').Contains('\t'));
    }

    private static void Append(StringBuilder text, string piece, ref bool pendingLineBreak)
    {
        if (pendingLineBreak && piece.Length > 0)
        {
            var joined = ParagraphJoiner.Join(text.ToString(), piece);
            text.Clear().Append(joined);
            pendingLineBreak = false;
            return;
        }
        text.Append(piece);
    }

    private static DocxParagraphText Trimmed(string raw, List<TextPiece> pieces, SourceLocation first, IReadOnlyList<string>? cells, bool tabAfterText)
    {
        var lead = raw.Length - raw.TrimStart().Length;
        var text = raw.Trim();
        var shifted = pieces
            .Select(p => p with { Offset = Math.Clamp(p.Offset - lead, 0, text.Length) })
            .Where((p, i) => i == 0 || p.Offset > 0)
            .ToList();
        return new DocxParagraphText(text, shifted, first, cells, tabAfterText);
    }

    /// <summary>Run-level elements in document order, skipping invisible subtrees.</summary>
    private static IEnumerable<OpenXmlElement> Visible(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is ParagraphProperties or RunProperties or DeletedRun or MoveFromRun or FieldCode
                or TextBoxContent or RubyContent) continue;
            if (child.HasChildren && child is not WordText)
            {
                foreach (var inner in Visible(child)) yield return inner;
            }
            else
            {
                yield return child;
            }
        }
    }
}
