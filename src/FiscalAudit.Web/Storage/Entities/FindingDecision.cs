namespace FiscalAudit.Web.Storage.Entities;

/// <summary>
/// A reviewer's decision on one finding of a document, by finding id, kept for the whole line of the
/// document's versions (<see cref="ThreadId"/>: its first version), so it survives re-checks and corrections.
/// </summary>
public sealed class FindingDecision
{
    public long Id { get; set; }

    /// <summary>The first version of the document (its own id when it has no earlier version).</summary>
    public long ThreadId { get; set; }

    /// <summary>The finding's stable id (or an id folded into a finding).</summary>
    public string FindingId { get; set; } = "";

    /// <summary>confirmed | waived (the decisions file's names).</summary>
    public string Status { get; set; } = "";

    /// <summary>Why it was waived, or what the reviewer said confirming it; empty when nothing was written.</summary>
    public string Reason { get; set; } = "";

    public string By { get; set; } = "";

    public DateTime At { get; set; }
}
