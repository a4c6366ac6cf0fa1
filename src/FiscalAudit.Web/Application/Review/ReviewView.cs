namespace FiscalAudit.Web.Application.Review;

/// <summary>A version of the document's line: its page, its number and its review state.</summary>
public sealed record VersionView(long Id, int Version, string File, string State, string StateName, DateTime? Checked);

/// <summary>A note on a finding.</summary>
public sealed record NoteView(string By, DateTime At, string Text);

/// <summary>
/// One finding of the version with its decision (status open | confirmed | waived), its notes and, on a
/// corrected version, whether the version before had it (change remaining | new).
/// </summary>
public sealed record FindingReviewView(string Id, string Rule, string Message, string Status, string StatusName, string Reason, string? By, string? At, IReadOnlyList<NoteView> Notes, string? Change);

/// <summary>A fixed finding (of the version before) as the comparison lists it.</summary>
public sealed record FixedView(string Id, string Rule, string Severity, string Message, string Location);

/// <summary>This version against the one it corrects.</summary>
public sealed record ComparisonView(long PreviousId, int PreviousVersion, IReadOnlyList<FixedView> Fixed, int Remaining, int New);

public sealed record HistoryView(DateTime At, string By, string Action, string ActionName, string Text, int Version, string? FindingId);

/// <summary>
/// What the logged-in person may do: decide findings, move the state (actions with their button text), write notes, upload a correction;
/// <see cref="Waiting"/> says why a reviewer may not move the state now (the document is still being checked) or only return it (not accepted), else null.
/// </summary>
public sealed record ReviewPermissions(bool Decide, IReadOnlyList<ActionView> Actions, bool Note, bool Upload, string? Waiting);

/// <summary>A move of the review state as a button; <see cref="Confirm"/> is the question asked before it is made (null: none).</summary>
public sealed record ActionView(string Action, string Name, string? Confirm = null);

/// <summary>
/// The review of one version of a document: GET /api/documents/{id}/review and the document page's review panel.
/// <see cref="Comment"/> is what the reviewer wrote with the version's last change of state (the 退回整改 requirements).
/// </summary>
public sealed record ReviewView(
    long Id, long Thread, int Version, bool Latest, string State, string StateName, string? Comment, bool Checked,
    IReadOnlyList<VersionView> Versions, ReviewPermissions Can, IReadOnlyList<FindingReviewView> Findings,
    ComparisonView? Comparison, IReadOnlyList<HistoryView> History);
