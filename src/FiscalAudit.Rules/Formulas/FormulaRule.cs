using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using FiscalAudit.Rules.Templates;

namespace FiscalAudit.Rules.Formulas;

/// <summary>
/// A rule whose checks are formulas of a template (审核公式): its descriptor and formulas come from the
/// template file, the evaluation from <see cref="FormulaEvaluator"/>. Like every table rule it skips
/// blank templates and tables without figures.
/// </summary>
public sealed class FormulaRule : FigureRule
{
    private static readonly string[] Categories = { RuleCategories.TableBalance, RuleCategories.CrossTable };

    public FormulaRule(RuleDescriptor descriptor, IReadOnlyList<Formula> formulas)
    {
        Descriptor = descriptor;
        Formulas = formulas;
    }

    public override RuleDescriptor Descriptor { get; }

    public IReadOnlyList<Formula> Formulas { get; }

    /// <summary>The formula rules of a template; a malformed entry throws <see cref="FormulaException"/> naming the file.</summary>
    public static IReadOnlyList<FormulaRule> From(TableTemplate template) =>
        (template.Identities ?? Array.Empty<TemplateIdentity>()).Select(i => From(template.FileName, i)).ToList();

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure) =>
        Formulas.SelectMany(f => FormulaEvaluator.Evaluate(Descriptor, f, disclosure));

    private static FormulaRule From(string file, TemplateIdentity identity)
    {
        var source = $"模板 {file} 规则 {identity.Rule} ";
        var severity = SeverityNames.Parse(identity.Severity) ?? throw new FormulaException($"{source}的级别“{identity.Severity}”无效，应为 error、warning 或 info");
        if (!Categories.Contains(identity.Category)) throw new FormulaException($"{source}的类别“{identity.Category}”无效，应为{string.Join("或", Categories)}");
        if (identity.Formulas.Count == 0) throw new FormulaException($"{source}没有审核公式");
        var descriptor = new RuleDescriptor(identity.Rule, identity.Title, severity, identity.Category, identity.Summary);
        return new FormulaRule(descriptor, identity.Formulas.Select(f => FormulaParser.Parse(source, f.Text, f.PartsLabel, f.Note)).ToList());
    }
}
