using FiscalAudit.Ingest;

namespace FiscalAudit.Web.Application.Content;

/// <summary>
/// What one uploaded file becomes: its archive's entries (expanded), nothing for hidden and system
/// files, or one file — refused with the reason when its format or content cannot be checked.
/// </summary>
public sealed class UploadScreen(ArchiveExpander archives)
{
    public IEnumerable<IncomingFile> Screen(IncomingFile upload)
    {
        if (upload.Content is null) return [upload];
        if (UnsupportedFormats.IsNotADocument(upload.Name)) return [];
        if (!ArchiveExpander.IsArchive(upload.Name)) return [Checkable(upload)];
        return ContentSniffer.ReasonNotZip(upload.Content) is string notZip
            ? [IncomingFile.Refused(upload.Name, upload.Length, notZip)]
            : archives.Expand(upload.Name, upload.Content).Select(Checkable);
    }

    private static IncomingFile Checkable(IncomingFile file) =>
        file.Content is not null && ContentSniffer.ReasonRefused(file.Name, file.Content) is string reason
            ? IncomingFile.Refused(file.Name, file.Length, reason)
            : file;
}
