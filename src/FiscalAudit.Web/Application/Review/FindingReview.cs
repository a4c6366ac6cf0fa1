using System.Globalization;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine.Review;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Review;

/// <summary>
/// Reviewers' decisions on findings (确认问题 / 忽略 with a reason / back to 待审核) and everyone's 备注, by
/// finding id for the whole line of a document's versions; and the decisions as the CLI's decisions file.
/// </summary>
public sealed class FindingReview(AuditDbContext db, ReviewSubjects subjects, ReviewHistory history, ReviewStates states, ReviewActor actor, TimeProvider clock)
{
    public const int MaxText = 2000;

    /// <summary>The line's decisions, as the engine's book (a decision on a folded id applies to the finding that holds it).</summary>
    public async Task<ReviewBook> BookAsync(long threadId, CancellationToken cancellation) =>
        new((await db.FindingDecisions.AsNoTracking().Where(d => d.ThreadId == threadId).OrderBy(d => d.Id).ToListAsync(cancellation)).Select(ToDecision));

    public async Task<ReviewProblem?> DecideAsync(long documentId, string findingId, string? statusText, string? reason, CancellationToken cancellation)
    {
        if (!actor.Reviews) return ReviewProblem.Forbidden("只有审核人员可以确认或忽略问题。");
        if (await subjects.FindAsync(documentId, cancellation) is not { } subject) return ReviewProblem.NotFound($"没有编号为 {documentId} 的文件。");
        if (subject.FindingWith(findingId) is not { } finding) return ReviewProblem.NotFound($"该文件没有编号为 {findingId} 的问题。");
        if (ReviewStatusNames.Parse(statusText) is not { } status) return ReviewProblem.Invalid("status 应为 confirmed（确认问题）、waived（忽略）或 open（撤销结论）。");
        reason = reason?.Trim() ?? "";
        if (status == ReviewStatus.Waived && reason.Length == 0) return ReviewProblem.Invalid("忽略问题必须填写理由。");
        if (reason.Length > MaxText) return ReviewProblem.Invalid($"理由不能超过 {MaxText} 个字。");
        if (states.Editable(subject) is { } closed) return closed;

        var stored = await db.FindingDecisions.Where(d => d.ThreadId == subject.ThreadId).ToListAsync(cancellation);
        db.FindingDecisions.RemoveRange(stored.Where(d => finding.AllIds.Contains(d.FindingId, StringComparer.OrdinalIgnoreCase)));
        if (status != ReviewStatus.Open)
            db.FindingDecisions.Add(new FindingDecision { ThreadId = subject.ThreadId, FindingId = finding.Id, Status = status.ToJsonName(), Reason = reason, By = actor.Name, At = clock.GetUtcNow().UtcDateTime });
        states.BeginIfPending(subject);
        history.Record(subject.Document, ReviewActions.Decision, DecisionText(finding, status, reason), finding.Id);
        MoveFormerIds(subject, stored);
        await db.SaveChangesAsync(cancellation);
        return null;
    }

    public async Task<ReviewProblem?> NoteAsync(long documentId, string findingId, string? text, CancellationToken cancellation)
    {
        if (await subjects.FindAsync(documentId, cancellation) is not { } subject) return ReviewProblem.NotFound($"没有编号为 {documentId} 的文件。");
        if (subject.FindingWith(findingId) is not { } finding) return ReviewProblem.NotFound($"该文件没有编号为 {findingId} 的问题。");
        text = text?.Trim() ?? "";
        if (text.Length == 0) return ReviewProblem.Invalid("备注不能为空。");
        if (text.Length > MaxText) return ReviewProblem.Invalid($"备注不能超过 {MaxText} 个字。");
        history.Record(subject.Document, ReviewActions.Note, text, finding.Id);
        await db.SaveChangesAsync(cancellation);
        return null;
    }

    /// <summary>The decisions file (the CLI's --review format) of this version: every finding with its decision, or open.</summary>
    public async Task<(byte[] Content, string FileName)?> ExportAsync(long documentId, CancellationToken cancellation)
    {
        if (await subjects.FindAsync(documentId, cancellation) is not { } subject) return null;
        var book = await BookAsync(subject.ThreadId, cancellation);
        var decisions = subject.Findings.Select(f => book.Find(f.AllIds) is { } d
            ? d with { Id = f.Id, Rule = f.Rule, File = subject.Document.File, Message = f.Message }
            : new ReviewDecision(f.Id, ReviewStatus.Open, Rule: f.Rule, File: subject.Document.File, Message: f.Message));
        using var output = new MemoryStream();
        ReviewFile.Write(output, decisions);
        return (output.ToArray(), $"{Path.GetFileNameWithoutExtension(subject.Document.File)}.审核记录.json");
    }

