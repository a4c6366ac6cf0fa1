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
            "FA1002@32:Error", "FA2002@32:Error", "FA1003@35:Error", "FA3001@232:Error",
            "FA1005@145:Error", "FA1006@144:Error", "FA2008@145:Error",
            "FA1010@186:Error", "FA3001@240:Error",
            "FA5002@205:Warning",
            "FA3002@236:Error", "FA3015@220:Warning",
        }.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, found);
        var share = result.Findings.Single(f => f.RuleId == "FA3002");
        Assert.Contains("12.37%", share.Message);
        Assert.Contains("13.00%", share.Message);
        Assert.Equal(Severity.Error, share.Severity);
    }
}
