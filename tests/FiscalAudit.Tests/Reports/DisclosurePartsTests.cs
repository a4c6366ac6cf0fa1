using FiscalAudit.Core.Model;
using FiscalAudit.Reports.Parts;
using FiscalAudit.Rules.Narrative;
using FiscalAudit.Rules.Templates;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Reports;

/// <summary>The parts of real disclosures and the part each real finding is filed under.</summary>
public class DisclosurePartsTests
{
    [Fact]
    public void Every_kind_of_document_has_a_layout_with_its_start_and_fallback_parts()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            var layout = PartCatalog.National.For(kind);
            var ids = layout.Parts.Select(p => p.Id).ToList();
            Assert.Contains(layout.Start, ids);
            Assert.Contains(layout.Fallback, ids);
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }

    [Fact]
    public void Final_accounts_parts_follow_the_check_sheet_with_the_template_tables_and_sections()
    {
        var (report, _) = AuditedDocuments.ExampleWithWaiver();
        var parts = DisclosureParts.Of(report.Disclosure).Parts;
        var keys = parts.Select(p => p.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(new[] { "cover", "duties", "organisation", "tables" }, keys.Take(4));
        Assert.Equal("other", keys[^1]);
        var tables = TableTemplate.National.Tables.Select(t => "table:" + t.Id).ToList();
        Assert.Equal(tables, keys.Where(k => k.StartsWith("table:", StringComparison.Ordinal)));
        var sections = NarrativeSectionTemplate.National.Sections;
        foreach (var section in sections) Assert.Contains(parts, p => p.Title == "情况说明：" + section.Title);
        Assert.True(keys.IndexOf("narrative") > keys.IndexOf("table:T9"));
        Assert.True(keys.IndexOf("glossary") > keys.IndexOf($"section:{sections.Count}"));
        foreach (var table in report.Disclosure!.Tables) Assert.Equal(table.Label, parts.Single(p => p.Key == "table:" + table.Id).Title);
    }

    [SharedFact]
    public void Table_findings_go_to_their_table_and_narrative_findings_to_the_section_they_are_in()
    {
        var published = AuditedDocuments.Shared.Single(r => r.File == AuditedDocuments.PublishedPdf);
        var parts = DisclosureParts.Of(published.Disclosure);

        foreach (var f in published.Findings.Where(f => f.Location.Table is not null))
            Assert.Equal("table:" + f.Location.Table, parts.PartOf(f).Key);
        Assert.Equal("section:4", parts.PartOf(published.Findings.Single(f => f.RuleId == "FA3001")).Key);
        Assert.Equal("section:5", parts.PartOf(published.Findings.Single(f => f.RuleId == "FA3002")).Key);
        Assert.All(parts.Parts, p => Assert.True(p.Found, p.Title));
    }

    [SharedFact]
    public void Planted_copy_files_the_missing_table_the_placeholder_and_the_wrong_year_where_they_are()
    {
        var planted = AuditedDocuments.Shared.Single(r => r.File == AuditedDocuments.PlantedPdf);
        var parts = DisclosureParts.Of(planted.Disclosure);

        Assert.Equal("table:T3", parts.PartOf(planted.Findings.Single(f => f.RuleId == "FA5001")).Key);
        Assert.False(parts.Parts.Single(p => p.Key == "table:T3").Found);
        Assert.Equal("tables", parts.PartOf(planted.Findings.Single(f => f.RuleId == "FA3011")).Key);
        var years = planted.Findings.Where(f => f.RuleId == "FA3010").Select(f => parts.PartOf(f).Key).ToList();
        Assert.Equal(new[] { "narrative", "section:11.3" }, years);
    }

    [SharedFact]
    public void Cover_and_table_of_contents_come_before_the_repeated_first_part_title()
    {
        var seed = AuditedDocuments.Shared.Single(r => r.File == Repo.Seed002);
        var parts = DisclosureParts.Of(seed.Disclosure);

        Assert.True(parts.Parts.Single(p => p.Key == "cover").Found);
        Assert.All(seed.Findings, f => Assert.NotEqual("cover", parts.PartOf(f).Key));
        // The 0%-of-0 statements are one finding, on the first of them: 因公出国（境）费 in 三公 (section 7).
        var threePublic = seed.Findings.Single(f => f.RuleId == "FA3008");
        Assert.Contains("因公出国", threePublic.Message, StringComparison.Ordinal);
        Assert.Equal("section:7", parts.PartOf(threePublic).Key);
    }

    [SharedFact]
    public void Project_findings_go_to_their_project()
    {
        var report = AuditedDocuments.Audit(Repo.Seed("000"));
        var parts = DisclosureParts.Of(report.Disclosure);
        var projects = report.Disclosure!.Evaluations.Projects.Select(p => p.Name).ToHashSet();

        var projectFindings = report.Findings.Where(f => f.Location.Table is { } t && projects.Contains(t)).ToList();
        Assert.NotEmpty(projectFindings);
        Assert.All(projectFindings, f => Assert.Equal("project:" + f.Location.Table, parts.PartOf(f).Key));
        Assert.Equal(projects.Count, parts.Parts.Count(p => p.Key.StartsWith("project:", StringComparison.Ordinal)));
    }

    [SharedFact]
    public void Department_evaluation_text_is_the_report_and_a_placeholder_inside_its_scoring_table_belongs_to_the_table()
    {
        var report = AuditedDocuments.Audit(Repo.Seed("001"));
        var parts = DisclosureParts.Of(report.Disclosure);
        var evaluation = report.Disclosure!.Evaluations.Departments.Single();

        var text = report.Findings.Where(f => f.Location.Table is null && f.Location.Line < evaluation.Location.Line).ToList();
        Assert.NotEmpty(text);
        Assert.All(text, f => Assert.Equal("report", parts.PartOf(f).Key));
        var placeholder = report.Findings.Single(f => f.RuleId == "FA3011");
        Assert.Null(placeholder.Location.Table);
        Assert.True(placeholder.Location.Line > evaluation.Location.Line);
        Assert.Equal("department:" + evaluation.Title, parts.PartOf(placeholder).Key);
    }
}
