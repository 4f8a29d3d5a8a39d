using System.Globalization;
using Gameplan.Core.Plans;

namespace Gameplan.Web.Plans;

/// <summary>
/// The plan form's one "carries out" choice as text: <c>ELEMENT|PLAN</c>, where ELEMENT is empty (the
/// whole plan), <c>s:KEY</c> (a strategy) or <c>g:KEY</c> (a goal), and PLAN the parent's id, or the
/// name an imported file gave while no plan matches it (kept as it is on save). Empty: no parent.
/// </summary>
public static class ParentValue
{
    public static string? Of(ParentDetails? parent) => parent is null ? null
        : $"{Element(parent.Strategy, parent.Goal)}|{parent.PlanId?.ToString(CultureInfo.InvariantCulture) ?? parent.Plan}";

    public static string Of(int planId, string? strategy = null, string? goal = null) =>
        $"{Element(strategy, goal)}|{planId.ToString(CultureInfo.InvariantCulture)}";

    public static ParentInput? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var parts = value.Split('|', 2);
        if (parts.Length == 1)
        {
            return new ParentInput { Plan = parts[0] };
        }
        var (element, plan) = (parts[0], parts[1]);
        return new ParentInput
        {
            Plan = plan,
            Strategy = element.StartsWith("s:", StringComparison.Ordinal) ? element[2..] : null,
            Goal = element.StartsWith("g:", StringComparison.Ordinal) ? element[2..] : null,
        };
    }

    private static string Element(string? strategy, string? goal) => strategy is not null ? $"s:{strategy}" : goal is not null ? $"g:{goal}" : "";
}
