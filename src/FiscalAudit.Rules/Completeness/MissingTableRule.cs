using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Templates;

namespace FiscalAudit.Rules.Completeness;

/// <summary>
/// FA5001: a 部门决算 must contain every required table of its template; one printed as a picture under its caption is said to be so,
/// one found under its title but not read is left to its read note (FA0002).
/// </summary>
public sealed class MissingTableRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA5001", "缺少决算公开表", Severity.Error, RuleCategories.Completeness,
        "是否公开了模板规定的全部决算表。");

    private readonly TableTemplate template;

    public MissingTableRule()
        : this(TableTemplate.National)
    {
    }

    public MissingTableRule(TableTemplate template)
    {
        this.template = template;
    }

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.Kind != DocumentKind.FinalAccounts) yield break;
        var where = FindingLocation.At(new SourceLocation(disclosure.File));
        // A table found under its title but not read is no missing table: its read note (FA0002) says so, once.
        var missing = template.Tables.Where(t => t.Required && disclosure.Table(t.Id) is null && !disclosure.UnreadTables.ContainsKey(t.Id)).ToList();
        if (missing.Count == 0) yield break;
        if (NoTablesRead.Holds(disclosure, missing.Count))
        {
            yield return Rule.Report(
                $"这是一份部门决算，但{NoTablesRead.ExceptEmpty(disclosure)}未找到任何决算公开表（{template.Name}共 {missing.Count} 张）；若表格另行公开，可忽略本条",
                where, missing.Count, 0, Severity.Warning);
            yield break;
        }
        foreach (var table in missing)
        {
            if (disclosure.PicturedTables.TryGetValue(table.Id, out var picture))
            {
                yield return Rule.Report($"缺少{table.Marker}《{table.Title}》：此表在标题下以图片形式印出，没有可读取的表格，无法核对；{template.Name}要求公开此表，请以文字表格公开",
                    FindingLocation.At(picture) with { Table = table.Id }, table.Title, null);
                continue;
            }
            var (place, neighbour) = MissingPlace.Of(disclosure, table.Id);

            // The finding names the missing table's id (without a label: nothing of it is printed there) so that reports file it under that table.
            yield return Rule.Report($"缺少{table.Marker}《{table.Title}》：{template.Name}要求公开此表，文件中未找到（应位于{neighbour}）", place with { Table = table.Id }, table.Title, null);
        }
    }
}
