namespace Gameplan.Web.Activities;

/// <summary>The web's activity uploads: where their files wait, the jobs that check and import them, and the sweeper that deletes what is left.</summary>
internal static class ActivityImportServices
{
    public static IServiceCollection AddActivityImports(this IServiceCollection services)
    {
        services.AddSingleton<ImportUploadFolder>();
        services.AddSingleton<ActivityImportJobs>();
        services.AddHostedService<ImportUploadSweeper>();
        return services;
    }
}
