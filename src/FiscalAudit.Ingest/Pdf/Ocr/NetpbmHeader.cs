using System.Text;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>The header of a binary Netpbm image as pdftoppm writes it: magic number, width, height, 255 levels.</summary>
internal static class NetpbmHeader
{
    /// <summary>
    /// The width, height and the offset of the pixels of <paramref name="file"/>, which must start with <paramref name="magic"/>
    /// and hold <paramref name="channels"/> bytes a pixel; throws <see cref="InvalidDataException"/> for anything else.
    /// </summary>
    public static (int Width, int Height, int Pixels) Read(byte[] file, string magic, int channels)
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
        if (Token() != magic || !int.TryParse(Token(), out var width) || !int.TryParse(Token(), out var height) || Token() != "255"
            || width <= 0 || height <= 0 || file.Length - position - 1 < (long)width * height * channels)
            throw new InvalidDataException($"not an 8-bit binary {magic} image");
        return (width, height, position + 1);
    }
}
