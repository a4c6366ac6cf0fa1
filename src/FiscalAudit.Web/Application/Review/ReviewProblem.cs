namespace FiscalAudit.Web.Application.Review;

/// <summary>Why a review action was refused: the HTTP status the API answers with and the Chinese message.</summary>
public sealed record ReviewProblem(int Status, string Message)
{
    public static ReviewProblem NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    public static ReviewProblem Invalid(string message) => new(StatusCodes.Status400BadRequest, message);

    public static ReviewProblem Conflict(string message) => new(StatusCodes.Status409Conflict, message);

    public static ReviewProblem Forbidden(string message) => new(StatusCodes.Status403Forbidden, message);
}
