namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>An 8-bit RGB image, rows from the top, as poppler's pdftoppm writes it without -gray (binary PPM, P6).</summary>
public sealed class ColourImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    /// <summary>Row by row from the top; red, green and blue, three bytes a pixel.</summary>
    public byte[] Pixels { get; } = pixels;

    /// <summary>Reads a binary PPM (P6, at most 255 levels); throws <see cref="InvalidDataException"/> for anything else.</summary>
    public static ColourImage ReadPpm(byte[] file)
    {
        var (width, height, start) = NetpbmHeader.Read(file, "P6", 3);
        return new ColourImage(width, height, file.AsSpan(start, width * height * 3).ToArray());
    }
}
