using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>What a cell style index means for reading: its number format code and whether its font marks a title.</summary>
internal sealed class XlsxStyles
{
    private readonly List<CellFormat> formats;
    private readonly Dictionary<uint, string> customCodes;
    private readonly List<Font> fonts;
    private readonly double defaultSize;

    private XlsxStyles(List<CellFormat> formats, Dictionary<uint, string> customCodes, List<Font> fonts)
    {
        this.formats = formats;
        this.customCodes = customCodes;
        this.fonts = fonts;
        defaultSize = fonts.Count > 0 ? Size(fonts[0]) ?? 11 : 11;
    }

    public static XlsxStyles From(WorkbookStylesPart? part)
    {
        var sheet = part?.Stylesheet;
        var codes = new Dictionary<uint, string>();
        foreach (var format in sheet?.NumberingFormats?.Elements<NumberingFormat>() ?? Enumerable.Empty<NumberingFormat>())
        {
            if (format.NumberFormatId?.Value is uint id && format.FormatCode?.Value is string code) codes[id] = code;
        }
        return new XlsxStyles(
            sheet?.CellFormats?.Elements<CellFormat>().ToList() ?? new List<CellFormat>(),
            codes,
            sheet?.Fonts?.Elements<Font>().ToList() ?? new List<Font>());
    }

    /// <summary>The number format code of a style index ("General" when there is none).</summary>
    public string FormatCode(uint? styleIndex)
    {
        var id = Format(styleIndex)?.NumberFormatId?.Value ?? 0;
        return customCodes.TryGetValue(id, out var code) ? code : BuiltInNumberFormats.Code(id);
    }

    /// <summary>True when the style's font is bold or larger than the workbook's default font.</summary>
    public bool IsProminent(uint? styleIndex)
    {
        var fontId = Format(styleIndex)?.FontId?.Value;
        if (fontId is not uint f || f >= fonts.Count) return false;
        var font = fonts[(int)f];
        return (font.Bold is { } bold && (bold.Val?.Value ?? true)) || Size(font) > defaultSize;
    }

    private CellFormat? Format(uint? styleIndex) =>
        styleIndex is uint i && i < formats.Count ? formats[(int)i] : null;

    private static double? Size(Font font) => font.FontSize?.Val?.Value;
}
