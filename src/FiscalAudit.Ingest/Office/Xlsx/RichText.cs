using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>The plain text of a shared string item or inline string: its t and rich-run texts, without phonetic runs.</summary>
internal static class RichText
{
    public static string Of(OpenXmlElement? item)
    {
        if (item is null) return string.Empty;
        return string.Concat(item.ChildElements.Select(e => e switch
        {
            SheetText t => t.Text,
            Run r => r.Text?.Text ?? string.Empty,
            _ => string.Empty,
        }));
    }
}
