using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Engine;

/// <summary>
/// Issue 12 class 5 on seed 002: one mistyped table cell is one finding, whatever sums and statements it breaks;
/// every place that prints the figure right is listed with it.
/// </summary>
public class OneCauseSeedTests
{
    private static List<FiscalAudit.Core.Findings.Finding> Check(string text) =>
        new Auditor().Check(DisclosureExtractor.Default.Extract(new PlainTextReader().Read("seed002.txt", Encoding.UTF8.GetBytes(text)))).ToList();

    [SharedTheory]
    [InlineData("<b>本年支出合计</b>\t58\t192.58", "<b>本年支出合计</b>\t58\t195.58")]
    [InlineData("<b>本年支出合计</b>\t58\t192.58", "<b>本年支出合计</b>\t58\t190.58")]
    public void A_mistyped_total_of_table_one_is_one_finding(string printed, string mistyped)
    {
        var seed = File.ReadAllText(Repo.Seed002);
        Assert.Contains(printed, seed);

        var findings = Check(seed.Replace(printed, mistyped));

        var one = Assert.Single(findings, f => f.RuleId.StartsWith("FA1", StringComparison.Ordinal) || f.RuleId.StartsWith("FA2", StringComparison.Ordinal));
        Assert.Equal("FA2002", one.RuleId);
        Assert.Contains(one.RelatedLocations, l => l.Line == 384);
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3001" && f.Location.Line == 384);
        Assert.Contains("总计", one.Message);
    }

    [SharedFact]
    public void A_mistyped_part_of_a_narrative_breakdown_is_one_finding_with_the_sum_it_breaks()
    {
        var seed = File.ReadAllText(Repo.Seed002);
        const string printed = "一般公共服务（类）支出176.99万元";
        Assert.Contains(printed, seed);

        var findings = Check(seed.Replace(printed, "一般公共服务（类）支出167.99万元"));

        var part = Assert.Single(findings, f => f.RuleId == "FA3001" && f.Location.Line == 400);
        Assert.Contains("183.59", part.Message);
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3005");
    }
}
