using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.PlanFiles;

/// <summary>The words plan files use for the domain's enumerations (lower case, snake_case), both ways.</summary>
internal static class PlanFileNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => value switch
        {
            ReviewKind.OneOnOne => "one_on_one",
            _ => value.ToString().ToLowerInvariant(),
        };

    /// <summary>The value a file word names; null when the word is null; an error naming <paramref name="path"/> when unknown.</summary>
    public static T? Parse<T>(string? word, string path)
        where T : struct, Enum
    {
        if (word is null)
        {
            return null;
        }
        foreach (var value in Enum.GetValues<T>())
        {
            if (Of(value) == word)
            {
                return value;
            }
        }
        var allowed = string.Join(", ", Enum.GetValues<T>().Select(Of));
        throw new Domain.DomainRuleException($"{path}: '{word}' is not one of {allowed}.", path);
    }

    public static PlanScope Scope(string? word, string? team) =>
        Parse<PlanScope>(word, "scope") ?? (team is null ? PlanScope.Organization : PlanScope.Team);

    public static PersonRole Role(string? word, string path) => Parse<PersonRole>(word, path) ?? PersonRole.Rep;
}
