using FiscalAudit.Core.Findings;
using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Application.Review;

/// <summary>Puts together the review of one version: state, versions, decisions and notes by finding, the comparison with the version before, the history.</summary>
public sealed class ReviewOverview(ReviewSubjects subjects, FindingReview review, ReviewStates states, ReviewHistory history, ReviewActor actor)
{
    public async Task<ReviewView?> BuildAsync(long documentId, CancellationToken cancellation) =>
        await subjects.FindAsync(documentId, cancellation) is { } subject ? await BuildAsync(subject, cancellation) : null;

    public async Task<ReviewView> BuildAsync(ReviewSubject subject, CancellationToken cancellation)
    {
        var document = subject.Document;
        var book = await review.BookAsync(subject.ThreadId, cancellation);
        var events = await history.ListAsync(subject.ThreadId, cancellation);
        var comparison = await CompareAsync(subject, cancellation);
        var notes = events.Where(e => e.Action == ReviewActions.Note && e.FindingId is not null).ToLookup(e => e.FindingId!, StringComparer.OrdinalIgnoreCase);
        var versions = subject.Versions.ToDictionary(v => v.Id, v => v.Version);

        var findings = subject.Findings.Select(f =>
        {
            var decision = book.Find(f.AllIds);
            var status = decision?.Status ?? ReviewStatus.Open;
            return new FindingReviewView(f.Id, f.Rule, f.Message, status.ToJsonName(), status.ToChinese(), decision?.Reason ?? "", decision?.By, decision?.At,
                f.AllIds.SelectMany(id => notes[id]).OrderBy(e => e.Id).Select(e => new NoteView(e.By, e.At, e.Text)).ToList(),
                comparison?.ChangeOf(f));
        }).ToList();
        var editable = states.Editable(subject) is null && subject.Checked;
        var permissions = new ReviewPermissions(
            actor.Reviews && editable,
            states.Allowed(subject).Select(t => new ActionView(t.Action, t.Name, ReviewStates.Confirmation(document, t))).ToList(),
            subject.Checked,
            subject.IsLatest && document.ReviewState == ReviewState.Returned,
            actor.Reviews && subject.IsLatest ? ReviewStates.Limited(document) : null);
        return new ReviewView(
            document.Id, subject.ThreadId, document.Version, subject.IsLatest, ReviewStateNames.ToName(document.ReviewState), document.ReviewState.ToChinese(),
            StateComment(events, document.Id), subject.Checked,
            subject.Versions.Select(v => new VersionView(v.Id, v.Version, v.File, ReviewStateNames.ToName(v.ReviewState), v.ReviewState.ToChinese(), v.FinishedAt)).ToList(),
            permissions, findings,
            comparison is null ? null : new ComparisonView(subject.Previous!.Id, subject.Previous.Version,
                comparison.Fixed.Select(f => new FixedView(f.Id, f.Rule, f.Severity, f.Message, f.Location)).ToList(), comparison.Remaining.Count, comparison.New.Count),
            events.Select(e => new HistoryView(e.At, e.By, e.Action, ReviewActions.ToChinese(e.Action), e.Text, versions.GetValueOrDefault(e.DocumentId, 0), e.FindingId)).ToList());
    }

    /// <summary>The comment recorded with the version's last change of state; null when there was none.</summary>
    private static string? StateComment(IReadOnlyList<ReviewEvent> events, long version)
    {
        var own = events.Where(e => e.DocumentId == version).ToList();
        var last = own.FindLastIndex(e => e.Action == ReviewActions.State);
        return last >= 0 && last + 1 < own.Count && own[last + 1].Action == ReviewActions.Comment ? own[last + 1].Text : null;
    }

    /// <summary>Null for a first version, or while either version is not checked.</summary>
    private async Task<VersionComparison?> CompareAsync(ReviewSubject subject, CancellationToken cancellation) =>
        subject.Previous is { } previous && subject.Checked && await subjects.FindingsOfAsync(previous, cancellation) is { } before
            ? VersionComparison.Of(before, subject.Findings)
            : null;
}
