using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Engine.Merging;
using FiscalAudit.Engine.Pairing;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Pdf.Ocr;
using FiscalAudit.Rules;
using FiscalAudit.Rules.Narrative;
using FiscalAudit.Rules.SelfEvaluation;

namespace FiscalAudit.Engine;

/// <summary>
/// Ingest → Extract → Rules for one document, given as a path or as bytes with a name. Never throws
/// for a bad file: it becomes a finding. Configured by one <see cref="AuditProfile"/>.
/// </summary>
public sealed class Auditor
{
    private readonly AuditProfile profile;

    public Auditor(AuditProfile? profile = null)
    {
        this.profile = profile ?? new AuditProfile();
    }

    public Auditor(RuleSettings settings)
        : this(new AuditProfile { Settings = settings })
    {
    }

    public AuditProfile Profile => profile;

    /// <summary>Audits a file on disk; a file that cannot be opened is an FA0001 finding.</summary>
    public AuditResult Audit(string path)
    {
        byte[] content;
        try
        {
            content = DocumentReaders.Load(path);
        }
        catch (DocumentReadException e)
        {
            return Failed(path, null, ReadingRules.Unreadable, e.Message);
        }
        return Audit(path, content);
    }

    /// <summary>
    /// Audits a document given as bytes; <paramref name="name"/> (a path or an uploaded file's name) is
    /// only shown, never opened. A file that cannot be read, or on which FiscalAudit itself fails,
    /// becomes one error finding for that file; it never stops a run over many files.
    /// </summary>
    public AuditResult Audit(string name, byte[] content) => Audit(name, content, CancellationToken.None);

    /// <summary>
    /// As <see cref="Audit(string, byte[])"/>, within a time limit: once <paramref name="timeLimit"/> has
    /// passed, the check stops at the next page, recogniser or rule and the document gets one FA0005
    /// finding instead of its findings. Cancelling <paramref name="cancellation"/> (a stopping worker)
    /// throws <see cref="OperationCanceledException"/>: the document is then not checked at all.
    /// </summary>
    public AuditResult Audit(string name, byte[] content, TimeSpan timeLimit, CancellationToken cancellation) =>
        Audit(name, content, new CheckLimit(timeLimit), cancellation);

    /// <summary>
    /// As <see cref="Audit(string, byte[], TimeSpan, CancellationToken)"/>, the limit growing by its time per scanned page once
    /// the reader has found the pages to recognise; their recognition is told to the limit's progress.
    /// </summary>
    public AuditResult Audit(string name, byte[] content, CheckLimit limit, CancellationToken cancellation)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // CancelAfter(0) cancels from a timer thread, after a small document may already be done.
        if (limit.Base <= TimeSpan.Zero) timer.Cancel();
        else timer.CancelAfter(limit.Base);
        void Extend(int pages) => timer.CancelAfter(TimeSpan.FromTicks(Math.Max(1, limit.Remaining(watch.Elapsed).Ticks)));
        limit.Progress.Started += Extend;
        try
        {
            using (RecognitionProgress.Follow(limit.Progress)) return Audit(name, content, timer.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return TimedOut(name, limit.Current);
        }
        finally
        {
            limit.Progress.Started -= Extend;
        }
    }

    /// <summary>The result of a document whose check passed its time limit: one FA0005 finding, nothing read.</summary>
    public AuditResult TimedOut(string name, TimeSpan timeLimit) =>
        Failed(name, null, ReadingRules.TimedOut, $"审核文件“{name}”超过 {TimeLimitText(timeLimit)}的时间上限，已停止，本文件未完成审核。文件可能过大或版式异常：请检查文件，或拆分后重新上传。");

