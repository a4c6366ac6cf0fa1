namespace FiscalAudit.Tests.Support;

/// <summary>Paths to the repository and to ../shared, found by walking up from the test assembly.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seed(string prefix) =>
        Directory.GetFiles(Path.Combine(Shared, "seeds"), prefix + "_*.txt").Single();

    public static string Corpus(string name) => Path.Combine(Shared, "corpus", "final-accounts-pdf", name);

    /// <summary>Every 部门预算/单位预算 PDF in ../shared/corpus/budget-pdf, by file name.</summary>
    public static IEnumerable<string> BudgetPdfs() =>
        Directory.GetFiles(Path.Combine(Shared, "corpus", "budget-pdf"), "*.pdf").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static string BudgetPdf(string name) => Path.Combine(Shared, "corpus", "budget-pdf", name);

    public static string Seed002 => Seed("002");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FiscalAudit.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("FiscalAudit.slnx not found above " + AppContext.BaseDirectory);
    }
}
