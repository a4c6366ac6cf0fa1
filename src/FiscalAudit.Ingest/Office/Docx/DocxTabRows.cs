using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Office.Docx;

/// <summary>
/// Consecutive paragraphs typed as rows with tabs (“项目→金额”, a table pasted as text) become one table, as the same
/// rows in a text file do; a lone such paragraph stays a paragraph (a date or a signature set off by a tab). Text only
/// indented by tabs starts no table but, right after such rows, is a row whose first cells are blank.
/// </summary>
internal sealed class DocxTabRows
{
    private readonly List<DocxParagraphText> pending = new();

    public bool Take(DocxParagraphText paragraph)
    {
        if (paragraph.TabCells is null || pending.Count == 0 && !paragraph.TabAfterText) return false;
        pending.Add(paragraph);
        return true;
    }

    /// <summary>The blocks and lines of the rows taken since the last flush.</summary>
    public void Flush(List<Block> blocks, List<TextLine> lines)
    {
        if (pending.Count == 1)
        {
            var only = pending[0];
            lines.Add(new TextLine(only.Text, only.Location));
            blocks.Add(new ParagraphBlock(only.Text, only.Pieces, only.Location));
        }
        else if (pending.Count > 1)
        {
            var rows = pending.Select(Row).ToList();
            lines.AddRange(pending.Select(p => new TextLine(string.Join('\t', p.TabCells!), p.Location)));
            blocks.Add(new TableBlock(rows, rows[0].Location.Through(rows[^1].Location)));
        }
        pending.Clear();
    }

    private static SourceRow Row(DocxParagraphText paragraph) =>
        new(paragraph.TabCells!.Select((c, i) => new SourceCell(c, i, paragraph.Location)).ToList(), paragraph.Location);
}
