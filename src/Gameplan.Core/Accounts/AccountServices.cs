using Gameplan.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Core.Accounts;

/// <summary>Identity's user store and the password and lockout policy, shared by the web app and the CLI.</summary>
public static class AccountServices
{
    public static IdentityBuilder AddGameplanAccounts(this IServiceCollection services)
    {
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordRules.Pbkdf2Iterations);
        services.AddScoped<AccountCommands>();
        services.AddScoped<TokenCommands>();
        services.AddScoped<SessionCommands>();
        services.AddScoped<Organizations.OrganizationAdministration>();
        services.AddSingleton<TokenUse>();
        services.AddScoped<Audit.AuditQueries>();
        return services
            .AddIdentityCore<UserAccount>(o =>
            {
                o.Password.RequiredLength = PasswordRules.MinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = PasswordRules.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = PasswordRules.Lockout;
                o.User.RequireUniqueEmail = true;
                o.User.AllowedUserNameCharacters += "+";
            })
            .AddEntityFrameworkStores<GameplanDbContext>()
            .AddPasswordValidator<MaximumLengthPasswordValidator>();
    }
}
