using System.Text;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>An 8-bit grey image (0 black, 255 white), rows from the top, as poppler's pdftoppm -gray writes it (binary PGM, P5).</summary>
public sealed class GrayImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    /// <summary>Row by row from the top; <see cref="Width"/> bytes a row.</summary>
    public byte[] Pixels { get; } = pixels;

    /// <summary>Reads a binary PGM (P5, at most 255 levels); throws <see cref="InvalidDataException"/> for anything else.</summary>
    public static GrayImage ReadPgm(byte[] file)
    {
        var (width, height, start) = NetpbmHeader.Read(file, "P5", 1);
        return new GrayImage(width, height, file.AsSpan(start, width * height).ToArray());
    }

    /// <summary>The image turned clockwise by <paramref name="degrees"/> (0, 90, 180 or 270; any other angle leaves it as it is).</summary>
    public GrayImage Turned(int degrees)
    {
        if (degrees is not (90 or 180 or 270)) return this;
        var (width, height) = degrees == 180 ? (Width, Height) : (Height, Width);
        var pixels = new byte[Pixels.Length];
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var (tx, ty) = degrees switch { 90 => (Height - 1 - y, x), 180 => (Width - 1 - x, Height - 1 - y), _ => (y, Width - 1 - x) };
                pixels[ty * width + tx] = Pixels[y * Width + x];
            }
        return new GrayImage(width, height, pixels);
    }

    /// <summary>The image as a binary PGM file.</summary>
    public byte[] ToPgm()
    {
        var header = Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n");
        return [.. header, .. Pixels];
    }
}
