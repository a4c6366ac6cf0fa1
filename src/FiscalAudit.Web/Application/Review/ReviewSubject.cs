using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Application.Review;

/// <summary>
/// One version of a document as the review sees it: its row (tracked, so its state can change), the
/// first version of its line (<see cref="ThreadId"/>), every visible version of the line, and its
/// findings (empty until it is checked).
/// </summary>
public sealed record ReviewSubject(Document Document, IReadOnlyList<Document> Versions, IReadOnlyList<FindingItem> Findings, bool Checked)
{
    public long ThreadId => ThreadOf(Document);

    /// <summary>True when no later version corrects this one: only the latest version is reviewed.</summary>
    public bool IsLatest => Versions.All(v => v.Version <= Document.Version);

    /// <summary>The version this one corrects (the one before it); null for a first version.</summary>
    public Document? Previous => Versions.Where(v => v.Version < Document.Version).MaxBy(v => v.Version);

    /// <summary>The finding of this version that holds the id (its own or a folded one); null when none does.</summary>
    public FindingItem? FindingWith(string id) => Findings.FirstOrDefault(f => f.AllIds.Contains(id, StringComparer.OrdinalIgnoreCase));

    public static long ThreadOf(Document document) => document.VersionOf ?? document.Id;
}
