using static FiscalAudit.Tests.Cli.CliRun;
using static FiscalAudit.Tests.PreviousYears.YearPairText;

namespace FiscalAudit.Tests.PreviousYears;

/// <summary>`check` pairs one department's consecutive years in one run; the later document alone is checked as before.</summary>
public class CheckRunPairingTests
{
    [Fact]
    public void The_later_year_is_checked_against_the_earlier_in_one_run()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var earlier = Path.Combine(dir.FullName, "2023年度部门决算.txt");
            var later = Path.Combine(dir.FullName, "2024年度部门决算.txt");
            File.WriteAllText(earlier, Compose(2023, "本年支出合计470.00万元。"));
            File.WriteAllText(later, Compose(2024, "本年支出合计500.00万元，较上年增加20.00万元。"));

            var together = Run("check", dir.FullName, "--format", "json");
            Assert.Contains("\"FA7001\"", together.Out);
            Assert.Contains("2023年度部门决算.txt", together.Out);

            var alone = Run("check", later, "--format", "json");
            Assert.DoesNotContain("FA7001", alone.Out);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    /// <summary>
    /// Both years published as a narrative file and a tables file (the tables file sorts first): 2024's “基本支出…（上年为
    /// 310.00万元）” is a figure only 2023's narrative states, so 2023 is remembered as both its files, not as the first.
    /// </summary>
    [Fact]
    public void A_year_published_as_two_files_is_compared_with_both_files_of_the_year_before()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            foreach (var (year, total, statement) in new[] { (2023, "470.00", "基本支出300.00万元。"), (2024, "505.00", "基本支出320.00万元（上年为310.00万元）。") })
            {
                File.WriteAllText(Path.Combine(dir.FullName, $"{year}年度部门决算公开表.txt"), Compose(year, string.Empty, TotalsTable(year, total)));
                File.WriteAllText(Path.Combine(dir.FullName, $"{year}年度部门决算说明.txt"), Compose(year, $"本年支出合计{total}万元，{statement}"));
            }

            var output = Run("check", dir.FullName, "--format", "json").Out;
            Assert.Contains("\"FA7002\"", output);
            Assert.Contains("310.00", output);
            Assert.Contains("2023年度部门决算说明.txt", output);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
