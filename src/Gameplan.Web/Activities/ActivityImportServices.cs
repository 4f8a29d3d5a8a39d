namespace Gameplan.Web.Activities;

/// <summary>The web's activity uploads: the jobs that check and import them, and the sweeper that takes over, cancels and forgets them.</summary>
internal static class ActivityImportServices
{
    public static IServiceCollection AddActivityImports(this IServiceCollection services)
    {
        services.AddSingleton<ActivityImportJobs>();
        services.AddHostedService<ImportUploadSweeper>();
        return services;
    }
}
