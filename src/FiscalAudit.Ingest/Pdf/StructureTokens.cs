using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>Tokens of a PDF's structure with indirect references followed.</summary>
internal static class StructureTokens
{
    /// <summary>The object <paramref name="token"/> refers to, or the token itself when it is direct; null when the object is missing.</summary>
    public static IToken? Resolve(Structure structure, IToken token) =>
        token is IndirectReferenceToken reference ? structure.GetObject(reference.Data)?.Data : token;
}
