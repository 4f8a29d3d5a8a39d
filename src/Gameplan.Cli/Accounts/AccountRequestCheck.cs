using System.ComponentModel.DataAnnotations;

namespace Gameplan.Cli.Accounts;

/// <summary>
/// Checks an account request's data annotations as the web app's forms and API do, naming the
/// CLI option instead of the C# property. Messages never contain the values, so never the password.
/// </summary>
public static class AccountRequestCheck
{
    public static void Validate(object request)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            return;
        }
        var messages = results.Select(r => r.MemberNames.Aggregate(r.ErrorMessage ?? "A value is not valid.", Friendly));
        throw new CommandFailedException(string.Join(" ", messages));
    }

    private static string Friendly(string message, string member)
    {
        var label = member == "Password" ? "The password" : $"--{member.ToLowerInvariant()}";
        return message
            .Replace($"The {member} field", label, StringComparison.Ordinal)
            .Replace($"The field {member}", label, StringComparison.Ordinal);
    }
}
