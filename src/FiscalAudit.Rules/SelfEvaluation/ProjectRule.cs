using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>A rule that looks at each project evaluation of a document in turn.</summary>
public abstract class ProjectRule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>True for rules that read the scoring step's recomputation; projects it could not score are skipped.</summary>
    protected virtual bool NeedsRecomputation => false;

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.Evaluations.Projects
            .Where(p => !NeedsRecomputation || p.Recomputation is not null)
            .SelectMany(p => Check(p, ScoringSchemes.For(p), disclosure)).ToList();

    protected abstract IEnumerable<Finding> Check(ProjectEvaluation project, ScoringScheme scheme, Disclosure disclosure);
}

/// <summary>A rule that looks at each department evaluation of a document in turn.</summary>
public abstract class DepartmentRule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.Evaluations.Departments.SelectMany(d => Check(d, disclosure)).ToList();

    protected abstract IEnumerable<Finding> Check(DepartmentEvaluation evaluation, Disclosure disclosure);
}
