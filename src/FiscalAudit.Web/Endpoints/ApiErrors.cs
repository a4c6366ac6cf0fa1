namespace FiscalAudit.Web.Endpoints;

/// <summary>Every API failure is {"error": "中文说明"} with its status code — never an exception or a database message.</summary>
public static class ApiErrors
{
    public static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, message);

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, message);
}
