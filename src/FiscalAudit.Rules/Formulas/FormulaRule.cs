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

    /// <summary>The id of the template the rule comes from.</summary>
    public string TemplateId { get; init; } = string.Empty;

    /// <summary>
    /// For a regional or yearly template's rule, the template a document must have been read with (or with a
    /// template based on it) to be checked; null for a rule of a whole kind's template.
    /// </summary>
    public string? OnlyFor { get; init; }

    /// <summary>The formula rules of a template; a malformed entry throws <see cref="FormulaException"/> naming the file.</summary>
    public static IReadOnlyList<FormulaRule> From(TableTemplate template) =>
        (template.Identities ?? Array.Empty<TemplateIdentity>())
            .Select(i => From(template, i))
            .ToList();

    /// <summary>How many comparisons <paramref name="formula"/> makes on a disclosure, consistent or not (0: nothing it names is printed).</summary>
    public int Comparisons(Formula formula, Disclosure disclosure) => FormulaEvaluator.Evaluate(Descriptor, formula, disclosure).Count();

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure) =>
        OnlyFor is { } template && disclosure.Template?.Uses(template) != true
            ? Enumerable.Empty<Finding?>()
            : Formulas.SelectMany(f => FormulaEvaluator.Evaluate(Descriptor, f, disclosure));

    /// <summary>The document kinds a template's formulas check: its <c>kind</c>, else (null) those of each rule's category.</summary>
    private static DocumentKind[]? Kinds(TableTemplate template)
    {
        if (template.Kind is null) return null;
        var kind = Enum.GetValues<DocumentKind>().Where(k => k.ToJsonName() == template.Kind).ToArray();
        return kind.Length == 1 ? kind : throw new FormulaException($"模板 {template.FileName} 的文件类型“{template.Kind}”无效");
    }

    private static FormulaRule From(TableTemplate template, TemplateIdentity identity)
    {
        var source = $"模板 {template.FileName} 规则 {identity.Rule} ";
        var severity = SeverityNames.Parse(identity.Severity) ?? throw new FormulaException($"{source}的级别“{identity.Severity}”无效，应为 error、warning 或 info");
        if (!Categories.Contains(identity.Category)) throw new FormulaException($"{source}的类别“{identity.Category}”无效，应为{string.Join("或", Categories)}");
        if (identity.Formulas.Count == 0) throw new FormulaException($"{source}没有审核公式");
        var descriptor = new RuleDescriptor(identity.Rule, identity.Title, severity, identity.Category, identity.Summary, Kinds(template));
        return new FormulaRule(descriptor, identity.Formulas.Select(f => FormulaParser.Parse(source, f.Text, f.PartsLabel, f.Note)).ToList())
        {
            TemplateId = template.Id,
            OnlyFor = template.Header.IsKindWide ? null : template.Id,
        };
    }
}
