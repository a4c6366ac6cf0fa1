using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Cli;

/// <summary>The shipped example finds exactly its documented planted errors (docs/examples.md) and nothing else.</summary>
public class ExampleDocumentTests
{
    [Fact]
    public void Sample_reports_exactly_the_planted_errors()
    {
        var result = new Auditor().Audit(Path.Combine(Repo.Root, "examples", "sample-final-accounts-2023.txt"));
        var found = result.Findings.Select(f => $"{f.RuleId}@{f.Location.Line}:{f.Severity}").Order(StringComparer.Ordinal).ToList();
        var expected = new[]
        {
            "FA1002@32:Error", "FA2008@145:Error", "FA1010@186:Error", "FA5002@205:Warning", "FA3002@236:Error", "FA3015@220:Warning",
        }.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, found);

        // Each mistyped cell is one error at it, the other findings it causes folded in (docs/examples.md).
        var folded = result.Findings.Where(f => f.MergedIds.Count > 0).ToDictionary(f => f.RuleId, f => (f.MergedIds.Count, f.Message[..f.Message.IndexOf('：')]));
        Assert.Equal((3, "此处印为 506.00，与之核对的 4 处均表明应为 505.00"), folded["FA1002"]);
        Assert.Equal((2, "此处印为 21.00，与之核对的 3 处均表明应为 20.00"), folded["FA2008"]);
        Assert.Equal((1, "此处印为 11.00，与之核对的 2 处均表明应为 10.00"), folded["FA1010"]);
        var share = result.Findings.Single(f => f.RuleId == "FA3002");
        Assert.Contains("12.37%", share.Message);
        Assert.Contains("13.00%", share.Message);
        Assert.Equal(Severity.Error, share.Severity);
    }
}
