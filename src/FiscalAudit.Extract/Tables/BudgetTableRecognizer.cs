using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Extract.Templates;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Finds and reads the tables of a 部门预算 / 单位预算 (Order 100) with the budget template the
/// <see cref="TemplateSelector"/> chooses (region, year, then the most tables found); records the template
/// on the disclosure so that rules know which tables it prints. A table whose template names no money unit (the national
/// format) is in the unit the document prints.
/// </summary>
public sealed class BudgetTableRecognizer : IRecognizer
{
    private readonly BudgetTables catalog;

    public BudgetTableRecognizer()
        : this(ReadingTemplates.Default)
    {
    }

    public BudgetTableRecognizer(ReadingTemplates templates)
    {
        catalog = templates.Budgets;
    }

    public int Order => 100;

    public IReadOnlyList<DocumentKind> Kinds { get; } = new[] { DocumentKind.Budget };

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var candidates = catalog.Templates
            .Select(t => (Template: t, Located: TableLocator.Locate(document.Blocks, catalog.Matcher(t, disclosure.Level, disclosure.Unit, disclosure.Year))))
            .ToList();
        if (TemplateSelector.Choose(candidates, c => c.Template, c => c.Located.Count, document, disclosure) is not var ((template, located), reason)) return;
        disclosure.Template = catalog.Describe(template, disclosure.Level, reason);
        TableReading.Read(located, disclosure);
    }
}
