using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Office;

/// <summary>
/// The styles part of a package is not needed for its text: when its XML cannot be parsed the package is read
/// without it (heading levels and number formats from defaults), with a note saying so.
/// </summary>
internal static class StylePart
{
    public static TPart? Parsed<TPart>(TPart? part, string path, ICollection<ReadNote> notes)
        where TPart : OpenXmlPart
    {
        if (part is null) return null;
        try
        {
            _ = part.RootElement;
            return part;
        }
        catch (XmlException e)
        {
            notes.Add(new ReadNote($"文件中的样式部件 {part.Uri.OriginalString.TrimStart('/')} 无法解析（第{e.LineNumber}行），已按默认样式读取，标题级别或数字格式可能与原文不同。", new SourceLocation(path)));
            return null;
        }
    }
}
