using System.Collections.Concurrent;

namespace FiscalAudit.Web.Application;

/// <summary>
/// The bytes of contents just uploaded, handed from the upload to the check of the same process so that the
/// worker does not read back from the database what it was given a moment ago. Bounded: beyond
/// its capacity bytes the oldest are dropped, and a check that finds nothing here (another
/// process's worker, a restart, a retried job) reads the stored file as before.
/// </summary>
/// <param name="capacity">Bytes held at most; 0 in a process without workers, where no check would take them.</param>
public sealed class UploadHandoff(long capacity)
{
    /// <summary>The capacity of a process that checks what it receives.</summary>
    public const long WorkerCapacity = 256L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Handed> contents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();
    private long held;

    private sealed record Handed(string Name, byte[] Content);

    /// <summary>Offers a stored content to the coming check; contents larger than the whole capacity are not kept.</summary>
    public void Offer(string hash, string name, byte[] content)
    {
        if (content.Length > capacity || !contents.TryAdd(hash, new Handed(name, content))) return;
        order.Enqueue(hash);
        Interlocked.Add(ref held, content.Length);
        while (Interlocked.Read(ref held) > capacity && order.TryDequeue(out var oldest)) Drop(oldest);
    }

    /// <summary>The content offered under <paramref name="hash"/>, removed from the hand-off; null when none is held.</summary>
    public (string Name, byte[] Content)? Take(string hash)
    {
        if (!contents.TryRemove(hash, out var handed)) return null;
        Interlocked.Add(ref held, -handed.Content.Length);
        return (handed.Name, handed.Content);
    }

    private void Drop(string hash)
    {
        if (contents.TryRemove(hash, out var handed)) Interlocked.Add(ref held, -handed.Content.Length);
    }
}
