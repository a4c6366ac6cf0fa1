using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FiscalAudit.Reports.Xlsx;

/// <summary>The workbook's shared string table: each distinct text once, written out at the end.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> texts = new();

    public int Index(string text)
    {
        if (indexes.TryGetValue(text, out var index)) return index;
        index = texts.Count;
        indexes.Add(text, index);
        texts.Add(text);
        return index;
    }

    public void WriteTo(SharedStringTablePart part)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable { Count = (uint)texts.Count, UniqueCount = (uint)texts.Count });
        foreach (var text in texts) writer.WriteElement(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        writer.WriteEndElement();
    }
}
