namespace Gameplan.Core;

/// <summary>
/// A plan the critique still finds errors in is approved only with an explicit override and a reason (HTTP 409,
/// naming <see cref="Field"/>). The message says how many errors, so the reviewer knows what they override.
/// </summary>
public sealed class OverrideRequiredException(int errors)
    : Exception($"The critique still finds {errors} {(errors == 1 ? "error" : "errors")} in this plan. To approve it anyway, set override and say why in reason.")
{
    /// <summary>The request field that is missing: <c>override</c>.</summary>
    public string Field => "override";

    public int Errors { get; } = errors;
}
