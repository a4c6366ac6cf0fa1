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

    public AuditResult Audit(string path)
    {
        Disclosure disclosure;
        try
        {
            disclosure = extractor.Extract(readers.Read(path));
        }
        catch (DocumentReadException e)
        {
            var finding = ReadingRules.Unreadable.Report(e.Message, FindingLocation.At(new Core.Documents.SourceLocation(path)));
            return new AuditResult(path, null, new[] { finding }, e.Message);
        }
        return new AuditResult(path, disclosure, Check(disclosure), null);
    }

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
                    $"规则 {rule.Descriptor.Id} 运行出错，已跳过：{e.GetType().Name}: {e.Message}",
                    FindingLocation.At(new Core.Documents.SourceLocation(disclosure.File)), severity: Severity.Warning));
            }
        }
        return findings.Select(settings.Apply).OfType<Finding>().OrderBy(f => f, FindingOrder.Instance).ToList();
    }
}
