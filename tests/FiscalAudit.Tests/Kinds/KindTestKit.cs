using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;

namespace FiscalAudit.Tests.Kinds;

/// <summary>Audits small texts as files and reads block text.</summary>
internal static class KindTestKit
{
    public static AuditResult Audit(string name, string text) => new Auditor().Audit(name, Encoding.UTF8.GetBytes(text));

    public static string TextOf(Block block) => block switch
    {
        HeadingBlock h => h.Text,
        ParagraphBlock p => p.Text,
        _ => string.Empty,
    };
}
