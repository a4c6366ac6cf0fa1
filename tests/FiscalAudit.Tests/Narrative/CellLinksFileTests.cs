using System.Reflection;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// cell-links.json loads, and every table, side and column it names is one the tables are read into: a typo in the file
/// fails here rather than silently dropping a link.
/// </summary>
public class CellLinksFileTests
{
    private static readonly CellLinks Links = CellLinks.Default;

    /// <summary>The values of StandardColumns' constants: the names tables' columns are read into.</summary>
    private static readonly HashSet<string> Columns = typeof(StandardColumns)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    private static readonly string[] TableIds = Enumerable.Range(1, 9).Select(i => "T" + i).ToArray();

    [Fact]
    public void The_file_loads_with_every_section()
    {
        Assert.NotEmpty(Links.Cells);
        Assert.All(Links.Cells, c => Assert.NotEmpty(c.Keys));
        Assert.NotEmpty(Links.ThreePublic.Items);
        Assert.NotEmpty(Links.ThreePublic.Suffixes);
        Assert.NotEmpty(Links.ThreePublic.Prefixes);
        Assert.NotEmpty(Links.ThreePublic.GroupWord);
        Assert.NotEmpty(Links.ClassRows.Whole);
        Assert.True(Links.ClassRows.CodeLength > 0);
        Assert.NotEmpty(Links.CompletionVerb);
    }

    [Fact]
    public void Every_key_is_listed_once()
    {
        var keys = Links.Cells.SelectMany(c => c.Keys).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_cell_names_a_standard_table_side_and_column()
    {
        Assert.All(Links.Targets, t =>
        {
            Assert.Contains(t.Table, TableIds);
            Assert.Contains(t.Column, Columns);
            if (t.Side is not null) Assert.Contains(t.Side, TableSides.All);
        });
        Assert.Contains(Links.ClassRows.Table, TableIds);
        Assert.Contains(Links.ClassRows.Column, Columns);
    }

    [Fact]
    public void Every_three_public_item_is_a_column_of_its_table()
    {
        Assert.Contains(Links.ThreePublic.Table, TableIds);
        Assert.All(Links.ThreePublic.Items.Values, column => Assert.Contains(column, Columns));
    }

    [Theory]
    [InlineData("财政拨款“三公”经费支出决算", StandardColumns.ThreeTotal)]
    [InlineData("公务接待费支出决算数", StandardColumns.Reception)]
    [InlineData("公务用车运行维护费财政拨款", StandardColumns.VehicleOperation)]
    [InlineData("因公出国（境）费支出", StandardColumns.OverseasTravel)]
    [InlineData("会议费支出", null)]
    public void A_three_public_name_is_read_without_its_prefix_and_suffixes(string key, string? column) =>
        Assert.Equal(column, CellLinker.ThreePublicColumn(key.Replace("“", string.Empty).Replace("”", string.Empty)));
}
