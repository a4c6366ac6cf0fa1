using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Archives;
using FiscalAudit.Reports;

namespace FiscalAudit.Cli;

/// <summary>The documents of a run: those to check, in a stable order, and the files found but not checked, with why.</summary>
public sealed record InputFiles(IReadOnlyList<InputDocument> ToCheck, IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>Files of another extension larger than this are not opened to see whether their content is a readable document.</summary>
    private const long LargestLookedInto = 256L * 1024 * 1024;

    /// <summary>
    /// How an archive is expanded: the limits of the web application's uploads, an entry as large as a file that is
    /// looked into. Its entries are held in memory for the run, never written to the disk.
    /// </summary>
    private static readonly ZipExpander Archives = new(new ArchiveLimits(), LargestLookedInto);

    /// <summary>
    /// Folders are searched recursively: readable formats are checked — by extension, or by content when a file of
    /// another extension holds a document FiscalAudit reads (a Word document named .dat) — other files are listed as not
    /// checked with the reason (hidden and system files are ignored). A .zip archive, in a folder or named on the
    /// command line, is expanded (<see cref="ZipExpander"/>) and its entries are judged as the files of a folder.
    /// Files named on the command line are checked as given (a missing one is reported as unreadable).
    /// <paramref name="outputs"/> (the run's own output files) are never inputs.
    /// </summary>
    public static InputFiles Expand(IEnumerable<string> paths, IReadOnlyCollection<string> outputs)
    {
        var excluded = new HashSet<string>(outputs.Select(Path.GetFullPath), StringComparer.Ordinal);
        var files = new List<InputDocument>();
        var skipped = new List<SkippedFile>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                if (ZipExpander.IsArchive(path) && File.Exists(path)) AddArchive(path, files, skipped);
                else files.Add(new InputDocument(path, null));
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (excluded.Contains(Path.GetFullPath(file)) || UnsupportedFormats.IsNotADocument(file)) continue;
                if (ZipExpander.IsArchive(file)) AddArchive(file, files, skipped);
                else if (UnsupportedFormats.ReasonNotChecked(file) is not null && UnsupportedFormats.ReasonNotChecked(file, Content(file)) is string reason) skipped.Add(new SkippedFile(file, reason));
                else files.Add(new InputDocument(file, null));
            }
        }
        return new InputFiles(files, skipped);
    }

    /// <summary>The content of a document of this run, from its archive or from the disk.</summary>
    public byte[] Load(string name) => ToCheck.FirstOrDefault(d => d.Name == name)?.Content ?? DocumentReaders.Load(name);

    /// <summary>The entries of the archive at <paramref name="path"/>, named “资料.zip/2023/决算.pdf”, in the order a folder's files are checked.</summary>
    private static void AddArchive(string path, List<InputDocument> files, List<SkippedFile> skipped)
    {
        byte[] content;
        try
        {
            content = DocumentReaders.Load(path);
        }
        catch (DocumentReadException e)
        {
            skipped.Add(new SkippedFile(path, e.Message));
            return;
        }
        var entries = new List<InputDocument>();
        foreach (var entry in Archives.Expand(content))
        {
            var name = entry.Path is null ? path : $"{path}/{entry.Path}";
            if (entry.Content is not { } bytes) skipped.Add(new SkippedFile(name, entry.Refusal!));
            else if (UnsupportedFormats.ReasonNotChecked(entry.Path!) is not null && UnsupportedFormats.ReasonNotChecked(entry.Path!, bytes) is string reason) skipped.Add(new SkippedFile(name, reason));
            else entries.Add(new InputDocument(name, bytes));
        }
        files.AddRange(entries.OrderBy(e => e.Name, StringComparer.Ordinal));
    }

    /// <summary>The file's bytes when it is small enough to look into; none when it is larger or cannot be read (its reason then stands).</summary>
    private static byte[] Content(string file)
    {
        try
        {
            return new FileInfo(file).Length <= LargestLookedInto ? File.ReadAllBytes(file) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
