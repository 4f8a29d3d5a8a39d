using Microsoft.AspNetCore.Identity;

namespace Gameplan.Core.Accounts;

/// <summary>Identity checks a minimum length only; very long inputs are refused too (hashing cost is bounded).</summary>
internal sealed class MaximumLengthPasswordValidator : IPasswordValidator<UserAccount>
{
    public Task<IdentityResult> ValidateAsync(UserManager<UserAccount> manager, UserAccount user, string? password) =>
        Task.FromResult(password is { Length: > PasswordRules.MaxLength }
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = $"Passwords can be at most {PasswordRules.MaxLength} characters." })
            : IdentityResult.Success);
}