    /// <summary>
    /// Takes the decisions of a decisions file whose ids are findings of this version (the others — another
    /// file's — are counted and left); "open" clears a decision. Nothing is saved when the file is bad.
    /// </summary>
    public async Task<(ImportOutcome? Outcome, ReviewProblem? Problem)> ImportAsync(long documentId, string name, byte[] content, CancellationToken cancellation)
    {
        if (!actor.Reviews) return (null, ReviewProblem.Forbidden("只有审核人员可以导入审核记录。"));
        if (await subjects.FindAsync(documentId, cancellation) is not { } subject) return (null, ReviewProblem.NotFound($"没有编号为 {documentId} 的文件。"));
        ReviewBook file;
        try
        {
            file = ReviewFile.Parse(name, content);
        }
        catch (ReviewFileException e)
        {
            return (null, ReviewProblem.Invalid(e.Message));
        }
        if (states.Editable(subject) is { } closed) return (null, closed);

        var current = await BookAsync(subject.ThreadId, cancellation);
        var stored = await db.FindingDecisions.Where(d => d.ThreadId == subject.ThreadId).ToListAsync(cancellation);
        int changed = 0, unchanged = 0, elsewhere = 0;
        foreach (var decision in file.Decisions)
        {
            if (subject.FindingWith(decision.Id) is not { } finding)
            {
                elsewhere++;
                continue;
            }
            var before = current.Find(finding.AllIds);
            if ((before?.Status ?? ReviewStatus.Open) == decision.Status && (before?.Reason ?? "") == (decision.Reason ?? ""))
            {
                unchanged++;
                continue;
            }
            changed++;
            db.FindingDecisions.RemoveRange(stored.Where(d => finding.AllIds.Contains(d.FindingId, StringComparer.OrdinalIgnoreCase) && db.Entry(d).State != EntityState.Deleted));
            if (decision.Status != ReviewStatus.Open)
                db.FindingDecisions.Add(new FindingDecision
                {
                    ThreadId = subject.ThreadId, FindingId = finding.Id, Status = decision.Status.ToJsonName(), Reason = decision.Reason?.Trim() ?? "",
                    By = string.IsNullOrWhiteSpace(decision.By) ? actor.Name : decision.By.Trim(), At = ParseTime(decision.At) ?? clock.GetUtcNow().UtcDateTime,
                });
            history.Record(subject.Document, ReviewActions.Decision, DecisionText(finding, decision.Status, decision.Reason?.Trim() ?? "") + "（导入）", finding.Id);
        }
        var outcome = new ImportOutcome(changed, unchanged, elsewhere);
        if (changed > 0) states.BeginIfPending(subject);
        history.Record(subject.Document, ReviewActions.Import, $"导入“{name}”：{outcome.Describe()}");
        MoveFormerIds(subject, stored);
        await db.SaveChangesAsync(cancellation);
        return (outcome, null);
    }

    /// <summary>
    /// Stores the line's decisions kept under a former id of a finding of this version (made before the id scheme changed) under
    /// its id now, so they stay with it when a later scheme forgets that former id; one already under its id is the newer.
    /// </summary>
    private void MoveFormerIds(ReviewSubject subject, IReadOnlyList<FindingDecision> stored)
    {
        var live = stored.Where(d => db.Entry(d).State != EntityState.Deleted).ToList();
        foreach (var finding in subject.Findings)
        {
            var former = live.Where(d => finding.Former.Contains(d.FindingId, StringComparer.OrdinalIgnoreCase) && !d.FindingId.Equals(finding.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            if (former.Count == 0) continue;
            var kept = live.Any(d => d.FindingId.Equals(finding.Id, StringComparison.OrdinalIgnoreCase)) || db.FindingDecisions.Local.Any(d => d.FindingId == finding.Id && db.Entry(d).State == EntityState.Added);
            if (!kept) former[0].FindingId = finding.Id;
            db.FindingDecisions.RemoveRange(kept ? former : former.Skip(1));
        }
    }

    private static ReviewDecision ToDecision(FindingDecision d) =>
        new(d.FindingId, ReviewStatusNames.Parse(d.Status) ?? ReviewStatus.Open, d.Reason, d.By, DateTime.SpecifyKind(d.At, DateTimeKind.Utc).ToString("o", CultureInfo.InvariantCulture));

    private static DateTime? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.UtcDateTime : null;

    private static string DecisionText(FindingItem finding, ReviewStatus status, string reason) =>
        $"{finding.Rule} [{finding.Id}] {status switch { ReviewStatus.Open => "撤销结论", _ => status.ToChinese() }}" + (reason.Length > 0 ? $"：{reason}" : "");
}

/// <summary>What an import did: decisions changed, decisions already so, and decisions about findings this version does not have.</summary>
public sealed record ImportOutcome(int Changed, int Unchanged, int Elsewhere)
{
    public string Describe() => $"更新 {Changed} 条结论，{Unchanged} 条未变" + (Elsewhere > 0 ? $"，{Elsewhere} 条的问题编号不在本文件中，未导入" : "") + "。";
}
