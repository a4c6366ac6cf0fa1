namespace FiscalAudit.Web.Storage.Entities;

/// <summary>
/// A document checked again with the same unit's document of the same kind for the year before (the 上年对比
/// rules FA7001–FA7099 compare with it): the JSON document object of that check, which the document's page and
/// API show instead of the unpaired <see cref="CheckResult"/> while both contents and the engine version are the
/// ones it was made from. At most one per document.
/// </summary>
public sealed class PreviousYearCheck
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    /// <summary>The previous-year document it was checked with.</summary>
    public long PreviousDocumentId { get; set; }

    /// <summary>The content of the document when it was paired.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The content of the previous-year document when it was paired.</summary>
    public string PreviousHash { get; set; } = "";

    public string EngineVersion { get; set; } = "";

    public string DocumentJson { get; set; } = "";

    public DateTime CheckedAt { get; set; }
}
