using System.Buffers;

namespace FiscalAudit.Ingest.Archives;

/// <summary>
/// Reads a stream whole unless it is longer than a limit, counting the bytes actually read. The bytes
/// are gathered in pooled chunks and copied once into an array of the exact length: a growing buffer
/// would allocate (and copy) a large object at every doubling for each uploaded file.
/// </summary>
public static class LimitedRead
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>The content, or null with the number of bytes seen (at least limit + 1) when it is too long; stops reading there.</summary>
    public static (byte[]? Content, long Length) Read(Stream stream, long limit)
    {
        using var chunks = new Chunks();
        while (true)
        {
            var n = stream.Read(chunks.Space());
            if (n == 0) return (chunks.ToArray(), chunks.Length);
            if (chunks.Length + n > limit) return (null, chunks.Length + n);
            chunks.Advance(n);
        }
    }

    /// <summary>As <see cref="Read"/>, asynchronously; a too-long stream is read to its end (and counted) so what follows it can be read.</summary>
    public static async Task<(byte[]? Content, long Length)> ReadAllAsync(Stream stream, long limit, CancellationToken cancellation)
    {
        using var chunks = new Chunks();
        long length = 0;
        int n;
        while ((n = await stream.ReadAsync(chunks.SpaceMemory(), cancellation)) > 0)
        {
            length += n;
            if (length <= limit) chunks.Advance(n);
        }
        return (length <= limit ? chunks.ToArray() : null, length);
    }

    /// <summary>Bytes kept in chunks rented from the shared pool and returned on dispose.</summary>
    private sealed class Chunks : IDisposable
    {
        private readonly List<byte[]> full = [];
        private byte[] current = ArrayPool<byte>.Shared.Rent(ChunkSize);
        private int used;

        public long Length { get; private set; }

        public Span<byte> Space() => SpaceMemory().Span;

        /// <summary>Free room in the current chunk (a new chunk when it is full).</summary>
        public Memory<byte> SpaceMemory()
        {
            if (used == current.Length)
            {
                full.Add(current);
                current = ArrayPool<byte>.Shared.Rent(ChunkSize);
                used = 0;
            }
            return current.AsMemory(used);
        }

        public void Advance(int count)
        {
            used += count;
            Length += count;
        }

        public byte[] ToArray()
        {
            var result = GC.AllocateUninitializedArray<byte>(checked((int)Length));
            var at = 0;
            foreach (var chunk in full)
            {
                chunk.CopyTo(result, at);
                at += chunk.Length;
            }
            current.AsSpan(0, used).CopyTo(result.AsSpan(at));
            return result;
        }

        public void Dispose()
        {
            foreach (var chunk in full) ArrayPool<byte>.Shared.Return(chunk);
            ArrayPool<byte>.Shared.Return(current);
        }
    }
}
