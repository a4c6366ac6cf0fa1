using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Extract;
using FiscalAudit.Ingest;
using FiscalAudit.Rules;
using FiscalAudit.Rules.SelfEvaluation;

namespace FiscalAudit.Engine;

/// <summary>Ingest → Extract → Rules for one file. Never throws for a bad file: it becomes a finding.</summary>
public sealed class Auditor
{
    private readonly DocumentReaders readers;
    private readonly DisclosureExtractor extractor;
    private readonly RuleCatalog catalog;
    private readonly RuleSettings settings;

    public Auditor(RuleSettings? settings = null, DocumentReaders? readers = null, DisclosureExtractor? extractor = null, RuleCatalog? catalog = null)
    {
        this.settings = settings ?? new RuleSettings();
        this.readers = readers ?? DocumentReaders.Default;
        this.extractor = extractor ?? DisclosureExtractor.Default;
        this.catalog = catalog ?? RuleCatalog.Default;
    }

    /// <summary>
    /// Audits one file. A file that cannot be read, or on which FiscalAudit itself fails, becomes one
    /// error finding for that file; it never stops a run over many files.
    /// </summary>
    public AuditResult Audit(string path)
    {
        Disclosure? disclosure = null;
        try
        {
            disclosure = extractor.Extract(readers.Read(path));
            return new AuditResult(path, disclosure, Check(disclosure), null);
        }
        catch (DocumentReadException e)
        {
            return Failed(path, null, ReadingRules.Unreadable, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(path, disclosure, ReadingRules.InternalError, $"审核文件“{path}”时程序内部出错，本文件未完成审核（{e.GetType().Name}）。请将此文件反馈给开发人员。");
        }
    }

    private static AuditResult Failed(string path, Disclosure? disclosure, RuleDescriptor rule, string message) =>
        new(path, disclosure, new[] { rule.Report(message, FindingLocation.At(new Core.Documents.SourceLocation(path))) }, message);

    /// <summary>Runs the scoring step, then every rule; a rule that crashes is reported, never fatal.</summary>
    public IReadOnlyList<Finding> Check(Disclosure disclosure)
    {
        EvaluationScoring.Apply(disclosure);
        var findings = new List<Finding>();
        foreach (var note in disclosure.Source.Notes.Concat(disclosure.Notes))
            findings.Add(ReadingRules.ReadNote.Report(note.Message, FindingLocation.At(note.Location)));
        foreach (var rule in catalog.Rules)
        {
            try
            {
                findings.AddRange(rule.Check(disclosure));
            }
            catch (Exception e)
            {
                findings.Add(ReadingRules.ReadNote.Report(
                    $"规则 {rule.Descriptor.Id} 运行出错，已跳过，本文件中该规则的检查未完成（{e.GetType().Name}）。",
                    FindingLocation.At(new Core.Documents.SourceLocation(disclosure.File)), severity: Severity.Warning));
            }
        }
        return findings.Select(settings.Apply).OfType<Finding>().OrderBy(f => f, FindingOrder.Instance).ToList();
    }
}
