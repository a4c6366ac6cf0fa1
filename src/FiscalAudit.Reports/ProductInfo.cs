using System.Reflection;

namespace FiscalAudit.Reports;

/// <summary>The product name and version printed in reports and by --version.</summary>
public static class ProductInfo
{
    public const string Name = "FiscalAudit";

    public static string Version { get; } =
        typeof(ProductInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
