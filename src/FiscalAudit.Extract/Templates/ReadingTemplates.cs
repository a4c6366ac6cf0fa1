using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Templates;
using FiscalAudit.Extract.Tables;

namespace FiscalAudit.Extract.Templates;

/// <summary>
/// The templates documents are read with: the budget templates (budget-tables.json) and the final-accounts
/// templates (final-accounts-templates.json: the national one; every final-accounts template reads the
/// national tables T1–T9 of standard-tables.json), plus those of user template files (<see cref="With"/>).
/// </summary>
public sealed class ReadingTemplates
{
    private ReadingTemplates(BudgetTables budgets, IReadOnlyList<TemplateHeader> finalAccounts)
    {
        Budgets = budgets;
        FinalAccounts = finalAccounts;
    }

    public static ReadingTemplates Default { get; } = new(
        BudgetTables.Default,
        EmbeddedJson.Load<List<TemplateHeader>>(typeof(ReadingTemplates).Assembly, "final-accounts-templates.json"));

    public BudgetTables Budgets { get; }

    public IReadOnlyList<TemplateHeader> FinalAccounts { get; }

    /// <summary>Every template with the number of tables it prints (both levels' tables for a budget).</summary>
    public IEnumerable<(TemplateHeader Header, int Tables)> All =>
        FinalAccounts.Select(h => (h, TableSchema.Standard.Count))
            .Concat(Budgets.Templates.Select(h => (h, Budgets.Schemas(h, null).Count)));

    /// <summary>These templates with those of <paramref name="files"/> added, or replacing the template of the same id.</summary>
    public ReadingTemplates With(IReadOnlyList<TemplateFile> files)
    {
        var finalAccounts = FinalAccounts.ToList();
        foreach (var file in files.Where(f => f.Header.DocumentKind == DocumentKind.FinalAccounts))
        {
            finalAccounts.RemoveAll(h => h.Id == file.Header.Id);
            finalAccounts.Add(file.Header);
        }
        return new ReadingTemplates(Budgets.With(files), finalAccounts);
    }

    /// <summary>The final-accounts template's record on the disclosure: the national tables, its lineage and why it was chosen.</summary>
    public PrintedTemplate DescribeFinalAccounts(TemplateHeader header, string reason) =>
        header.Describe(TableSchema.Standard.Select(s => new ExpectedTable(s.Id, TableIds.ChineseOrdinal(s.Id), s.Titles[0])).ToList(), FinalAccounts, reason);
}
