using System.Security.Cryptography;
using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Extract;
using FiscalAudit.Ingest;
using FiscalAudit.Reports;
using FiscalAudit.Rules;

namespace FiscalAudit.Web.Application;

/// <summary>
/// Identifies the checking code: the product version plus the build identities (deterministic
/// module ids) of the assemblies that read, judge and write a document. A stored result is reused
/// only by the same engine version; a change to that code checks a file again.
/// </summary>
public static class EngineVersion
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var modules = new[] { typeof(Finding), typeof(DocumentReaders), typeof(DisclosureExtractor), typeof(RuleCatalog), typeof(Auditor), typeof(JsonReport) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        var digest = SHA256.HashData(Encoding.ASCII.GetBytes(string.Join(",", modules)));
        return $"{ProductInfo.Version}+{Convert.ToHexStringLower(digest)[..12]}";
    }
}
