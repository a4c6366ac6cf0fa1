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
}
