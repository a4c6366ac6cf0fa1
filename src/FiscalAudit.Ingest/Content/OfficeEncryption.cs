using System.Buffers.Binary;

namespace FiscalAudit.Ingest.Content;

/// <summary>
/// Tells a password-protected Office file from its first bytes and structure, so it is refused at once
/// instead of handed to a converter that would wait for a password: an Office Open XML file encrypted into
/// a compound file (EncryptionInfo and EncryptedPackage streams), a Word 97-2003 file whose FIB sets
/// fEncrypted, an Excel 97-2003 workbook whose globals hold a FILEPASS record, and an OpenDocument package
/// whose manifest declares encrypted parts.
/// </summary>
public static class OfficeEncryption
{
    /// <summary>What the user is told (after “文件” or the file's name).</summary>
    public const string Remedy = "已加密，请去除密码后再上传（用 WPS 或 Office 打开，取消密码保护后保存）。";

    private const ushort WordIdentifier = 0xA5EC;
    private const int FibFlagsOffset = 0x0A;
    private const ushort FibEncrypted = 0x0100;

    private const ushort BiffEndOfFile = 0x000A;
    private const ushort BiffFilePass = 0x002F;

    /// <summary>How much of a workbook stream is searched for FILEPASS (it follows the first BOF record).</summary>
    private const int WorkbookHead = 4096;

    /// <summary>The refusal of an encrypted file, naming it.</summary>
    public static string Refusal(string name) => $"文件“{name}”{Remedy}";

    public static bool IsEncrypted(byte[] content)
    {
        if (content.AsSpan().StartsWith(CompoundFile.Magic))
            return CompoundFile.Open(content) is { } file && IsEncrypted(file);
        return content.AsSpan().StartsWith("PK"u8) && ZipContent.Of(content) is { Encrypted: true };
    }

    public static bool IsEncrypted(CompoundFile file) =>
        (file.HasStream("EncryptionInfo") && file.HasStream("EncryptedPackage"))
        || WordEncrypted(file.Read("WordDocument", FibFlagsOffset + 2))
        || WorkbookEncrypted(file.Read("Workbook", WorkbookHead) ?? file.Read("Book", WorkbookHead));

    private static bool WordEncrypted(byte[]? fib) =>
        fib is { Length: FibFlagsOffset + 2 }
        && BinaryPrimitives.ReadUInt16LittleEndian(fib) == WordIdentifier
        && (BinaryPrimitives.ReadUInt16LittleEndian(fib.AsSpan(FibFlagsOffset)) & FibEncrypted) != 0;

    /// <summary>True when a FILEPASS record comes before the end of the workbook globals' first records.</summary>
    private static bool WorkbookEncrypted(byte[]? stream)
    {
        if (stream is null) return false;
        for (var offset = 0; offset + 4 <= stream.Length;)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(offset));
            if (type == BiffFilePass) return true;
            if (type == BiffEndOfFile) return false;
            offset += 4 + BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(offset + 2));
        }
        return false;
    }
}
