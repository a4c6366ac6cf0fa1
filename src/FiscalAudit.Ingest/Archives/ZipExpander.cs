using System.IO.Compression;
using System.Text;
using FiscalAudit.Ingest.Content;

namespace FiscalAudit.Ingest.Archives;

/// <summary>
/// Expands a .zip entry by entry, each as it is asked for, never onto the disk and never the whole archive at once —
/// the one implementation behind the web upload and the command line. Refused with a reason: content that is no ZIP, a
/// damaged archive, too many entries (counted in the directory, see <see cref="ZipDirectory"/>), an entry whose path
/// leaves the archive (.., absolute, drive), an archive inside the archive (by its name or its content), an entry over
/// the file limit, and — a zip bomb — an entry or the archive expanding more than the allowed ratio, and what passes
/// the total limit. Sizes are the bytes actually decompressed, counted while reading; the sizes the headers declare are
/// never trusted. Entry names are GBK (as Chinese Windows tools write them) unless flagged as UTF-8. Entries are not
/// judged by their names here: the caller judges each by its content, as a file given alone.
/// </summary>
public sealed class ZipExpander(ArchiveLimits limits, long maxFileBytes)
{
    /// <summary>Below this expanded size the ratio is not judged (a short, repetitive text compresses very well).</summary>
    private const long RatioFloor = 64 * 1024;

    private static readonly HashSet<string> ArchiveExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz",
    };

    private const string NestedArchive = "压缩包中的压缩包不会解开。请先解开其中的压缩包，再审核里面的文件。";

    static ZipExpander()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Whether a file is expanded as an archive: a .zip by its name.</summary>
    public static bool IsArchive(string name) => string.Equals(Path.GetExtension(name), ".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>The entries of the archive, each expanded as it is enumerated; one refused entry with a null path when the archive cannot be expanded at all.</summary>
    public IEnumerable<ArchiveEntry> Expand(byte[] content)
    {
        if (ReasonNotZip(content) is string notZip) return [ArchiveEntry.Refused(null, content.Length, notZip)];
        var count = ZipDirectory.CountEntries(content, limits.MaxEntries);
        if (count > limits.MaxEntries)
            return [ArchiveEntry.Refused(null, content.Length, $"压缩包内的文件超过 {limits.MaxEntries} 个的上限，未解开。请分成几个压缩包。")];
        ZipArchive zip;
        try
        {
            if (count is null) throw new InvalidDataException("no central directory");
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read, leaveOpen: false, Encoding.GetEncoding("GB18030"));
        }
        catch (InvalidDataException)
        {
            return [ArchiveEntry.Refused(null, content.Length, "压缩包已损坏或不完整（可能在下载或复制时被截断），无法解开。请重新获取压缩包。")];
        }
        return Entries(zip, new Budget(limits, content.Length));
    }

    /// <summary>Why content is not expanded as a ZIP archive; null when it is one.</summary>
    public static string? ReasonNotZip(byte[] content)
    {
        var actual = ContentSignatures.Identify(content);
        if (actual?.Kind == ContentSignature.Zip) return null;
        return actual is null
            ? "文件内容不是 ZIP 压缩包：可能已损坏，或是改了扩展名的其他文件。请重新获取压缩包。"
            : $"文件扩展名是 .zip，内容却是{actual.Name}。只能解开 ZIP 格式的压缩包：请解压后审核其中的文件，或重新打包为 ZIP。";
    }

    private IEnumerable<ArchiveEntry> Entries(ZipArchive zip, Budget budget)
    {
        using var _ = zip;
        foreach (var entry in zip.Entries)
        {
            var path = entry.FullName.Replace('\\', '/');
            if (path.EndsWith('/') || IsIgnored(path)) continue;
            if (!IsInside(path))
                yield return ArchiveEntry.Refused(path, 0, $"压缩包中的路径“{path}”指向压缩包以外（含“..”或绝对路径），为安全起见已拒绝。");
            else if (ArchiveExtensions.Contains(Path.GetExtension(path)))
                yield return ArchiveEntry.Refused(path, 0, NestedArchive);
            else if (budget.Exhausted is string exhausted)
                yield return ArchiveEntry.Refused(path, 0, exhausted);
            else
                yield return Read(path, entry, budget);
        }
    }

    private ArchiveEntry Read(string path, ZipArchiveEntry entry, Budget budget)
    {
        var entryCap = Math.Max(Math.Min(entry.CompressedLength, budget.ArchiveLength) * limits.MaxRatio, RatioFloor);
        var cap = Math.Min(Math.Min(maxFileBytes, budget.Left), entryCap);
        (byte[]? Content, long Length) read;
        try
        {
            using var stream = entry.Open();
            read = LimitedRead.Read(stream, cap);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            // Damaged, encrypted, or compressed with a method other than Deflate.
            return ArchiveEntry.Refused(path, 0, "压缩包中的此文件已损坏、加密或使用了不支持的压缩方式，无法解开。请重新获取，或用常规方式重新打包。");
        }
        budget.Spend(read.Length);
        if (read.Content is { } content)
            return ContentSignatures.IsArchive(content) ? ArchiveEntry.Refused(path, read.Length, NestedArchive) : ArchiveEntry.Accepted(path, content);
        var reason = read.Length > entryCap ? budget.Bomb
            : read.Length > maxFileBytes ? $"文件超过单个文件 {SizeText.Of(maxFileBytes)} 的上限，未审核。"
            : budget.Exhausted ?? budget.Bomb;
        return ArchiveEntry.Refused(path, read.Length, reason);
    }

    /// <summary>A relative path that stays inside: no "..", no leading "/", no drive letter.</summary>
    private static bool IsInside(string path) =>
        !path.StartsWith('/') && !(path.Length > 1 && path[1] == ':') && path.Split('/').All(part => part != "..");

    /// <summary>Folders of macOS metadata, hidden and system files: not documents, not listed (as in a folder check).</summary>
    private static bool IsIgnored(string path) =>
        path.StartsWith("__MACOSX/", StringComparison.Ordinal) || UnsupportedFormats.IsNotADocument(path);

    /// <summary>
    /// What the archive may still expand to: the total limit, and the ratio limit over the archive's own
    /// size (the one length no header can lie about), both spent by the bytes actually decompressed.
    /// </summary>
    private sealed class Budget(ArchiveLimits limits, long archiveLength)
    {
        private long expanded;

        public long ArchiveLength => archiveLength;

        private long RatioTotal => Math.Max(archiveLength * limits.MaxRatio, RatioFloor);

        public long Left => Math.Max(0, Math.Min(limits.MaxTotalBytes, RatioTotal) - expanded);

        public string Bomb => $"压缩比异常（解开后超过压缩前的 {limits.MaxRatio} 倍），疑似“压缩炸弹”，已拒绝。";

        /// <summary>Why nothing more is expanded; null while something may be.</summary>
        public string? Exhausted => Left > 0 ? null
            : expanded >= limits.MaxTotalBytes ? $"压缩包解开后的总大小超过 {SizeText.Of(limits.MaxTotalBytes)} 上限，此文件未解开。请分成几个压缩包。"
            : Bomb;

        public void Spend(long bytes) => expanded += bytes;
    }
}
