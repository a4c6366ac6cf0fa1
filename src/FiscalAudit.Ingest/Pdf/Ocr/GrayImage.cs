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
        var position = 0;
        string Token()
        {
            while (position < file.Length && (char.IsWhiteSpace((char)file[position]) || file[position] == '#'))
            {
                if (file[position] == '#') while (position < file.Length && file[position] != '\n') position++;
                else position++;
            }
            var start = position;
            while (position < file.Length && !char.IsWhiteSpace((char)file[position])) position++;
            return Encoding.ASCII.GetString(file, start, position - start);
        }
        if (Token() != "P5" || !int.TryParse(Token(), out var width) || !int.TryParse(Token(), out var height) || Token() != "255"
            || width <= 0 || height <= 0 || file.Length - position - 1 < (long)width * height)
            throw new InvalidDataException("not an 8-bit binary PGM image");
        return new GrayImage(width, height, file.AsSpan(position + 1, width * height).ToArray());
    }

    /// <summary>The image as a binary PGM file.</summary>
    public byte[] ToPgm()
    {
        var header = Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n");
        return [.. header, .. Pixels];
    }
}
