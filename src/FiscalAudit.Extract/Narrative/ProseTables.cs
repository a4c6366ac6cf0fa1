using System.Text;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Running text that a PDF reader took for a table: letter-spaced lines (“万元，与上年相比增加 | 2,915.22万元，增长 | 36.58 | %。”)
/// come out as a few rows of cells. Such a table is read back as a paragraph, cell after cell, and joined
/// with the paragraph it interrupts: the unfinished one before it (“…收入、支出预算总计”) and, when the
/// table stops mid-sentence, the one after it.
/// </summary>
public static class ProseTables
{
    /// <summary>Longer tables are real tables, even with commas in their cells.</summary>
    public const int MaximumRows = 4;

    public static IReadOnlyList<Block> Rejoin(IReadOnlyList<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        var fromTable = new HashSet<ParagraphBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var isProse = block is TableBlock t && IsProse(t) && !LosesDigits(blocks, i);
            var current = isProse ? ToParagraph((TableBlock)block) : block;
            if (current is ParagraphBlock p && result.Count > 0 && result[^1] is ParagraphBlock previous
                && ((isProse || fromTable.Contains(previous)) && Continues(previous.Text) || ListGoesOn(previous.Text, p.Text)))
            {
                var joined = Join(previous, p);
                if (isProse || fromTable.Contains(previous)) fromTable.Add(joined);
                result[^1] = joined;
                continue;
            }
            if (isProse) fromTable.Add((ParagraphBlock)current);
            result.Add(current);
        }
        return result;
    }

    /// <summary>A short table whose cells read as sentences: a full stop or a comma after 万元 or a percent.</summary>
    public static bool IsProse(TableBlock table)
    {
        if (table.Rows.Count == 0 || table.Rows.Count > MaximumRows) return false;
        var text = Text(table);
        return text.Contains('。') || text.Contains("万元，", StringComparison.Ordinal) || text.Contains("%，", StringComparison.Ordinal);
    }

    /// <summary>
    /// The integer part of a number in the table was printed apart (“占 | 94%；” with “99.” below): the
    /// table's text would misquote it, so it is not read.
    /// </summary>
    private static bool LosesDigits(IReadOnlyList<Block> blocks, int i) =>
        i + 1 < blocks.Count && blocks[i + 1] is ParagraphBlock next && next.Text.Trim() is { Length: > 0 } n
        && n.All(c => char.IsAsciiDigit(c) || c is '.' or '．');

    /// <summary>
    /// “…支出预算合计21,955.35万元，其中：” followed by one item per line (“基本支出13,994.31万元，占63.75%；”):
    /// a paragraph ending in “：” or “；” goes on in the next one, unless that is a title.
    /// </summary>
    private static bool ListGoesOn(string previous, string next)
    {
        var t = previous.TrimEnd();
        return t.Length > 0 && t[^1] is '：' or ':' or '；' or ';' && !Sections.IsTitle(next) && !Sections.IsTitle(t);
    }

    /// <summary>A paragraph that stops mid-sentence (not after “。”, “；” or “：”, and no title line).</summary>
    private static bool Continues(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is not ('。' or '；' or ';' or '：' or ':') && !Sections.IsTitle(t);
    }

    private static string Text(TableBlock table) =>
        string.Concat(table.Rows.SelectMany(r => r.Cells.OrderBy(c => c.Column)).Select(c => c.Text.Trim()));

    private static ParagraphBlock ToParagraph(TableBlock table)
    {
        var text = new StringBuilder();
        var pieces = new List<TextPiece>();
        foreach (var cell in table.Rows.SelectMany(r => r.Cells.OrderBy(c => c.Column)))
        {
            var cellText = cell.Text.Trim();
            if (cellText.Length == 0) continue;
            pieces.Add(new TextPiece(text.Length, cell.Location));
            text.Append(cellText);
        }
        return new ParagraphBlock(text.ToString(), pieces.Count > 0 ? pieces : new[] { new TextPiece(0, table.Location) }, table.Location);
    }

    private static ParagraphBlock Join(ParagraphBlock first, ParagraphBlock second)
    {
        var offset = first.Text.Length;
        var pieces = first.Pieces.Concat(second.Pieces.Select(p => p with { Offset = p.Offset + offset })).ToList();
        return new ParagraphBlock(first.Text + second.Text, pieces, first.Location.Through(second.Location));
    }
}
