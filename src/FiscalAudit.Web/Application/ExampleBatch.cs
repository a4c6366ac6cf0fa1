using System.Text.Json;
using FiscalAudit.Web.Application.Content;
using FiscalAudit.Web.Hosting;
using FiscalAudit.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application;

/// <summary>
/// On first start with an empty database, the example documents shipped beside the application
/// (examples/) are checked as a batch named 示例文件, so a newcomer sees results at once. Each is shown under the
/// Chinese name ExampleNames.json gives its file (the shipped files keep their names, used by the command line).
/// </summary>
public sealed class ExampleBatch(AuditDbContext db, BatchIntake intake, UploadScreen screen, WebSettings settings)
{
    public const string Label = "示例文件";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "examples");

    public async Task<long?> SeedAsync(CancellationToken cancellation)
    {
        if (!settings.SeedExamples || !Directory.Exists(Folder) || await db.Batches.AnyAsync(cancellation)) return null;
        var files = Directory.EnumerateFiles(Folder).Order(StringComparer.Ordinal)
            .Select(path => IncomingFile.Accepted(DisplayName(Path.GetFileName(path)), File.ReadAllBytes(path)))
            .SelectMany(screen.Screen);
        return await intake.CreateAsync(files.ToAsyncEnumerable(), Label, null, cancellation);
    }

    /// <summary>The name an example is shown under: its Chinese name, or its file name when it has none.</summary>
    public static string DisplayName(string file) => Names.Value.GetValueOrDefault(file, file);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Names = new(() =>
    {
        using var stream = typeof(ExampleBatch).Assembly.GetManifestResourceStream("FiscalAudit.Web.Application.ExampleNames.json")
            ?? throw new InvalidOperationException("ExampleNames.json is not embedded");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? throw new InvalidOperationException("ExampleNames.json is empty");
    });
}
