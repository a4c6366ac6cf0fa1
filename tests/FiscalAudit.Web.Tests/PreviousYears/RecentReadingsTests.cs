using FiscalAudit.Engine;
using FiscalAudit.Web.Application.PreviousYears;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.PreviousYears;

/// <summary>
/// The readings kept for pairing: the example document read once by the engine is found again by its hash, each time
/// as a copy of its own — pairing one copy with a previous year leaves the next copy as read — and checking a copy with a
/// counterpart gives the findings a fresh reading gives.
/// </summary>
public sealed class RecentReadingsTests
{
    private static readonly Auditor Engine = new(new AuditProfile());

    [Fact]
    public void A_kept_reading_is_found_as_a_copy_that_pairing_does_not_share()
    {
        using var recent = new RecentReadings();
        var content = File.ReadAllBytes(CliFindings.Example);
        var read = Engine.Audit("2023.txt", content);
        recent.Keep("h", content.Length, read);

        var first = recent.Find("h")!;
        var second = recent.Find("h")!;
        Assert.NotSame(first.Disclosure, second.Disclosure);
        Assert.Equal(read.Disclosure!.Tables.Count, first.Disclosure!.Tables.Count);
        Assert.Equal(read.Findings.Select(f => f.Id), first.Findings.Select(f => f.Id));

        var previous = Engine.Audit("2022.txt", content).Disclosure!;
        previous.Year = 2022;
        var paired = Engine.CheckWith(first, previous);
        Assert.Same(previous, first.Disclosure!.PreviousYear);
        Assert.Null(second.Disclosure!.PreviousYear);
        Assert.Null(recent.Find("h")!.Disclosure!.PreviousYear);

        var fresh = Engine.Audit("2023.txt", content);
        Assert.Equal(Engine.CheckWith(fresh, previous).Findings.Select(f => f.Message), paired.Findings.Select(f => f.Message));
    }

    [Fact]
    public void Nothing_is_found_for_a_content_not_kept_or_larger_than_the_bound()
    {
        using var recent = new RecentReadings();
        var content = File.ReadAllBytes(CliFindings.Example);
        recent.Keep("large", RecentReadings.FileBytes + 1, Engine.Audit("2023.txt", content));
        Assert.Null(recent.Find("large"));
        Assert.Null(recent.Find("other"));
    }
}
