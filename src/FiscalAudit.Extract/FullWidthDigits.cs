using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract;

/// <summary>
/// Documents typed with full-width digits (“较上年增加２７.５７万元，增长１２.５％”, “２０２０年度支出合计”) are read as the same
/// text in ASCII digits: ０–９ become 0–9, ％ becomes %, and ． between two digits a decimal point. Each character is replaced by one,
/// so every offset, piece and location of the text stays where it was; a document without such characters is returned as it is.
/// </summary>
public static class FullWidthDigits
{
    /// <summary>The document with its paragraphs, headings, table cells, lines and running lines folded.</summary>
    public static SourceDocument Fold(SourceDocument document)
    {
        if (!document.Blocks.Any(Holds) && !document.Lines.Concat(document.RunningLines).Any(l => Holds(l.Text))) return document;
        var folded = new SourceDocument(document.File, document.Format, document.Blocks.Select(Fold).ToList(),
            document.Lines.Select(l => l with { Text = Fold(l.Text) }).ToList(), document.PageCount)
        {
            RecognisedPages = document.RecognisedPages,
            OmittedLines = document.OmittedLines,
            RunningLines = document.RunningLines.Select(l => l with { Text = Fold(l.Text) }).ToList(),
        };
        folded.Notes.AddRange(document.Notes);
        return folded;
    }

    /// <summary>The text with full-width digits, ％ and a ． between digits in ASCII, one character for one.</summary>
    public static string Fold(string text)
    {
        if (!Holds(text)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = text[i] == '．' && i > 0 && i + 1 < text.Length && IsDigit(text[i - 1]) && IsDigit(text[i + 1])
                ? '.'
                : NumberText.FoldWidth(text[i]);
        }
        return new string(chars);
    }

    private static Block Fold(Block block) => block switch
    {
        ParagraphBlock p => p with { Text = Fold(p.Text) },
        HeadingBlock h => h with { Text = Fold(h.Text) },
        TableBlock t => t with { Rows = t.Rows.Select(r => r with { Cells = r.Cells.Select(c => c with { Text = Fold(c.Text) }).ToList() }).ToList() },
        _ => block,
    };

    private static bool Holds(Block block) => block switch
    {
        ParagraphBlock p => Holds(p.Text),
        HeadingBlock h => Holds(h.Text),
        TableBlock t => t.Rows.Any(r => r.Cells.Any(c => Holds(c.Text))),
        _ => false,
    };

    private static bool Holds(string text) => text.Any(c => NumberText.FoldWidth(c) != c);

    private static bool IsDigit(char c) => char.IsAsciiDigit(NumberText.FoldWidth(c));
}
