using System.Text.Json;
using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Kinds;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Extraction;

/// <summary>
/// The budget table catalogue (src/FiscalAudit.Extract/Tables/budget-tables.json, read by BudgetTableRecognizer)
/// against the 15 budget PDFs: every PDF falls under one regional template by region, year and level; it prints a
/// title of every table its template lists; and no listed title of a regional template is one that no PDF of it prints.
/// The template of the whole kind (national-budget: no region, no years) follows the national reference format, which no
/// PDF of ../shared prints: its titles are read on the composed documents of Budget/NationalFormat. So is a regional template for
/// every year (guangdong-budget: 广东省, no years), learned from no PDF of ../shared: on the composed document of Budget/Unseen.
/// </summary>
public class BudgetTableCatalogueTests
{
    private static readonly Lazy<List<(string File, Disclosure Disclosure, string Text)>> Budgets = new(() =>
        Repo.BudgetPdfs().Select(name => new Auditor().Audit(Repo.BudgetPdf(name)).Disclosure!)
            .Select(d => (Path.GetFileName(d.File), d, string.Concat(string.Concat(d.Source.Blocks.Select(KindTestKit.TextOf)).Where(c => !char.IsWhiteSpace(c)))))
            .ToList());

    private static JsonElement Catalogue { get; } = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "src", "FiscalAudit.Extract", "Tables", "budget-tables.json"))).RootElement;

    [Fact]
    public void The_catalogue_holds_the_concepts_B01_to_B15_once_each()
    {
        var ids = Catalogue.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Equal(Enumerable.Range(1, 15).Select(i => $"B{i:00}"), ids);
        var templates = Catalogue.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToHashSet();
        Assert.All(Printed(), p => Assert.Contains(p.Template, templates));
    }

    [SharedFact]
    public void Every_budget_pdf_falls_under_one_template_and_prints_every_table_it_lists()
    {
        foreach (var (file, d, text) in Budgets.Value)
        {
            var template = Assert.Single(Regional(), t =>
                d.Department!.Contains(t.GetProperty("region").GetString()!, StringComparison.Ordinal)
                && t.GetProperty("years").EnumerateArray().Any(y => y.GetInt32() == d.Year)
                && t.GetProperty("levels").EnumerateArray().Any(l => l.GetString() == d.Level!.Value.ToJsonName())).GetProperty("id").GetString();
            foreach (var table in Printed().Where(p => p.Template == template))
            {
                var titles = table.Titles[d.Level!.Value.ToJsonName()];
                Assert.True(titles.Any(t => text.Contains(t, StringComparison.Ordinal)), $"{file} prints none of the titles of {table.Id}: {string.Join("、", titles)}");
            }
        }
    }

    [SharedFact]
    public void Every_listed_title_is_printed_in_a_pdf_of_its_template_and_level()
    {
        var regional = Regional().Select(t => t.GetProperty("id").GetString()).ToHashSet();
        foreach (var table in Printed().Where(p => regional.Contains(p.Template)))
        {
            var years = Catalogue.GetProperty("templates").EnumerateArray().Single(t => t.GetProperty("id").GetString() == table.Template)
                .GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList();
            foreach (var (level, titles) in table.Titles)
            {
                foreach (var title in titles)
                    Assert.True(Budgets.Value.Any(b => b.Disclosure.Year is int y && years.Contains(y) && b.Disclosure.Level!.Value.ToJsonName() == level && b.Text.Contains(title, StringComparison.Ordinal)), $"{table.Id} {table.Template} {level}: “{title}” is printed in no PDF");
            }
        }
    }

    /// <summary>The templates of one region and its years (those the PDFs of ../shared print).</summary>
    private static IEnumerable<JsonElement> Regional() =>
        Catalogue.GetProperty("templates").EnumerateArray().Where(t => t.TryGetProperty("region", out _) && t.TryGetProperty("years", out _));

    /// <summary>Every (table, template) entry with its titles by level.</summary>
    private static List<(string Id, string Template, Dictionary<string, List<string>> Titles)> Printed() =>
        Catalogue.GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("printed").EnumerateArray().Select(p => (
            t.GetProperty("id").GetString()!,
            p.GetProperty("template").GetString()!,
            p.GetProperty("titles").EnumerateObject().ToDictionary(l => l.Name, l => l.Value.EnumerateArray().Select(s => s.GetString()!).ToList()))))
            .ToList();
}
