
namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// cell-links.json, which table cell a narrative amount restates: the cells of the totals by the amount's qualified key,
/// the 类 rows of 表五, the “三公” items' 表七 columns, and the word that makes a completion rate name its budget. Read once.
/// </summary>
public sealed class CellLinks
{

    /// <summary>The embedded file.</summary>
    public static CellLinks Default { get; } = VocabularyFile.Load<CellLinks>("cell-links.json");

    public List<CellLine> Cells { get; init; } = new();

    public ClassRowTarget ClassRows { get; init; } = new();

    public ThreePublicItems ThreePublic { get; init; } = new();

    public string CompletionVerb { get; init; } = string.Empty;

    /// <summary>Every cell named, a line's second cell too.</summary>
    public IEnumerable<CellTarget> Targets => Cells.SelectMany(c => c.Also is { } also ? new[] { (CellTarget)c, also } : new[] { (CellTarget)c });

    /// <summary>A cell: the table, its row's key and side (null: any), and its column.</summary>
    public class CellTarget
    {
        public string Table { get; init; } = string.Empty;

        public string? Row { get; init; }

        public string? Side { get; init; }

        public string Column { get; init; } = string.Empty;
    }

    /// <summary>The cell the amounts of every key restate, and the second one they restate, if any.</summary>
    public sealed class CellLine : CellTarget
    {
        public List<string> Keys { get; init; } = new();

        public CellTarget? Also { get; init; }
    }

    /// <summary>The 类 rows a breakdown of one whole restates.</summary>
    public sealed class ClassRowTarget
    {
        public string Whole { get; init; } = string.Empty;

        public string Table { get; init; } = string.Empty;

        public int CodeLength { get; init; }

        public string Mark { get; init; } = string.Empty;

        public string Column { get; init; } = string.Empty;
    }

    /// <summary>The “三公” items of 表七 by name, and the words their names may carry around it.</summary>
    public sealed class ThreePublicItems
    {
        public string Table { get; init; } = string.Empty;

        public string GroupWord { get; init; } = string.Empty;

        public List<string> Prefixes { get; init; } = new();

        public List<string> Suffixes { get; init; } = new();

        public Dictionary<string, string> Items { get; init; } = new(StringComparer.Ordinal);
    }
}
