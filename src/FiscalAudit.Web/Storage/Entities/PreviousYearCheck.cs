namespace FiscalAudit.Web.Storage.Entities;

/// <summary>
/// A document checked again with its counterparts among the same unit's documents: the document of the same kind
/// for the year before (the 上年对比 rules FA7001–FA7099 compare with it) and, for a 部门决算, the budget of the same
/// year (the 预决算对照 rules FA6501–FA6503), and the other file of its document set (the narrative and the tables
/// published as two files, checked as one: docs/sets.md). Holds the JSON document object of that check, which the document's page
/// and API show instead of the unpaired <see cref="CheckResult"/> while all contents and the engine version are the
/// ones it was made from. At most one per document; at least one counterpart.
/// </summary>
public sealed class PreviousYearCheck
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    /// <summary>The previous-year document it was checked with; null when there was none.</summary>
    public long? PreviousDocumentId { get; set; }

    /// <summary>The content of the document when it was paired.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The content of the previous-year document when it was paired.</summary>
    public string? PreviousHash { get; set; }

    /// <summary>The same year's budget a 部门决算 was checked with; null when there was none.</summary>
    public long? BudgetDocumentId { get; set; }

    /// <summary>The content of that budget when it was paired.</summary>
    public string? BudgetHash { get; set; }

    /// <summary>The other file of the document's set (narrative or tables part) it was checked with; null when it is not in a set.</summary>
    public long? SetDocumentId { get; set; }

    /// <summary>The content of that file when it was paired.</summary>
    public string? SetHash { get; set; }

    public string EngineVersion { get; set; } = "";

    public string DocumentJson { get; set; } = "";

    public DateTime CheckedAt { get; set; }
}
