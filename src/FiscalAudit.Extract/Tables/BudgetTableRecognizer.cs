using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Finds and reads the tables of a 部门预算 / 单位预算 (Order 100) with the budget template of its year
/// (budget-tables.json), else the template that finds the most tables; records the template on the
/// disclosure so that rules know which tables it prints.
/// </summary>
public sealed class BudgetTableRecognizer : IRecognizer
{
    private readonly BudgetTables catalog;

    public BudgetTableRecognizer()
        : this(BudgetTables.Default)
    {
    }

    public BudgetTableRecognizer(BudgetTables catalog)
    {
        this.catalog = catalog;
    }

    public int Order => 100;

    public IReadOnlyList<DocumentKind> Kinds { get; } = new[] { DocumentKind.Budget };

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var candidates = catalog.Templates
            .Select(t => (Template: t, Located: TableLocator.Locate(document.Blocks, catalog.Matcher(t, disclosure.Level))))
            .ToList();
        var chosen = candidates.Where(c => disclosure.Year is int year && c.Template.Years.Contains(year)).Cast<(BudgetTemplate, List<LocatedTable>)?>().FirstOrDefault()
            ?? candidates.Where(c => c.Located.Count > 0).OrderByDescending(c => c.Located.Count).Cast<(BudgetTemplate, List<LocatedTable>)?>().FirstOrDefault();
        if (chosen is not var (template, located)) return;
        disclosure.Template = catalog.Describe(template, disclosure.Level);
        TableReading.Read(located, disclosure);
    }
}
