using FiscalAudit.Web.Application;

namespace FiscalAudit.Web.Tests.Jobs;

/// <summary>The in-memory hand-off of uploaded bytes to their check: taken once, bounded, oldest dropped first.</summary>
public sealed class UploadHandoffTests
{
    [Fact]
    public void A_content_is_taken_once_and_then_read_from_storage()
    {
        var handoff = new UploadHandoff(1000);
        handoff.Offer("a", "甲.txt", new byte[10]);
        var taken = handoff.Take("a");
        Assert.Equal("甲.txt", taken?.Name);
        Assert.Equal(10, taken?.Content.Length);
        Assert.Null(handoff.Take("a"));
    }

    [Fact]
    public void Beyond_the_capacity_the_oldest_contents_are_dropped()
    {
        var handoff = new UploadHandoff(100);
        handoff.Offer("a", "a.pdf", new byte[40]);
        handoff.Offer("b", "b.pdf", new byte[40]);
        handoff.Offer("c", "c.pdf", new byte[40]);
        handoff.Offer("huge", "huge.pdf", new byte[101]);
        Assert.Null(handoff.Take("a"));
        Assert.NotNull(handoff.Take("b"));
        Assert.NotNull(handoff.Take("c"));
        Assert.Null(handoff.Take("huge"));
    }

    [Fact]
    public void A_process_without_workers_holds_nothing()
    {
        var handoff = new UploadHandoff(0);
        handoff.Offer("a", "a.txt", new byte[1]);
        Assert.Null(handoff.Take("a"));
    }
}
