using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Engine;

public class FindingIdentityTests
{
    private const string Published = "上海市普陀区财政局2024年度部门决算.pdf";
    private const string Planted = "24年普陀区财政局（测试问题版本）.pdf";

    [SharedFact]
    public void Genuine_defects_shared_by_the_published_and_the_planted_copy_have_the_same_ids()
    {
        var published = new Auditor().Audit(Repo.Corpus(Published)).Findings;
        var planted = new Auditor().Audit(Repo.Corpus(Planted)).Findings;
        Assert.All(published.Concat(planted), f => Assert.Matches("^[0-9a-f]{12}$", f.Id));

        // 表四 326.71 vs 表五 326.72 and the 71.73% share are in both files, printed on different pages. In the
        // published file the 表四/表五 finding is folded into 表一 326.71 vs 表三 326.72 (one figure, four places;
        // the planted copy has no 表三) and keeps its id there.
        var shared = published.SelectMany(f => f.AllIds).Intersect(planted.Select(f => f.Id)).ToList();
        Assert.Equal(new[] { "FA2004", "FA3002" }, planted.Where(f => shared.Contains(f.Id)).Select(f => f.RuleId).Order());
        var figure = published.Single(f => f.RuleId == "FA2002");
        Assert.Equal(planted.Single(f => f.RuleId == "FA2004").Id, Assert.Single(figure.MergedIds));
        Assert.Equal(new[] { "T3", "T4", "T5" }, figure.RelatedLocations.Select(l => l.Table));
        var share = published.Single(f => f.RuleId == "FA3002");
        Assert.Contains("71.73%", share.Message);
        Assert.Equal(share.Id, planted.Single(f => f.RuleId == "FA3002").Id);

        // The planted copy's 收入支出总计 0万元 is another defect than the published 0.3万元: other ids.
        Assert.DoesNotContain(planted.Single(f => f.RuleId == "FA3001").Id, published.Select(f => f.Id));
    }

    [SharedFact]
    public void Ids_do_not_depend_on_the_file_name_and_are_unique_within_a_document()
    {
        var content = File.ReadAllBytes(Repo.Seed002);
        var original = new Auditor().Audit(Repo.Seed002).Findings;
        var renamed = new Auditor().Audit(Path.Combine("另一个文件夹", "改名后的决算.txt"), content).Findings;
        Assert.NotEmpty(original);
        Assert.Equal(original.Select(f => f.Id), renamed.Select(f => f.Id));
        Assert.Equal(original.Count, original.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void A_corrected_cell_changes_only_that_findings_id()
    {
        var example = Path.Combine(Repo.Root, "examples", "sample-final-accounts-2023.txt");
        var text = File.ReadAllText(example);
        var before = new Auditor().Audit(example).Findings;

        // Correct the planted 表七 合计 (11.00 → 10.00): its findings go, the others keep their ids.
        var corrected = text.Replace("3.00\t11.00\t0.00\t8.00", "3.00\t10.00\t0.00\t8.00", StringComparison.Ordinal);
        Assert.NotEqual(text, corrected);
        var after = new Auditor().Audit("示例-已整改.txt", System.Text.Encoding.UTF8.GetBytes(corrected)).Findings;
        var gone = before.Select(f => f.Id).Except(after.Select(f => f.Id)).ToList();
        Assert.Contains(before.Single(f => f.RuleId == "FA1010").Id, gone);
        Assert.All(before.Where(f => f.RuleId is "FA1002" or "FA3002" or "FA5002"), f => Assert.Contains(f.Id, after.Select(a => a.Id)));
        Assert.DoesNotContain(after, f => f.RuleId == "FA1010");
    }

    /// <summary>
    /// A later engine that links one more place to a finding (here 表五's 合计) reports the same defect: the finding keeps its id
    /// (a reviewer's decision on it still applies) and so does every other finding.
    /// </summary>
    [Theory]
    [InlineData("FA3002")]
    [InlineData("FA3015")]
    [InlineData("FA5002")]
    public void A_finding_that_gains_a_related_place_keeps_its_id(string rule)
    {
        var example = Path.Combine(Repo.Root, "examples", "sample-final-accounts-2023.txt");
        var today = new Auditor().Audit(example).Findings;
        var later = new Auditor(LinkedEngine.Profile(rule)).Audit(example).Findings;

        var before = today.Single(f => f.RuleId == rule);
        var after = later.Single(f => f.RuleId == rule);
        Assert.Equal(before.RelatedLocations.Count + 1, after.RelatedLocations.Count);
        Assert.Equal(("T5", "合计"), (after.RelatedLocations[^1].Table, after.RelatedLocations[^1].Row));
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(today.Select(f => (f.RuleId, f.Id)), later.Select(f => (f.RuleId, f.Id)));
    }
}
