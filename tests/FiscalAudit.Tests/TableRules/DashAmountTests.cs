using System.Text;
using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.TableRules;

/// <summary>
/// Amount cells printed as a dash (“-”, “—”, “--”, “－”) for none: unlike a blank cell the cell states a zero, read as
/// 0.00, the decimals its column prints (DashedZeros), so the table identities add it up as a printed 0.00. Seed 002's 表一 with
/// every 0.00 printed as a dash reads as before and raises no table finding; a 本年支出合计 raised by 1.00 is
/// caught against classes printed as dashes, and against blank ones where 表一 prints no zero at all (its nones are its blanks,
/// standard-tables.json blankRowsAreNone), while against blank classes of a 表一 that prints zeros elsewhere only “total ≥ printed
/// parts” can be checked.
/// </summary>
public class DashAmountTests
{
    [SharedTheory]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("--")]
    [InlineData("－")]
    public void Dashes_for_none_are_stated_zeros_and_raise_no_table_finding(string dash)
    {
        var result = Audit(Table1With(dash));

        var t1 = result.Disclosure!.Table("T1")!;
        var dashes = t1.Rows.SelectMany(r => r.Cells.Values).Where(c => c.Text == dash).ToList();
        Assert.True(dashes.Count >= 20, $"{dashes.Count} dash cells");
        Assert.All(dashes, c => Assert.Equal(("0.00", 2), (c.Number!.Value.Text, c.Number.Value.Decimals)));
        Assert.Empty(result.Findings.Where(Seed002Mutations.IsTableRule).Select(f => $"{f.RuleId} {f.Message}"));
    }

    [SharedTheory]
    [InlineData("-", true)]
    [InlineData("—", true)]
    [InlineData("--", true)]
    [InlineData("－", true)]
    [InlineData("", true)]
    public void A_total_raised_above_parts_printed_as_dashes_is_caught(string dash, bool caught) => AssertRaisedTotalCaught(Table1With(dash), caught);

    /// <summary>表一 printing 0.00 for its empty income rows and blanks for its empty classes: a blank class is unknown, not 0.</summary>
    [SharedFact]
    public void A_total_raised_above_blank_classes_of_a_table_printing_zeros_is_only_a_lower_bound() =>
        AssertRaisedTotalCaught(Table1With("0.00", classes: string.Empty), caught: false);

    private static void AssertRaisedTotalCaught(string table1, bool caught)
    {
        var text = table1.Replace("本年支出合计</b>\t58\t192.58", "本年支出合计</b>\t58\t193.58", StringComparison.Ordinal);
        var result = Audit(text);

        var broken = result.Findings.Where(f => Seed002Mutations.IsTableRule(f) && f.Message.Contains("本年支出合计”行 193.58 ≠ 各类支出之和", StringComparison.Ordinal)).ToList();
        Assert.True(caught == broken.Count > 0, string.Join("\n", broken.Select(f => f.Message)));
    }

    private static AuditResult Audit(string text) => new Auditor(new AuditProfile()).Audit("002.txt", Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Seed 002 with every 0.00 of 表一 (公开01表 up to 公开02表) printed as <paramref name="dash"/>, those ending a line (the classes of
    /// the expenditure side) as <paramref name="classes"/> when given.
    /// </summary>
    private static string Table1With(string dash, string? classes = null)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        var start = text.IndexOf("公开01表", StringComparison.Ordinal);
        var end = text.IndexOf("公开02表", start, StringComparison.Ordinal);
        Assert.True(start > 0 && end > start && text.Contains("本年支出合计</b>\t58\t192.58", StringComparison.Ordinal));
        var table1 = text[start..end];
        if (classes is not null) table1 = table1.Replace("\t0.00\n", "\t" + classes + "\n", StringComparison.Ordinal);
        return text[..start] + table1.Replace("\t0.00", "\t" + dash, StringComparison.Ordinal) + text[end..];
    }
}
