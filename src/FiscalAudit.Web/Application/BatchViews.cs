namespace FiscalAudit.Web.Application;

/// <summary>GET /api/batches/{id}: the batch and each document's state and figures.</summary>
public sealed record BatchView(long Id, string? Label, DateTime Created, string Status, BatchProgress Progress, IReadOnlyList<DocumentRow> Documents);

/// <summary>
/// One document of a batch. Status: queued | running | done | failed | rejected; checks: how many
/// completed checks of these bytes are stored; level: a budget's department | unit (as in the CLI's JSON); the counts are null
/// while it has no current result (queued, running, rejected); rechecking: queued or running again after it showed a result;
/// template: its current result is of a blank template (no figures: only its completeness was checked).
/// </summary>
public sealed record DocumentRow(
    long Id, string File, string Status, string? Reason, long? DuplicateOf, int Checks,
    string? Kind, string? Level, string? Department, int? Year, int? Errors, int? Warnings, int? Infos, bool Rechecking, bool Template);

/// <summary>Counts by state and the estimated seconds left (null until a first check finished).</summary>
public sealed record BatchProgress(int Total, int Queued, int Running, int Done, int Failed, int Rejected, int? SecondsLeft);

/// <summary>GET /api/batches: one line per batch; the counts (blank templates among them) are those of its checked documents, the ones being rechecked not among them.</summary>
public sealed record BatchSummary(long Id, string? Label, DateTime Created, string Status, int Documents, int Finished, int Rechecking, int Errors, int Warnings, int Infos, int Templates);
