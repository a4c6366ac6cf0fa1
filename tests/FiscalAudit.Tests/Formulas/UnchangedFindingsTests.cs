using System.Text.Json;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Formulas;

/// <summary>
/// Moving identities from C# rules to template formulas changes no finding: every seed and every
/// 决算 PDF in ../shared gives exactly the findings (rule, id, severity, message, place) that the build
/// before the formula engine gave (Data/final-accounts-findings.json, written from that build's
/// `check --format json`). A deliberate change of some rule's findings means regenerating that file
/// (Data/README.md) and saying why in the commit.
/// </summary>
public class UnchangedFindingsTests
{
    private static readonly Dictionary<string, List<ExpectedFinding>> Expected = JsonSerializer.Deserialize<Dictionary<string, List<ExpectedFinding>>>(
        File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Formulas", "Data", "final-accounts-findings.json")),
        new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    public static TheoryData<string> Documents() => new(Expected.Keys.Order(StringComparer.Ordinal));

    [SharedFact]
    public void The_expected_findings_cover_every_seed_and_every_final_accounts_pdf()
    {
        var files = Directory.GetFiles(Path.Combine(Repo.Shared, "seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.GetDirectoryName(Repo.Corpus("x.pdf"))!, "*.pdf"))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(files, Expected.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(Expected.Values.SelectMany(f => f), f => f.Rule == "FA2004");
    }

    [SharedTheory]
    [MemberData(nameof(Documents))]
    public void Findings_are_those_of_the_build_before_the_formula_engine(string name)
    {
        var path = name.EndsWith(".pdf", StringComparison.Ordinal) ? Repo.Corpus(name) : Path.Combine(Repo.Shared, "seeds", name);
        var actual = new Auditor().Audit(path).Findings.Select(ExpectedFinding.Of).ToList();
        Assert.Equal(Expected[name], actual);
    }

    public sealed record ExpectedFinding(string Rule, string Id, string Severity, string Message, ExpectedPlace Location)
    {
        public static ExpectedFinding Of(Finding f) => new(
            f.RuleId, f.Id, f.Severity.ToJsonName(), f.Message,
            new ExpectedPlace(f.Location.Table, f.Location.Row, f.Location.Column, f.Location.Page, f.Location.Line));
    }

    public sealed record ExpectedPlace(string? Table, string? Row, string? Column, int? Page, int? Line);
}
