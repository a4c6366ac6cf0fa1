namespace FiscalAudit.Web.Storage.Entities;

/// <summary>One action on a document's review — who, when, what — shown as the document's history.</summary>
public sealed class ReviewEvent
{
    public long Id { get; set; }

    /// <summary>The first version of the document: the history is the whole line's.</summary>
    public long ThreadId { get; set; }

    /// <summary>The version the action was taken on.</summary>
    public long DocumentId { get; set; }

    public DateTime At { get; set; }

    public string By { get; set; } = "";

    /// <summary>What kind of action (see ReviewActions): decision, note, state, version, import.</summary>
    public string Action { get; set; } = "";

    /// <summary>The finding the action concerns; null for the document's own actions.</summary>
    public string? FindingId { get; set; }

    /// <summary>What was done, as a person reads it (Chinese).</summary>
    public string Text { get; set; } = "";
}
