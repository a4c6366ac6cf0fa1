using FiscalAudit.Ingest;
using FiscalAudit.Reports;

namespace FiscalAudit.Cli;

/// <summary>The files of a run: those to check, in a stable order, and those found but not checked, with why.</summary>
public sealed record InputFiles(IReadOnlyList<string> ToCheck, IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>
    /// Folders are searched recursively: readable formats are checked, other files are listed as not
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
                if (UnsupportedFormats.ReasonNotChecked(file) is string reason) skipped.Add(new SkippedFile(file, reason));
                else files.Add(file);
            }
        }
        return new InputFiles(files, skipped);
    }
}
