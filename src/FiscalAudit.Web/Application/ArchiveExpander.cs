using System.IO.Compression;
using System.Text;
using FiscalAudit.Ingest;
using FiscalAudit.Web.Hosting;

namespace FiscalAudit.Web.Application;

/// <summary>
/// Expands an uploaded .zip in memory, entry by entry, never onto the disk. Refused with a reason: a
/// damaged archive, too many entries, an entry whose path leaves the archive (.., absolute, drive),
/// an archive inside the archive, an entry over the file limit, one expanding more than the allowed
/// ratio (a zip bomb), and what passes the total limit. Sizes are counted while reading, never
/// trusted from the headers.
/// </summary>
public sealed class ArchiveExpander(WebSettings settings)
{
    /// <summary>Below this expanded size the ratio is not judged (a short, repetitive text compresses very well).</summary>
    private const long RatioFloor = 64 * 1024;

    private static readonly HashSet<string> ArchiveExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz",
    };

    static ArchiveExpander()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static bool IsArchive(string name) => string.Equals(Path.GetExtension(name), ".zip", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<IncomingFile> Expand(string archiveName, byte[] content)
    {
        var limits = settings.Archive;
        ZipArchive zip;
        try
        {
            // Archives made on Chinese Windows name their entries in GBK unless flagged as UTF-8.
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read, leaveOpen: false, Encoding.GetEncoding("GB18030"));
        }
        catch (InvalidDataException)
        {
            return new[] { IncomingFile.Refused(archiveName, content.Length, "压缩包已损坏或不完整（可能在下载或复制时被截断），无法解开。请重新获取后上传。") };
        }
        if (zip.Entries.Count > limits.MaxEntries)
        {
            zip.Dispose();
            return new[] { IncomingFile.Refused(archiveName, content.Length, $"压缩包内有 {zip.Entries.Count} 个文件，超过 {limits.MaxEntries} 个的上限，未解开。请分成几个压缩包上传。") };
        }
        return Entries(archiveName, zip, limits);
    }

    private IEnumerable<IncomingFile> Entries(string archiveName, ZipArchive zip, ArchiveLimits limits)
    {
        using var _ = zip;
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            var path = entry.FullName.Replace('\\', '/');
            if (path.EndsWith('/') || IsIgnored(path)) continue;
            var name = UploadNames.InArchive(archiveName, path);
            if (!IsInside(path))
            {
                yield return IncomingFile.Refused(name, entry.Length, $"压缩包中的路径“{path}”指向压缩包以外（含“..”或绝对路径），为安全起见已拒绝。");
                continue;
            }
            if (ArchiveExtensions.Contains(Path.GetExtension(path)))
            {
                yield return IncomingFile.Refused(name, entry.Length, "压缩包中的压缩包不会解开。请先解开其中的压缩包，再上传里面的文件。");
                continue;
            }
            if (UnsupportedFormats.ReasonNotChecked(path) is string unsupported)
            {
                yield return IncomingFile.Refused(name, entry.Length, unsupported);
                continue;
            }
            if (total >= limits.MaxTotalBytes)
            {
                yield return IncomingFile.Refused(name, entry.Length, $"压缩包解开后的总大小超过 {UploadNames.Size(limits.MaxTotalBytes)} 上限，此文件未解开。请分成几个压缩包上传。");
                continue;
            }
            var read = Read(entry, limits, total);
            total += read.Length;
            yield return read.Content is null ? IncomingFile.Refused(name, read.Length, read.Refusal!) : IncomingFile.Accepted(name, read.Content);
        }
    }

    private (byte[]? Content, long Length, string? Refusal) Read(ZipArchiveEntry entry, ArchiveLimits limits, long total)
    {
        var ratioCap = Math.Max(entry.CompressedLength * limits.MaxRatio, RatioFloor);
        var cap = Math.Min(Math.Min(settings.MaxFileBytes, limits.MaxTotalBytes - total), ratioCap);
        try
        {
            using var stream = entry.Open();
            var (content, length) = LimitedRead.Read(stream, cap);
            if (content is not null) return (content, length, null);
            if (length > ratioCap)
                return (null, length, $"压缩比异常（解开后超过压缩前的 {limits.MaxRatio} 倍），疑似“压缩炸弹”，已拒绝。");
            if (length > settings.MaxFileBytes)
                return (null, length, $"文件超过单个文件 {UploadNames.Size(settings.MaxFileBytes)} 的上限，未审核。");
            return (null, length, $"压缩包解开后的总大小超过 {UploadNames.Size(limits.MaxTotalBytes)} 上限，此文件未解开。请分成几个压缩包上传。");
        }
        catch (InvalidDataException)
        {
            return (null, entry.Length, "压缩包中的此文件已损坏，无法解开。请重新获取压缩包后上传。");
        }
    }

    /// <summary>A relative path that stays inside: no "..", no leading "/", no drive letter.</summary>
    private static bool IsInside(string path) =>
        !path.StartsWith('/') && !(path.Length > 1 && path[1] == ':') && path.Split('/').All(part => part != "..");

    /// <summary>Folders of macOS metadata, hidden and system files: not documents, not listed (as in a folder check).</summary>
    private static bool IsIgnored(string path) =>
        path.StartsWith("__MACOSX/", StringComparison.Ordinal) || UnsupportedFormats.IsNotADocument(path);
}
