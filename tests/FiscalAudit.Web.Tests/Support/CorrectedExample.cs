namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// The shipped final accounts and a corrected version of them as a department would send it back: the
/// 三公经费 total corrected (11.00 → 10.00, its two findings fixed), the 社会保障 share still wrong but
/// differently (13.00% → 14.00%: the old finding fixed, a new one), the rest untouched (remaining).
/// </summary>
public static class CorrectedExample
{
    public const string Name = "示例管理局2023年部门决算.txt";

    public const string CorrectedName = "示例管理局2023年部门决算（整改后）.txt";

    public static byte[] Original => File.ReadAllBytes(CliFindings.Example);

    public static byte[] Corrected
    {
        get
        {
            var text = File.ReadAllText(CliFindings.Example);
            var fixedTotal = text.Replace("\t11.00\t0.00\t8.00\t", "\t10.00\t0.00\t8.00\t", StringComparison.Ordinal);
            var changedShare = fixedTotal.Replace("支出60.00万元，占13.00%", "支出60.00万元，占14.00%", StringComparison.Ordinal);
            Assert.NotEqual(text, fixedTotal);
            Assert.NotEqual(fixedTotal, changedShare);
            return System.Text.Encoding.UTF8.GetBytes(changedShare);
        }
    }

    /// <summary>The finding ids `check --format json` reports for both files: (original, corrected).</summary>
    public static (List<string> Original, List<string> Corrected) CliIds()
    {
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-versions-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, Name), Original);
            File.WriteAllBytes(Path.Combine(folder, CorrectedName), Corrected);
            var ids = CliFindings.Folder(folder);
            return (ids[Name], ids[CorrectedName]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
