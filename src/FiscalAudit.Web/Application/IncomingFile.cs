namespace FiscalAudit.Web.Application;

/// <summary>
/// One file of an upload after the limits and format checks: its bytes, or the Chinese reason it was
/// refused. <see cref="Name"/> is what the reviewer called it — shown, never used as a path.
/// </summary>
public sealed record IncomingFile(string Name, long Length, byte[]? Content, string? Refusal)
{
    public static IncomingFile Accepted(string name, byte[] content) => new(name, content.Length, content, null);

    public static IncomingFile Refused(string name, long length, string reason) => new(name, length, null, reason);
}
