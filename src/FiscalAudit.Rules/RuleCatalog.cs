using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Templates;
using FiscalAudit.Rules.Formulas;
using FiscalAudit.Rules.Templates;

namespace FiscalAudit.Rules;

/// <summary>Every rule FiscalAudit has, ordered by id, and the templates its formula rules come from.</summary>
public sealed class RuleCatalog
{
    public RuleCatalog(IReadOnlyList<IRule> rules, IReadOnlyList<TableTemplate>? templates = null)
    {
        Rules = rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList();
        Templates = templates ?? Array.Empty<TableTemplate>();
    }

    /// <summary>All public rules of this assembly with a parameterless constructor, and the formula rules of the national 决算 and the budget templates.</summary>
    public static RuleCatalog Default { get; } = Build(
        typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IRule)Activator.CreateInstance(t)!)
            .ToList(),
        new[] { TableTemplate.National, TableTemplate.Budget });

    public IReadOnlyList<IRule> Rules { get; }

    /// <summary>The templates whose identities are formula rules of this catalog.</summary>
    public IReadOnlyList<TableTemplate> Templates { get; }

    public IEnumerable<RuleDescriptor> Descriptors => Rules.Select(r => r.Descriptor).Concat(ReadingRules.All).OrderBy(d => d.Id, StringComparer.Ordinal);

    public RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// This catalog with the identities of the template <paramref name="files"/>: a file replaces the formula
    /// rules of the template of the same id, else adds its own; a rule id already used by another rule is an error.
    /// </summary>
    public RuleCatalog With(IReadOnlyList<TemplateFile> files)
    {
        var added = files.Select(TableTemplate.From).ToList();
        var ids = added.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var kept = Rules.Where(r => r is not FormulaRule f || !ids.Contains(f.TemplateId)).ToList();
        var templates = Templates.Where(t => !ids.Contains(t.Id)).Concat(added).ToList();
        foreach (var template in added)
        {
            foreach (var rule in FormulaRule.From(template))
            {
                if (kept.Any(r => r.Descriptor.Id == rule.Descriptor.Id) || ReadingRules.All.Any(d => d.Id == rule.Descriptor.Id))
                    throw new TemplateFileException($"模板文件 {template.FileName} 的规则编号 {rule.Descriptor.Id} 已被其他规则使用，请换用新的编号。");
                kept.Add(rule);
            }
        }
        return new RuleCatalog(kept, templates);
    }

    private static RuleCatalog Build(IReadOnlyList<IRule> rules, IReadOnlyList<TableTemplate> templates) =>
        new(rules.Concat(templates.SelectMany(FormulaRule.From)).ToList(), templates);
}
