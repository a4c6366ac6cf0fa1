using FiscalAudit.Ingest;

namespace FiscalAudit.Tests.Support;

/// <summary>What a reviewer is told when a file cannot be read: a Chinese message naming the file, without a library's own (English) words.</summary>
public static class ReadFailure
{
    public static void AssertTold(DocumentReadException e, string name)
    {
        Assert.Contains(name, e.Message);
        Assert.Contains(e.Message, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.DoesNotContain("Exception", e.Message);
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
            if (inner.Message.Length > 0) Assert.DoesNotContain(inner.Message, e.Message);
    }
}
