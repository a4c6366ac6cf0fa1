using System.Text.RegularExpressions;
using FiscalAudit.Rules.Classification;

namespace FiscalAudit.Tests.Rules;

/// <summary>The year-keyed 政府收支分类科目 name list (classification-names.json) loads and is well formed.</summary>
public class ClassificationNamesTests
{
    private static readonly ClassificationNames Names = ClassificationNames.National;

    [Theory]
    [InlineData("207", 2018, "文化体育与传媒支出")]
    [InlineData("207", 2019, "文化旅游体育与传媒支出")]
    [InlineData("210", 2018, "医疗卫生与计划生育支出")]
    [InlineData("210", 2019, "卫生健康支出")]
    [InlineData("210", 2024, "卫生健康支出")]
    [InlineData("215", 2018, "资源勘探信息等支出")]
    [InlineData("215", 2019, "资源勘探工业信息等支出")]
    [InlineData("220", 2018, "国土海洋气象等支出")]
    [InlineData("220", 2019, "自然资源海洋气象等支出")]
    [InlineData("20799", 2018, "其他文化体育与传媒支出")]
    [InlineData("20799", 2024, "其他文化旅游体育与传媒支出")]
    [InlineData("20805", 2018, "行政事业单位离退休")]
    [InlineData("20805", 2020, "行政事业单位养老支出")]
    [InlineData("30311", 2017, "住房公积金")]
    [InlineData("30311", 2018, "代缴社会保险费")]
    [InlineData("30307", 2017, "医疗费")]
    [InlineData("30307", 2020, "医疗费补助")]
    [InlineData("310", 2017, "其他资本性支出")]
    [InlineData("310", 2025, "资本性支出")]
    [InlineData("501", 2025, "机关工资福利支出")]
    public void Public_facts_and_documented_names_are_in_the_list(string code, int year, string name)
    {
        Assert.Equal(name, Names.Official(code, year)?.Name);
    }

    [Fact]
    public void A_year_between_documented_ranges_is_not_decided()
    {
        // 行政事业单位离退休 is printed in 2018, 行政事业单位养老支出 from 2020: 2019 is not known.
        Assert.Null(Names.Official("20805", 2019));
        Assert.Null(Names.Official("2299999", 2024));
    }

    [Fact]
    public void Renames_of_2019_cite_the_public_fact()
    {
        foreach (var code in new[] { "207", "210", "215", "220", "20799" })
        {
            var names = Names.NamesOf(code);
            Assert.Equal(2, names.Count);
            Assert.Equal(2018, names[0].To);
            Assert.Equal(2019, names[1].From);
            Assert.All(names, n => Assert.Contains("public", n.Sources));
        }
    }

    [Fact]
    public void Codes_are_well_formed_unique_and_each_name_has_declared_sources()
    {
        Assert.All(Names.Function, c => Assert.Matches(new Regex(@"^2\d{2}(\d{2}){0,2}$"), c.Code));
        Assert.All(Names.Economic, c => Assert.Matches(new Regex(@"^[35]\d{2}(\d{2})?$"), c.Code));
        var codes = Names.Function.Concat(Names.Economic).Select(c => c.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(Names.Function.Concat(Names.Economic).SelectMany(c => c.Names), n =>
        {
            Assert.NotEmpty(n.Sources);
            Assert.All(n.Sources, s => Assert.True(Names.Sources.ContainsKey(s), $"{n.Name}: undeclared source {s}"));
            Assert.True(n.To is null || n.To >= n.From, n.Name);
        });
    }

    /// <summary>A code has at most one name in any year: its ranges follow each other without overlap.</summary>
    [Fact]
    public void Ranges_of_a_code_do_not_overlap()
    {
        foreach (var code in Names.Function.Concat(Names.Economic))
        {
            foreach (var (earlier, later) in code.Names.Zip(code.Names.Skip(1)))
                Assert.True(earlier.To is int end && end < later.From, $"{code.Code}: {earlier.Name} and {later.Name} overlap");
        }
    }
}
