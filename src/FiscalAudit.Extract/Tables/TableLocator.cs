using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Finds the standard tables among a document's blocks: each table block takes the nearest title or
/// "公开0N表" marker printed after the previous table; a table block with no title of its own right
/// after a table continues it (a table broken across pages).
/// </summary>
public static class TableLocator
{
    private const int MaxContinuationText = 40;

    public static List<LocatedTable> Locate(IReadOnlyList<Block> blocks)
    {
        var found = new List<LocatedTable>();
        LocatedTable? last = null;
        var windowStart = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not TableBlock table) continue;
            var window = blocks.Skip(windowStart).Take(i - windowStart).ToList();
            var titled = FindTitle(window);
            if (titled is not null)
            {
                var (located, titleIndex) = titled.Value;
                last = located with { Blocks = new List<TableBlock> { table } };
                last.NoDataNote = window.Skip(titleIndex + 1).OfType<ParagraphBlock>().Select(p => p.Text).LastOrDefault(NoDataNotes.IsNoDataNote);
                found.Add(last);
            }
            else if (last is not null && IsContinuation(window))
            {
                last.Blocks.Add(table);
            }
            else
            {
                last = null;
            }
            windowStart = i + 1;
            if (last is not null) AttachFollowingNote(blocks, i + 1, last);
        }
        return found;
    }

    /// <summary>The table a title or marker in the window announces, and the index of that title.</summary>
    private static (LocatedTable Table, int Index)? FindTitle(List<Block> window)
    {
        TableSchema? byMarker = null;
        var markerIndex = -1;
        for (var k = window.Count - 1; k >= 0; k--)
        {
            var text = TextOf(window[k]);
            if (text is null) continue;
            if (byMarker is null && TitleMatcher.ByMarker(text) is TableSchema marked)
            {
                byMarker = marked;
                markerIndex = k;
            }
            var schema = TitleMatcher.ByTitle(text);
            if (schema is null && k + 1 < window.Count && TextOf(window[k + 1]) is string next)
                schema = TitleMatcher.ByTitle(text + next);
            if (schema is not null && (byMarker is null || byMarker.Id == schema.Id))
                return (new LocatedTable(schema, CleanTitle(text), window[k].Location, new List<TableBlock>()), k);
        }
        return byMarker is null ? null : (new LocatedTable(byMarker, byMarker.Titles[0], window[markerIndex].Location, new List<TableBlock>()), markerIndex);
    }

    private static bool IsContinuation(List<Block> window) =>
        window.All(b => b is ParagraphBlock p && p.Text.Length <= MaxContinuationText && TitleMatcher.ByTitle(p.Text) is null);

    private static void AttachFollowingNote(IReadOnlyList<Block> blocks, int from, LocatedTable table)
    {
        for (var k = from; k < blocks.Count && k < from + 6; k++)
        {
            if (blocks[k] is TableBlock) return;
            var text = TextOf(blocks[k]);
            if (text is null) continue;
            if (TitleMatcher.ByTitle(text) is not null || TitleMatcher.ByMarker(text) is not null) return;
            if (NoDataNotes.IsNoDataNote(text))
            {
                table.NoDataNote = text;
                return;
            }
        }
    }

    private static string? TextOf(Block block) => block switch
    {
        HeadingBlock h => h.Text,
        ParagraphBlock p => p.Text,
        _ => null,
    };

    private static string CleanTitle(string text)
    {
        var t = Core.Model.RowKeys.Normalize(text);
        return t.Length == 0 ? text.Trim() : t;
    }
}
