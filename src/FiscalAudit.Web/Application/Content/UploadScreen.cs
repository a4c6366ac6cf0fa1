using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Archives;

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
        return ZipExpander.IsArchive(upload.Name) ? archives.Expand(upload.Name, upload.Content).Select(Checkable) : [Checkable(upload)];
    }

    private static IncomingFile Checkable(IncomingFile file) =>
        file.Content is not null && ContentSniffer.ReasonRefused(file.Name, file.Content) is string reason
            ? IncomingFile.Refused(file.Name, file.Length, reason)
            : file;
}
