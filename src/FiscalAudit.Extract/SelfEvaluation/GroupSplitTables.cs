using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// A third-party indicator table printed one table per first-level group, each under a caption that names the group and
/// its points (“（一）决策（15分）”) and headed 二级指标 | 三级指标 | … without a 一级指标 column: the tables are joined into
/// one with that column put back, the caption standing in it on the group's first row, so that
/// <see cref="ThirdPartyTableReader"/> reads the groups' points from the captions as it reads them from the cells. A group may
/// also be printed one table per second-level group, each under a numbered caption of its own (“（5）项目立项（6分）”, the ordinals
/// running on through the groups) and headed 三级指标 | … without a 二级指标 column: that caption is put back in the 二级指标 column
/// (its bracketed number an ordinal, as a second-level cell's is).
/// </summary>
internal static class GroupSplitTables
{
    /// <summary>The longest caption (compact characters) taken for a group's.</summary>
    private const int LongestCaption = 24;

    /// <summary>A caption and where it stands.</summary>
    private sealed record Caption(string Text, SourceLocation At);

    /// <summary>A first-level group's caption and its tables, each under its second-level caption when the group is printed by second level.</summary>
    private sealed record GroupPart(Caption Group, List<(Caption? Level2, TableBlock Table)> Tables)
    {
        public bool ByLevel2 => Tables[0].Level2 is not null;

        /// <summary>The blocks the part took: its caption, and each table with its caption.</summary>
        public int Blocks => 1 + Tables.Count * (ByLevel2 ? 2 : 1);
    }

    /// <summary>The blocks with every run of captioned group tables joined in place of its captions and tables; the blocks themselves when there is none.</summary>
    public static IReadOnlyList<Block> Join(IReadOnlyList<Block> blocks, ThirdPartyVocabulary words)
    {
        List<Block>? joined = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var parts = Parts(blocks, i, words);
            var table = parts.Count > 1 ? Joined(parts, words) : null;
            if (table is null || ThirdPartyTableReader.Read(table, words) is null)
            {
                joined?.Add(blocks[i]);
                continue;
            }
            joined ??= blocks.Take(i).ToList();
            joined.Add(table);
            i += parts.Sum(p => p.Blocks) - 1;
        }
        return joined ?? blocks;
    }

    /// <summary>The run of group parts from block <paramref name="first"/> on, all printed the same way (by group or by second level).</summary>
    private static List<GroupPart> Parts(IReadOnlyList<Block> blocks, int first, ThirdPartyVocabulary words)
    {
        var parts = new List<GroupPart>();
        for (var j = first; j < blocks.Count && GroupCaption(blocks[j], words) is Caption caption;)
        {
            var tables = new List<(Caption?, TableBlock)>();
            var k = j + 1;
            if (k < blocks.Count && blocks[k] is TableBlock t && Without(t, words, 1))
            {
                tables.Add((null, t));
                k++;
            }
            else
            {
                for (; k + 1 < blocks.Count && Level2Caption(blocks[k], words) is Caption level2 && blocks[k + 1] is TableBlock s && Without(s, words, 1, 2); k += 2)
                    tables.Add((level2, s));
            }
            var part = new GroupPart(caption, tables);
            if (tables.Count == 0 || (parts.Count > 0 && parts[0].ByLevel2 != part.ByLevel2)) break;
            parts.Add(part);
            j = k;
        }
        return parts;
    }

    /// <summary>
    /// The caption's text, compact and without the words framing the group's name (“表1”, “评分表”: <see cref="ThirdPartyVocabulary.CaptionFrames"/>),
    /// when the block is a short line naming a framework group (“（一）决策（15分）”, “2.项目过程”, “表1 决策指标评分（10分）”).
    /// </summary>
    private static Caption? GroupCaption(Block block, ThirdPartyVocabulary words) =>
        ShortLine(block) is string key && words.WithoutCaptionFrames(key) is var caption && words.GroupOf(ThirdPartyTableReader.LevelParts(caption, words).Name) is not null
            ? new Caption(caption, block.Location) : null;

    /// <summary>
    /// A second-level caption: a short line numbered by an ordinal (“（5）项目立项（6分）”, “1.资金管理”) that names no framework group, and
    /// no sentence; its bracketed number stays an ordinal when the reader takes it as a second-level cell.
    /// </summary>
    private static Caption? Level2Caption(Block block, ThirdPartyVocabulary words) =>
        ShortLine(block) is string key && LevelPatterns.Default.StartsWithOrdinal(key) && !Kinds.HeadingText.IsSentence(key)
        && ThirdPartyTableReader.LevelParts(key, words).Name is { Length: > 0 } name && words.GroupOf(name) is null
            ? new Caption(key, block.Location) : null;

    /// <summary>The compact text of a heading or paragraph no longer than <see cref="LongestCaption"/>.</summary>
    private static string? ShortLine(Block block)
    {
        var text = block switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, _ => null };
        return text is not null && EvaluationText.Compact(EvaluationText.Clean(text)) is { Length: > 0 and <= LongestCaption } key ? key : null;
    }

    /// <summary>True when the table's first row is a header naming 三级指标 and none of the <paramref name="levels"/>.</summary>
    private static bool Without(TableBlock table, ThirdPartyVocabulary words, params int[] levels)
    {
        var named = table.Rows.Count == 0 ? [] : table.Rows[0].Cells.Select(c => words.LevelOf(EvaluationText.Compact(EvaluationText.Clean(c.Text)))).ToList();
        return named.Contains(3) && !levels.Any(named.Contains);
    }

    /// <summary>
    /// The first table's header with the level columns the parts leave out before it (一级指标, and 二级指标 for parts by second level),
    /// then each table's rows shifted right by as many columns, the captions left of its first row.
    /// </summary>
    private static TableBlock Joined(List<GroupPart> parts, ThirdPartyVocabulary words)
    {
        var shift = parts[0].ByLevel2 ? 2 : 1;
        List<SourceCell> Shifted(IEnumerable<SourceCell> cells) => cells.Select(c => c with { Column = c.Column + shift }).ToList();
        var header = parts[0].Tables[0].Table.Rows[0];
        var levels = words.LevelHeaders.Take(shift).Select((h, c) => new SourceCell(h, c, header.Location));
        var rows = new List<SourceRow> { header with { Cells = [.. levels, .. Shifted(header.Cells)] } };
        foreach (var part in parts)
        {
            var firstOfGroup = true;
            foreach (var (level2, table) in part.Tables)
            {
                var first = true;
                foreach (var row in table.Rows.Skip(1))
                {
                    var captions = new List<SourceCell>();
                    if (firstOfGroup) captions.Add(new SourceCell(part.Group.Text, 0, part.Group.At));
                    if (first && level2 is not null) captions.Add(new SourceCell(level2.Text, 1, level2.At));
                    rows.Add(row with { Cells = [.. captions, .. Shifted(row.Cells)] });
                    (first, firstOfGroup) = (false, false);
                }
            }
        }
        var tables = parts.SelectMany(p => p.Tables).Select(t => t.Table).ToList();
        return new TableBlock(rows, parts[0].Group.At.Through(tables[^1].Location)) { ColumnsInferred = tables.Any(t => t.ColumnsInferred) };
    }
}
