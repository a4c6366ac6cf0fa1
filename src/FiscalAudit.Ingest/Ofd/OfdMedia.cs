namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// The multimedia files of an OFD document by resource ID (Res/MultiMedias/MultiMedia/MediaFile, relative to the resource
/// part's BaseLoc folder): where an ImageObject's ResourceID leads. A resource part that is missing or malformed raises
/// <see cref="OfdPartException"/> naming it.
/// </summary>
internal static class OfdMedia
{
    public static Dictionary<string, string> Files(OfdPackage package, OfdDocument document)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in document.Resources)
        {
            var resources = package.Xml(part);
            var folder = ((string?)resources.Attribute("BaseLoc"))?.Trim().TrimEnd('/') is { Length: > 0 } baseLoc ? OfdPackage.Resolve(part, baseLoc) + "/" : OfdPackage.Resolve(part, ".") + "/";
            foreach (var media in resources.Child("MultiMedias")?.Children("MultiMedia") ?? [])
                if ((string?)media.Attribute("ID") is { } id && media.ChildText("MediaFile") is { } file)
                    files.TryAdd(id.Trim(), file.StartsWith('/') ? OfdPackage.Resolve(part, file) : OfdPackage.Resolve(folder.TrimStart('/'), file));
        }
        return files;
    }
}
