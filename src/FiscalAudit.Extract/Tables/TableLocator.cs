using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Finds the tables a <see cref="TitleMatcher"/> knows among a document's blocks: each table block takes the nearest title or
/// "公开0N表" marker printed after the previous table; a table block with no title of its own right
/// after a table, or with the same title repeated among short lines only, continues it (a table broken
/// across pages).
/// </summary>
public static class TableLocator
{
    private const int MaxContinuationText = 40;

    /// <summary>How many blocks before a table its title may stand (further back is a contents page).</summary>
    internal const int MaxTitleDistance = 10;

    /// <summary>How many blocks after a title without a grid its no-data note may stand (a caption line, the note).</summary>
    private const int MaxNoteDistance = 3;

    /// <summary>The tables <paramref name="titles"/> knows among <paramref name="read"/>; pictures between are nothing to read (<see cref="PicturedTables"/>).</summary>
    public static List<LocatedTable> Locate(IReadOnlyList<Block> read, TitleMatcher titles)
    {
        var blocks = GridTextRows.Split(read.Where(b => b is not PictureBlock), titles);
        var found = new List<LocatedTable>();
        LocatedTable? last = null;
        var windowStart = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not TableBlock table) continue;
            var from = Math.Max(windowStart, i - MaxTitleDistance);
            var window = blocks.Skip(from).Take(i - from).ToList();
            var titled = FindTitle(window, titles);
            if (titled is not null && last is not null && titled.Value.Table.Schema.Id == last.Schema.Id && window.All(IsShortLine))
            {
                last.Blocks.Add(table);
            }
            else if (titled is not null)
            {
                var (located, titleIndex) = titled.Value;
                last = located with { Blocks = new List<TableBlock> { table } };
                last.NoDataNote = window.Skip(titleIndex + 1).OfType<ParagraphBlock>().Select(p => p.Text).LastOrDefault(NoDataNotes.IsNoDataNote);
                last.StatedUnit = StatedUnits.Of(window.Skip(titleIndex).Select(TextOf).OfType<string>(), table);
                found.Add(last);
            }
            else if (last is not null && IsContinuation(window, titles))
            {
                last.Blocks.Add(table);
            }
            else
            {
                last = null;
            }
            windowStart = i + 1;
            if (last is not null) AttachFollowingNote(blocks, i + 1, last, titles);
        }
        found.AddRange(StatedEmpty(blocks, titles, found.Select(t => t.Schema.Id).ToHashSet()));
        return found;
    }

    /// <summary>
    /// Tables printed as their title and the note that they are empty, with no grid (西藏-style short documents: “表八　政府性基金预算财政
    /// 拨款收入支出决算表” then “本单位2020年度无政府性基金预算财政拨款收入、支出，故本表无数据，不单独列示。”): located with no blocks and
    /// their note, when no grid of theirs was found. A contents page lists titles one under another, with no note between.
    /// </summary>
    private static IEnumerable<LocatedTable> StatedEmpty(List<Block> blocks, TitleMatcher titles, HashSet<string> found)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (TextOf(blocks[i]) is not string text || titles.ByTitle(text) is not TableSchema schema || found.Contains(schema.Id)) continue;
            var note = blocks.Skip(i + 1).Take(MaxNoteDistance)
                .TakeWhile(b => b is not TableBlock && !(TextOf(b) is string t && (titles.ByTitle(t) is not null || titles.ByMarker(t) is not null)))
                .Select(TextOf).OfType<string>().FirstOrDefault(NoDataNotes.IsNoDataNote);
            if (note is null) continue;
            found.Add(schema.Id);
            yield return new LocatedTable(schema, CleanTitle(text, schema), blocks[i].Location, new List<TableBlock>()) { NoDataNote = note };
        }
    }

    /// <summary>The table a title or marker in the window announces, and the index of that title.</summary>
    internal static (LocatedTable Table, int Index)? FindTitle(List<Block> window, TitleMatcher titles)
    {
        TableSchema? byMarker = null;
        var markerIndex = -1;
        for (var k = window.Count - 1; k >= 0; k--)
        {
            var text = TextOf(window[k]);
            if (text is null) continue;
            if (byMarker is null && titles.ByMarker(text) is TableSchema marked)
            {
                byMarker = marked;
                markerIndex = k;
            }
            var schema = titles.ByTitle(text);
            if (schema is null && k + 1 < window.Count && TextOf(window[k + 1]) is string next)
                schema = titles.ByTitle(text + next);
            if (schema is not null && (byMarker is null || byMarker.Id == schema.Id))
                return (new LocatedTable(schema, CleanTitle(text, schema), window[k].Location, new List<TableBlock>()), k);
        }
        if (byMarker is null) return null;
        // A table a template names by its marker only (no title) is titled by the marker's line.
        var title = byMarker.Titles.Count > 0 ? byMarker.Titles[0] : CleanTitle(TextOf(window[markerIndex])!, byMarker);
        return (new LocatedTable(byMarker, title, window[markerIndex].Location, new List<TableBlock>()), markerIndex);
    }

    /// <summary>A title, page number or “单位：万元” line; the title repeated over a table's next page stands among such lines only.</summary>
    private static bool IsShortLine(Block block) => TextOf(block) is string text && text.Length <= MaxContinuationText;

    /// <summary>
    /// Only short lines naming no other table stand between, or a “续表” a converter may have made a heading, or the note that the
    /// table is empty printed between its caption row (“编制单位：… 单位：万元”) and its grid (四川 乡镇 “此表为空表。说明：…本表无数据。”).
    /// </summary>
    private static bool IsContinuation(List<Block> window, TitleMatcher titles) =>
        window.All(b => (b is ParagraphBlock p && ((p.Text.Length <= MaxContinuationText && !titles.Interrupts(p.Text)) || NoDataNotes.IsNoDataNote(p.Text)))
            || (b is HeadingBlock h && TableMarks.IsContinuationMark(h.Text)));

    private static void AttachFollowingNote(IReadOnlyList<Block> blocks, int from, LocatedTable table, TitleMatcher titles)
    {
        for (var k = from; k < blocks.Count && k < from + 6; k++)
        {
            if (blocks[k] is TableBlock) return;
            var text = TextOf(blocks[k]);
            if (text is null) continue;
            if (titles.ByTitle(text) is not null || titles.ByMarker(text) is not null) return;
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

    /// <summary>
    /// The title line compacted, without the table numbers printed before or after the table's name, once or twice (“表七 表7一般公共
    /// 预算财政拨款“三公”经费支出决算表” → 一般公共预算财政拨款三公经费支出决算表; table-marks.json, titleNumberMarks), nor a line of
    /// another script read with it (a Mongolian title above the Chinese).
    /// </summary>
    private static string CleanTitle(string text, TableSchema schema)
    {
        var t = string.Concat(Core.Model.RowKeys.Normalize(text).Where(c => !TableMarks.IsOtherScript(c)));
        if (t.Length == 0) return text.Trim();
        var name = schema.Titles.Where(n => t.Contains(n, StringComparison.Ordinal)).MaxBy(n => n.Length);
        if (name is null) return t;
        var at = t.IndexOf(name, StringComparison.Ordinal);
        return TableMarks.WithoutNumberMarks(t[..at]) + name + TableMarks.WithoutNumberMarks(t[(at + name.Length)..]);
    }
}
