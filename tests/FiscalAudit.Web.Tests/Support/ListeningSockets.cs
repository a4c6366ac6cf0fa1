namespace FiscalAudit.Web.Tests.Support;

/// <summary>Whether a process holds a listening TCP socket (Linux: /proc/&lt;pid&gt;/fd against /proc/net/tcp and tcp6).</summary>
public static class ListeningSockets
{
    private const string ListenState = "0A";

    public static int Count(int processId)
    {
        var listening = new[] { "/proc/net/tcp", "/proc/net/tcp6" }
            .Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 9 && fields[3] == ListenState)
            .Select(fields => fields[9])
            .ToHashSet();
        return Directory.EnumerateFileSystemEntries($"/proc/{processId}/fd")
            .Select(fd => new FileInfo(fd).LinkTarget)
            .OfType<string>()
            .Where(target => target.StartsWith("socket:[", StringComparison.Ordinal))
            .Count(target => listening.Contains(target["socket:[".Length..^1]));
    }
}
