using FiscalAudit.Ingest;
using FiscalAudit.Reports;

namespace FiscalAudit.Cli;

/// <summary>The files of a run: those to check, in a stable order, and those found but not checked, with why.</summary>
public sealed record InputFiles(IReadOnlyList<string> ToCheck, IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>Files of another extension larger than this are not opened to see whether their content is a readable document.</summary>
    private const long LargestLookedInto = 256L * 1024 * 1024;

    /// <summary>
    /// Folders are searched recursively: readable formats are checked — by extension, or by content when a file of
    /// another extension holds a document FiscalAudit reads (a Word document named .dat) — other files are listed as not
    /// checked with the reason (hidden and system files are ignored). Files named on the command line
    /// are checked as given (a missing one is reported as unreadable). <paramref name="outputs"/> (the
    /// run's own output files) are never inputs.
    /// </summary>
    public static InputFiles Expand(IEnumerable<string> paths, IReadOnlyCollection<string> outputs)
    {
        var excluded = new HashSet<string>(outputs.Select(Path.GetFullPath), StringComparer.Ordinal);
        var files = new List<string>();
        var skipped = new List<SkippedFile>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                files.Add(path);
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (excluded.Contains(Path.GetFullPath(file)) || UnsupportedFormats.IsNotADocument(file)) continue;
                if (UnsupportedFormats.ReasonNotChecked(file) is not null && UnsupportedFormats.ReasonNotChecked(file, Content(file)) is string reason) skipped.Add(new SkippedFile(file, reason));
                else files.Add(file);
            }
        }
        return new InputFiles(files, skipped);
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
