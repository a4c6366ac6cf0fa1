using System.Text.Json;
using FiscalAudit.Extract.Narrative;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// number-units.json decides what NumberScanner reads: every unit listed is read after a number (元 and 亿元 restated in 万元, ％ as
/// %), a listed count unit followed by a listed character is no unit (“3个月”), and each bare-amount label makes a number without
/// a unit an amount.
/// </summary>
public class NumberUnitsFileTests
{
    private static readonly JsonElement File = JsonDocument.Parse(System.IO.File.ReadAllText(
        Path.Combine(Repo.Root, "src", "FiscalAudit.Extract", "Narrative", "number-units.json"))).RootElement;

    private static IEnumerable<string> List(JsonElement e) => e.EnumerateArray().Select(x => x.GetString()!);

    [Fact]
    public void Every_listed_unit_is_read_after_a_number()
    {
        foreach (var unit in List(File.GetProperty("units")))
        {
            var m = Assert.Single(NumberScanner.Scan($"共计12{unit}，"));
            Assert.Equal(unit switch { "元" or "亿元" => "万元", "％" => "%", _ => unit }, m.Unit);
        }
    }

    [Fact]
    public void A_count_unit_inside_a_longer_word_is_no_unit()
    {
        var notCounts = File.GetProperty("notCounts");
        foreach (var unit in List(notCounts.GetProperty("units")))
        {
            foreach (var next in List(notCounts.GetProperty("followedBy"))) Assert.Empty(NumberScanner.Scan($"历时3{unit}{next}完成"));
        }
    }

    [Fact]
    public void Every_bare_amount_label_makes_an_amount()
    {
        foreach (var label in List(File.GetProperty("bareAmountLabels")))
        {
            var m = Assert.Single(NumberScanner.Scan($"公务接待费{label}91.15，"));
            Assert.Equal(("万元", 91.15m), (m.Unit, m.Number.Value));
        }
        Assert.Empty(NumberScanner.Scan("公务接待费说明91.15，"));
    }
}
