using System.IO.Compression;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>Builds .zip archives in memory, including hostile ones (entry names are written as given).</summary>
public static class Zips
{
    public static byte[] Of(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