    private AuditResult Audit(string name, byte[] content, CancellationToken cancellation)
    {
        Disclosure? disclosure = null;
        try
        {
            disclosure = profile.Extractor.Extract(profile.Readers.Read(name, content, cancellation), cancellation);
            Recognised.RecognisedNames.Apply(disclosure, profile.Catalog, OcrSettings.Default.Names);
            return new AuditResult(name, disclosure, Check(disclosure, cancellation), null);
        }
        catch (DocumentReadException e)
        {
            if (e.InnerException is { } cause) profile.Faults?.Invoke($"Reading {name} failed", cause);
            return Failed(name, null, ReadingRules.Unreadable, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            profile.Faults?.Invoke($"Checking {name} failed", e);
            return Failed(name, disclosure, ReadingRules.InternalError, $"审核文件“{name}”时程序内部出错，本文件未完成审核。请将此文件反馈给开发人员。");
        }
    }

    /// <summary>
    /// Audits many files, <paramref name="parallelism"/> at a time, and yields each result in input
    /// order as soon as it and those before it are done; at most twice that many results are held.
    /// </summary>
    public IEnumerable<AuditResult> AuditAll(IEnumerable<string> paths, int parallelism = 0) => AuditAll(paths, Audit, parallelism);

    /// <summary>As <see cref="AuditAll(IEnumerable{string}, int)"/>, each input audited by <paramref name="audit"/> (a file on disk, or bytes with a name).</summary>
    public IEnumerable<AuditResult> AuditAll<T>(IEnumerable<T> inputs, Func<T, AuditResult> audit, int parallelism = 0)
    {
        var width = parallelism > 0 ? parallelism : Environment.ProcessorCount;
        var window = new Queue<Task<AuditResult>>();
        foreach (var input in inputs)
        {
            window.Enqueue(Task.Run(() => audit(input)));
            while (window.Count > 0 && (window.Count >= 2 * width || window.Peek().IsCompleted))
                yield return window.Dequeue().GetAwaiter().GetResult();
        }
        while (window.Count > 0) yield return window.Dequeue().GetAwaiter().GetResult();
    }

    /// <summary>
    /// The result checked again with <paramref name="other"/> when it is the document's counterpart
    /// (<see cref="DocumentPairing.RoleOf"/>): the same unit's document of the year before, for the 上年对比 rules, or
    /// for a final-accounts document the same department's budget of the same year, for the 预决算对照 rules. With
    /// <paramref name="sameUnit"/> (the default) the caller knows both are one unit's although the printed names may
    /// differ (the web application attributes both to one unit of its organisation tree, by name or alias); without
    /// it the printed departments must agree. A document that is no counterpart is returned unchanged.
    /// </summary>
    public AuditResult CheckWith(AuditResult result, Disclosure other, bool sameUnit = true)
    {
        if (result.Disclosure is not { } disclosure) return result;
        switch (DocumentPairing.RoleOf(other, disclosure, sameUnit))
        {
            case PairRole.PreviousYear:
                disclosure.PreviousYear = other;
                break;
            case PairRole.SameYearBudget:
                disclosure.SameYearBudget = other;
                break;
            default:
                return result;
        }
        return result with { Findings = Check(disclosure) };
    }

    /// <summary>
    /// The files of one document set (<see cref="Pairing.DocumentSets"/>; the narrative part first) checked as one
    /// disclosure (<see cref="Pairing.SetJoiner"/>), so that the narrative is checked against the tables; each file
    /// keeps its own result with the findings located in it (<see cref="AuditResult.Set"/> names the others). The
    /// reading rules (what was read and checked in a file, FA0002, FA0004) run on each file alone.
    /// </summary>
    public IReadOnlyList<AuditResult> CheckInSet(IReadOnlyList<AuditResult> members)
    {
        var joined = Pairing.SetJoiner.Join(members.Select(m => m.Disclosure!).ToList());
        var findings = RunRules(joined, CancellationToken.None, r => !Pairing.SetJoiner.IsAboutTheFile(r));
        var files = members.Select(m => m.File).ToList();
        return members.Select(m => m with
        {
            Findings = Finish(
                RunRules(m.Disclosure!, CancellationToken.None, Pairing.SetJoiner.IsAboutTheFile).Concat(findings.Where(f => Pairing.SetJoiner.FileOf(f, files) == m.File)),
                m.Disclosure, m.File),
            Set = files.Where(f => f != m.File).ToList(),
        }).ToList();
    }

    /// <summary>"5 分钟", "90 秒", "0.2 秒": a time limit as a reviewer reads it.</summary>
    private static string TimeLimitText(TimeSpan limit) =>
        limit.TotalMinutes >= 1 && limit.TotalMinutes == Math.Floor(limit.TotalMinutes) ? $"{limit.TotalMinutes:0} 分钟" : $"{limit.TotalSeconds:0.###} 秒";

    private AuditResult Failed(string name, Disclosure? disclosure, RuleDescriptor rule, string message) =>
        new(name, disclosure, Finish(new[] { rule.Report(message, FindingLocation.At(new SourceLocation(name))) }, disclosure, name), message);

    /// <summary>
    /// Runs the scoring step, then every rule that applies to the document's kind; a rule that
    /// crashes is reported, never fatal. Findings come back ordered, with ids, one per cause
    /// (<see cref="FindingMerger"/>) and with review decisions.
    /// </summary>
    public IReadOnlyList<Finding> Check(Disclosure disclosure, CancellationToken cancellation = default) =>
        Finish(RunRules(disclosure, cancellation), disclosure, disclosure.File);

    /// <summary>The findings of the rules <paramref name="include"/> selects (all by default); the reading notes count as FA0002.</summary>
    private List<Finding> RunRules(Disclosure disclosure, CancellationToken cancellation, Func<RuleDescriptor, bool>? include = null)
    {
        include ??= _ => true;
        EvaluationScoring.Apply(disclosure);
        var findings = new List<Finding>();
        if (include(ReadingRules.ReadNote))
        {
            foreach (var note in disclosure.Source.Notes.Concat(disclosure.Notes))
                findings.Add(ReadingRules.ReadNote.Report(note.Message, FindingLocation.At(note.Location)));
        }
        foreach (var rule in profile.Catalog.Rules.Where(r => r.Descriptor.Kinds.Contains(disclosure.Kind) && include(r.Descriptor)))
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                findings.AddRange(rule.Check(disclosure));
            }
            catch (Exception e)
            {
                profile.Faults?.Invoke($"Rule {rule.Descriptor.Id} failed on {disclosure.File}", e);
                findings.Add(ReadingRules.ReadNote.Report(
                    $"规则 {rule.Descriptor.Id} 运行出错，已跳过，本文件中该规则的检查未完成。",
                    FindingLocation.At(new SourceLocation(disclosure.File)), severity: Severity.Warning));
            }
        }
        return findings;
    }

    private IReadOnlyList<Finding> Finish(IEnumerable<Finding> findings, Disclosure? disclosure, string name)
    {
        var kept = findings.Select(f => RecognisedText.Soften(f, disclosure?.Source.RecognisedPages)).Select(profile.Settings.Apply).OfType<Finding>().OrderBy(f => f, FindingOrder.Instance).ToList();
        // A finding about a mistyped figure may have moved to it: the order is kept by sorting again. Its own place is left out of
        // its related places (ids are made without related places).
        return FindingMerger.Apply(FindingIdentity.Assign(kept, disclosure, name), MergeCatalog.Default, disclosure is null ? null : NarrativeRestatements.Of(disclosure), disclosure).Select(f => f.WithoutOwnPlaceRelated())
            .OrderBy(f => f, FindingOrder.Instance).Select(profile.Review.Apply).ToList();
    }
}
