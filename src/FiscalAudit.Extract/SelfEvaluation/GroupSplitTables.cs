using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// A third-party indicator table printed one table per first-level group, each under a caption that names the group and
/// its points (“（一）决策（15分）”) and headed 二级指标 | 三级指标 | … without a 一级指标 column: the tables are joined into
/// one with that column put back, the caption standing in it on the group's first row, so that
/// <see cref="ThirdPartyTableReader"/> reads the groups' points from the captions as it reads them from the cells.
/// </summary>
internal static class GroupSplitTables
{
    /// <summary>The longest caption (compact characters) taken for a group's.</summary>
    private const int LongestCaption = 24;

    /// <summary>The blocks with every run of captioned group tables joined in place of its captions and tables; the blocks themselves when there is none.</summary>
    public static IReadOnlyList<Block> Join(IReadOnlyList<Block> blocks, ThirdPartyVocabulary words)
    {
        List<Block>? joined = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var parts = new List<(string Caption, SourceLocation At, TableBlock Table)>();
            for (var j = i; j + 1 < blocks.Count && Caption(blocks[j], words) is string caption && blocks[j + 1] is TableBlock t && WithoutLevelOne(t, words); j += 2)
                parts.Add((caption, blocks[j].Location, t));
            var table = parts.Count > 1 ? Joined(parts, words) : null;
            if (table is null || ThirdPartyTableReader.Read(table, words) is null)
            {
                joined?.Add(blocks[i]);
                continue;
            }
            joined ??= blocks.Take(i).ToList();
            joined.Add(table);
            i += 2 * parts.Count - 1;
        }
        return joined ?? blocks;
    }

    /// <summary>
    /// The caption's text, compact and without the words framing the group's name (“表1”, “评分表”: <see cref="ThirdPartyVocabulary.CaptionFrames"/>),
    /// when the block is a short line naming a framework group (“（一）决策（15分）”, “2.项目过程”, “表1 决策指标评分（10分）”).
    /// </summary>
    private static string? Caption(Block block, ThirdPartyVocabulary words)
    {
        var text = block switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, _ => null };
        if (text is null || EvaluationText.Compact(EvaluationText.Clean(text)) is not { Length: > 0 and <= LongestCaption } key) return null;
        var caption = words.WithoutCaptionFrames(key);
        return words.GroupOf(ThirdPartyTableReader.LevelParts(caption, words).Name) is null ? null : caption;
    }

    /// <summary>True when the table's first row is a header naming 三级指标 and no 一级指标.</summary>
    private static bool WithoutLevelOne(TableBlock table, ThirdPartyVocabulary words)
    {
        var levels = table.Rows.Count == 0 ? [] : table.Rows[0].Cells.Select(c => words.LevelOf(EvaluationText.Compact(EvaluationText.Clean(c.Text)))).ToList();
        return levels.Contains(3) && !levels.Contains(1);
    }

    /// <summary>The first table's header with 一级指标 before it, then each table's rows shifted one column right, its caption left of its first row.</summary>
    private static TableBlock Joined(List<(string Caption, SourceLocation At, TableBlock Table)> parts, ThirdPartyVocabulary words)
    {
        static List<SourceCell> Shifted(IEnumerable<SourceCell> cells) => cells.Select(c => c with { Column = c.Column + 1 }).ToList();
        var header = parts[0].Table.Rows[0];
        var rows = new List<SourceRow> { header with { Cells = [new SourceCell(words.LevelHeaders[0], 0, header.Location), .. Shifted(header.Cells)] } };
        foreach (var (caption, at, table) in parts)
        {
            var first = true;
            foreach (var row in table.Rows.Skip(1))
            {
                var cells = Shifted(row.Cells);
                rows.Add(row with { Cells = first ? [new SourceCell(caption, 0, at), .. cells] : cells });
                first = false;
            }
        }
        return new TableBlock(rows, parts[0].At.Through(parts[^1].Table.Location)) { ColumnsInferred = parts.Any(p => p.Table.ColumnsInferred) };
    }
}
