namespace FiscalAudit.Web.Application;

/// <summary>Reads a stream whole unless it is longer than a limit, counting the bytes actually read.</summary>
public static class LimitedRead
{
    /// <summary>The content, or null with the number of bytes seen (at least limit + 1) when it is too long; stops reading there.</summary>
    public static (byte[]? Content, long Length) Read(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > limit) return (null, buffer.Length + n);
            buffer.Write(chunk, 0, n);
        }
        return (buffer.ToArray(), buffer.Length);
    }

    /// <summary>As <see cref="Read"/>, asynchronously; a too-long stream is read to its end (and counted) so what follows it can be read.</summary>
    public static async Task<(byte[]? Content, long Length)> ReadAllAsync(Stream stream, long limit, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long length = 0;
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellation)) > 0)
        {
            length += n;
            if (length <= limit) buffer.Write(chunk, 0, n);
        }
        return (length <= limit ? buffer.ToArray() : null, length);
    }
}
