using System.Text.Json;
using FiscalAudit.Cli;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>What `check --format json` prints for one file, run in-process.</summary>
public static class CliFindings
{
    public static string Example => Path.Combine(FiscalAudit.Tests.Support.Repo.Root, "examples", "sample-final-accounts-2023.txt");

    public static List<string> Ids(string path) => Ids(Document(path));

    public static List<string> Ids(JsonElement document) =>
        document.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();

    /// <summary>The finding ids of every document `check FOLDER --format json` prints, by file name.</summary>
    public static Dictionary<string, List<string>> Folder(string folder) =>
        Documents(folder).ToDictionary(d => Path.GetFileName(d.GetProperty("file").GetString()!), Ids);

    public static JsonElement Document(string path) => Documents(path)[0];

    private static List<JsonElement> Documents(string path)
    {
        var stdout = new StringWriter();
        CliApp.Run(new[] { "check", path, "--format", "json" }, stdout, new StringWriter());
        return JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("documents").EnumerateArray().Select(d => d.Clone()).ToList();
    }
}
