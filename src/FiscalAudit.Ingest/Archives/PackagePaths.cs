namespace FiscalAudit.Ingest.Archives;

/// <summary>The paths inside a package (a ZIP of parts: Office, OFD) that its parts name one another by.</summary>
internal static class PackagePaths
{
    /// <summary>
    /// The path from the package root that <paramref name="path"/> names when read in <paramref name="folder"/> (a folder of the
    /// package ending in “/”, or empty for the root): from the root when it begins with “/”. Empty and “.” steps are skipped,
    /// “..” goes up a folder (never above the root).
    /// </summary>
    public static string Resolve(string folder, string path)
    {
        var parts = new List<string>();
        foreach (var part in (path.StartsWith('/') ? path : folder + path).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
