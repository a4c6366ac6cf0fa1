using System.Text.Json;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Reports;

/// <summary>
/// "projects":[{"name","budget","executed","executionRate","reportedScore","recomputedScore",
/// "referenceScore","grade","indicators":[{"level1","level2","name","target","actual","weight","score"}]}]
/// and "departmentEvaluations":[…]. Numbers as printed; recomputed values as the scoring step computed them.
/// </summary>
internal static class ProjectJson
{
    public static void Write(Utf8JsonWriter w, Disclosure? disclosure)
    {
        var set = disclosure?.Evaluations ?? new EvaluationSet();
        w.WriteStartArray("projects");
        foreach (var p in set.Projects) WriteProject(w, p);
        w.WriteEndArray();
        w.WriteStartArray("departmentEvaluations");
        foreach (var d in set.Departments) WriteDepartment(w, d);
        w.WriteEndArray();
    }

    private static void WriteProject(Utf8JsonWriter w, ProjectEvaluation p)
    {
        w.WriteStartObject();
        w.WriteString("name", p.Name);
        w.WriteString("layout", p.Layout);
        JsonValues.WriteNumberOrNull(w, "year", p.Year);
        JsonValues.WriteStringOrNull(w, "supervisor", p.Supervisor);
        JsonValues.WriteStringOrNull(w, "implementer", p.Implementer);
        Number(w, "initialBudget", p.Funds.InitialBudget);
        Number(w, "budget", p.Funds.Budget);
        Number(w, "executed", p.Funds.Executed);
        Number(w, "executionRate", p.Funds.PrintedRate);
        JsonValues.WriteNumberOrNull(w, "computedExecutionRate", p.Funds.ComputedRatePercent);
        Number(w, "fundsWeight", p.Funds.Weight);
        Number(w, "fundsScore", p.Funds.Score);
        Number(w, "reportedScore", p.ReportedScore);
        JsonValues.WriteNumberOrNull(w, "recomputedScore", p.Recomputation?.RecomputedScore);
        JsonValues.WriteNumberOrNull(w, "referenceScore", p.Recomputation?.ReferenceScore);
        JsonValues.WriteStringOrNull(w, "scheme", p.Recomputation?.SchemeName);
        JsonValues.WriteStringOrNull(w, "grade", p.Grade);
        JsonValues.WriteStringOrNull(w, "goalExpected", p.GoalExpected);
        JsonValues.WriteStringOrNull(w, "goalActual", p.GoalActual);
        JsonValues.WriteLocation(w, "location", p.Location);
        w.WriteStartArray("indicators");
        foreach (var i in p.Indicators)
        {
            StartIndicator(w, i);
            w.WriteString("targetOperator", i.Target.Operator.ToString());
            Number(w, "targetValue", i.Target.Value);
            JsonValues.WriteStringOrNull(w, "targetUnit", i.Target.Unit);
            w.WriteString("actual", i.Actual.Text);
            Number(w, "weight", i.Weight);
            Number(w, "score", i.Score);
            JsonValues.WriteNumberOrNull(w, "referenceScore", p.Recomputation?.Indicators.FirstOrDefault(x => x.Indicator == i)?.ReferenceScore);
            JsonValues.WriteStringOrNull(w, "deviation", i.Deviation);
            JsonValues.WriteNumberOrNull(w, "line", i.Location.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDepartment(Utf8JsonWriter w, DepartmentEvaluation d)
    {
        w.WriteStartObject();
        w.WriteString("title", d.Title);
        Number(w, "totalWeight", d.TotalWeight);
        Number(w, "reportedScore", d.TotalScore);
        JsonValues.WriteNumberOrNull(w, "recomputedScore", d.RecomputedScore);
        JsonValues.WriteStringOrNull(w, "grade", d.Grade ?? d.ScoreStatements.Select(s => s.Grade).FirstOrDefault(g => g is not null));
        JsonValues.WriteLocation(w, "location", d.Location);
        w.WriteStartArray("indicators");
        foreach (var i in d.Indicators) WriteNode(w, i);
        w.WriteEndArray();
        w.WriteStartArray("tasks");
        foreach (var t in d.Tasks.Concat(d.TaskTotal is null ? Array.Empty<EvaluationTask>() : new[] { d.TaskTotal }))
        {
            w.WriteStartObject();
            w.WriteString("name", t.Name);
            Number(w, "executionRate", t.PrintedRate);
            Number(w, "budget", t.Budget);
            Number(w, "executed", t.Executed);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("targets");
        foreach (var i in d.Targets)
        {
            StartIndicator(w, i);
            w.WriteString("actual", i.Actual.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Opens an indicator object with its headings, name and target as printed.</summary>
    private static void StartIndicator(Utf8JsonWriter w, Indicator i)
    {
        w.WriteStartObject();
        JsonValues.WriteStringOrNull(w, "level1", i.Level1);
        JsonValues.WriteStringOrNull(w, "level2", i.Level2);
        w.WriteString("name", i.Name);
        w.WriteString("target", i.Target.Text);
    }

    private static void WriteNode(Utf8JsonWriter w, DepartmentIndicator n)
    {
        w.WriteStartObject();
        JsonValues.WriteStringOrNull(w, "code", n.Code);
        w.WriteString("name", n.Name);
        w.WriteNumber("level", n.Level);
        Number(w, "weight", n.Weight);
        Number(w, "score", n.Score);
        if (n.Children.Count > 0)
        {
            w.WriteStartArray("children");
            foreach (var c in n.Children) WriteNode(w, c);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, PrintedNumber? n) => JsonValues.WriteNumberOrNull(w, name, n?.Value);
}
