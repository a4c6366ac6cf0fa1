using System.Text;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// Office files protected by a password, composed as Office and LibreOffice write them, each beside the same file
/// without the password: an Office Open XML file encrypted into a compound file, a Word 97-2003 file, an Excel
/// 97-2003 workbook and an OpenDocument package.
/// </summary>
internal static class ProtectedFiles
{
    /// <summary>
    /// A .docx or .xlsx saved with a password: a compound file whose EncryptionInfo stream describes the key (agile
    /// encryption, version 4.4, an XML descriptor) and whose EncryptedPackage stream holds the encrypted ZIP.
    /// </summary>
    public static byte[] EncryptedPackage(int seed)
    {
        var descriptor = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\"><keyData saltSize=\"16\" blockSize=\"16\" keyBits=\"256\" hashSize=\"64\" cipherAlgorithm=\"AES\" cipherChaining=\"ChainingModeCBC\" hashAlgorithm=\"SHA512\"/></encryption>");
        var package = new byte[9000];
        new Random(seed).NextBytes(package);
        return TestCompoundFile.Create(
            ("\u0006DataSpaces", [1, 0, 0, 0]),
            ("EncryptionInfo", [4, 0, 4, 0, 0x40, 0, 0, 0, .. descriptor]),
            ("EncryptedPackage", [.. BitConverter.GetBytes((long)package.Length - 8), .. package]));
    }

    /// <summary>A Word 97-2003 file: its WordDocument stream starts with the FIB, whose fEncrypted bit (0x0100 of the flags at 0x0A) says whether it is protected.</summary>
    public static byte[] WordDocument(bool encrypted)
    {
        byte[] fib = [0xEC, 0xA5, 0xC1, 0x00, 0x00, 0x00, 0x04, 0x08, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00];
        if (encrypted) fib[0x0B] |= 0x01;
        return TestCompoundFile.Create(("WordDocument", fib), ("1Table", new byte[600]), ("\u0005SummaryInformation", new byte[200]));
    }

    /// <summary>
    /// An Excel 97-2003 workbook: its Workbook stream starts with the globals' BOF record; a protected one has the FILEPASS
    /// record (RC4 CryptoAPI) right after it.
    /// </summary>
    public static byte[] Workbook(bool encrypted, string stream = "Workbook")
    {
        byte[] bof = [0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xBB, 0x0D, 0xCC, 0x07, 0xC9, 0xC0, 0x00, 0x00, 0x06, 0x03, 0x00, 0x00];
        byte[] filePass = [0x2F, 0x00, 0x0C, 0x00, 0x01, 0x00, 0x04, 0x00, 0x02, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00];
        byte[] codePage = [0x42, 0x00, 0x02, 0x00, 0xB0, 0x04];
        byte[] end = [0x0A, 0x00, 0x00, 0x00];
        return TestCompoundFile.Create((stream, encrypted ? [.. bof, .. filePass, .. codePage, .. end] : [.. bof, .. codePage, .. end]));
    }

    /// <summary>An OpenDocument package of <paramref name="mimeType"/>; a protected one's manifest gives content.xml its encryption data.</summary>
    public static byte[] OpenDocument(string mimeType, bool encrypted)
    {
        var encryption = encrypted
            ? "<manifest:encryption-data manifest:checksum-type=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k\" manifest:checksum=\"Zm9v\"><manifest:algorithm manifest:algorithm-name=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\" manifest:initialisation-vector=\"YmFy\"/></manifest:encryption-data>"
            : string.Empty;
        var manifest = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"{mimeType}\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">{encryption}</manifest:file-entry></manifest:manifest>";
        return Zips.Of(
            ("mimetype", Encoding.ASCII.GetBytes(mimeType)),
            ("content.xml", encrypted ? [0x01, 0xFF, 0x7A, 0x3C, 0x90] : Encoding.UTF8.GetBytes("<office:document-content/>")),
            ("META-INF/manifest.xml", Encoding.UTF8.GetBytes(manifest)));
    }
}
