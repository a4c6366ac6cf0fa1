using System.Buffers.Binary;
using System.Text;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// An image of a scanned OFD page as a PDF image XObject, its data kept as it is compressed: a baseline or progressive JPEG
/// (DCTDecode) or a non-interlaced 8-bit grey or RGB PNG (its IDAT data, FlateDecode with the PNG predictors). Null for
/// other images, which are not recognised.
/// </summary>
internal sealed record ScanImage(string Dictionary, byte[] Data)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ScanImage? Of(byte[] image)
    {
        try
        {
            return image.Length > 3 && image[0] == 0xFF && image[1] == 0xD8 ? Jpeg(image)
                : image.AsSpan().StartsWith(PngSignature) ? Png(image)
                : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // truncated headers
        }
    }

    /// <summary>The image object: the dictionary with its length, the data as a stream.</summary>
    public byte[] Object() => [.. Encoding.ASCII.GetBytes($"<< /Type /XObject /Subtype /Image {Dictionary} /Length {Data.Length} >>\nstream\n"), .. Data, .. Encoding.ASCII.GetBytes("\nendstream")];

    private static ScanImage? Jpeg(byte[] image)
    {
        for (var at = 2; at + 9 < image.Length;)
        {
            if (image[at] != 0xFF) return null;
            var marker = image[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(image.AsSpan(at + 2));
            // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC): the frame header with the image's size and components.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(image.AsSpan(at + 5));
                var width = BinaryPrimitives.ReadUInt16BigEndian(image.AsSpan(at + 7));
                var space = image[at + 9] switch { 1 => "/DeviceGray", 3 => "/DeviceRGB", _ => null };
                return space is null || width == 0 || height == 0 ? null
                    : new ScanImage($"/Width {width} /Height {height} /ColorSpace {space} /BitsPerComponent 8 /Filter /DCTDecode", image);
            }
            at += 2 + length;
        }
        return null;
    }

    private static ScanImage? Png(byte[] image)
    {
        var data = new MemoryStream();
        var (width, height, colours) = (0u, 0u, 0);
        for (var at = PngSignature.Length; at + 8 <= image.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(image.AsSpan(at));
            var type = Encoding.ASCII.GetString(image, at + 4, 4);
            var body = image.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadUInt32BigEndian(body), BinaryPrimitives.ReadUInt32BigEndian(body[4..]));
                // 8 bits, grey (0) or RGB (2), not interlaced.
                colours = body[8] != 8 || body[12] != 0 ? 0 : body[9] switch { 0 => 1, 2 => 3, _ => 0 };
                if (colours == 0) return null;
            }
            else if (type == "IDAT") data.Write(body);
            at += 12 + length;
        }
        if (colours == 0 || data.Length == 0 || width == 0 || height == 0) return null;
        return new ScanImage($"/Width {width} /Height {height} /ColorSpace {(colours == 1 ? "/DeviceGray" : "/DeviceRGB")} /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors {colours} /BitsPerComponent 8 /Columns {width} >>", data.ToArray());
    }
}
