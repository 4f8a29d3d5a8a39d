using Gameplan.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        services.AddScoped<SingleSignOn.SingleSignOnCommands>();
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

    /// <summary>
    /// The Data Protection key ring in the database (<see cref="DatabaseXmlRepository"/>), so every instance,
    /// and the CLI, protects and reads the same secrets, cookies and antiforgery tokens.
    /// </summary>
    public static IServiceCollection AddGameplanDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Gameplan");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<IServiceScopeFactory>())));
        return services;
    }
}
