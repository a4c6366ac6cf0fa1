using FiscalAudit.Ingest;

namespace FiscalAudit.Cli;

/// <summary>Expands the paths given on the command line: folders recursively, files as given.</summary>
public static class InputFiles
{
    /// <summary>Files to check, in a stable order; paths that do not exist are kept so they are reported.</summary>
    public static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentReaders.KnownExtensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }
        return files;
    }
}
