using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Tables a converter left as a picture: a table's title or “公开0N表” marker (as <see cref="TableLocator"/> finds it) stands over a
/// picture (“![](images/x.jpg)”) with no table between them since the previous table or picture.
/// </summary>
public static class PicturedTables
{
    /// <summary>The id of each table so printed and where its picture is.</summary>
    public static IEnumerable<(string Id, SourceLocation Picture)> Find(IReadOnlyList<Block> blocks, TitleMatcher titles)
    {
        var windowStart = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is TableBlock) windowStart = i + 1;
            if (blocks[i] is not PictureBlock picture) continue;
            var from = Math.Max(windowStart, i - TableLocator.MaxTitleDistance);
            if (TableLocator.FindTitle(blocks.Skip(from).Take(i - from).ToList(), titles) is { } titled) yield return (titled.Table.Schema.Id, picture.Location);
            windowStart = i + 1;
        }
    }
}
