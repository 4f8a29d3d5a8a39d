using System.Security.Cryptography;

namespace Gameplan.Web.Hosting;

/// <summary>
/// This app process among the instances behind one proxy: its name (<c>Instance:Name</c>, or a random
/// one made at start) goes out on every response as <c>X-Gameplan-Instance</c>, so an operator (and the
/// multi-instance test) sees which instance answered; <see cref="Holder"/> names it in the database's
/// leases and import jobs. The name is not a secret and says nothing about the machine.
/// </summary>
public sealed class AppInstance(IConfiguration configuration)
{
    public const string Setting = "Instance:Name";

    public const string Header = "X-Gameplan-Instance";

    public string Name { get; } = configuration[Setting] is { Length: > 0 and <= 50 } name ? name : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    /// <summary>Unique per process even when two share a name (two test hosts in one process): machine, process and a random part.</summary>
    public string Holder { get; } = Core.Scheduling.SchedulerLeases.NewHolder();
}

/// <summary>Adds <see cref="AppInstance.Header"/> to every response.</summary>
internal static class AppInstanceHeader
{
    public static IApplicationBuilder UseAppInstanceHeader(this IApplicationBuilder app)
    {
        var instance = app.ApplicationServices.GetRequiredService<AppInstance>();
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[AppInstance.Header] = instance.Name;
                return Task.CompletedTask;
            });
            await next(context);
        });
    }
}
