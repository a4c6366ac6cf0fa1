using System.Text.Json;
using static FiscalAudit.Tests.Cli.CliRun;

namespace FiscalAudit.Tests.Cli;

/// <summary>The JSON document names its format and its parts, and every finding the part it belongs to (as the 检查表 does).</summary>
public class JsonPartsTests
{
    [Fact]
    public void Every_finding_names_one_of_the_documents_parts()
    {
        var (_, json, _) = Run("check", Example, "--format", "json");
        var document = JsonDocument.Parse(json).RootElement.GetProperty("documents")[0];
        Assert.Equal("text", document.GetProperty("format").GetString());
        var parts = document.GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!, p => p.GetProperty("title").GetString());
        Assert.Contains("table:T7", parts.Keys);
        var findings = document.GetProperty("findings").EnumerateArray().ToList();
        Assert.All(findings, f => Assert.Contains(f.GetProperty("part").GetString()!, parts.Keys));
        var sumOfTable7 = findings.Single(f => f.GetProperty("rule").GetString() == "FA1010");
        Assert.Equal("table:T7", sumOfTable7.GetProperty("part").GetString());
    }
}
