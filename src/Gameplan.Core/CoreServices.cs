using Gameplan.Core.Commitments;
using Gameplan.Core.Data;
using Gameplan.Core.Demo;
using Gameplan.Core.Goals;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Core.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gameplan.Core;

/// <summary>Registers the database and every use case; one line in each host.</summary>
public static class CoreServices
{
    public static IServiceCollection AddGameplanCore(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddGameplanDatabase(database);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Organizations.OrganizationClock>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<PlanListQueries>();
        services.AddScoped<Search.SearchQueries>();
        services.AddScoped<PlanFiles.PlanOnePagerQueries>();
        services.AddScoped<Homes.OrganizationHomeQueries>();
        services.AddScoped<Alignment.AlignmentQueries>();
        services.AddScoped<Cycles.CycleQueries>();
        services.AddScoped<Cycles.CycleCommands>();
        services.AddScoped<PlanCommands>();
        services.AddScoped<GoalCommands>();
        services.AddScoped<GoalMeasurementCommands>();
        services.AddScoped<GoalMeasurementQueries>();
        services.AddScoped<StrategyCommands>();
        services.AddScoped<TacticCommands>();
        services.AddScoped<CommitmentCommands>();
        services.AddScoped<AcknowledgementQueries>();
        services.AddScoped<Activities.ActivityCommands>();
        services.AddScoped<Activities.ActivityQueries>();
        services.AddScoped<Activities.ActivityDaysQueries>();
        services.AddScoped<ReviewCommands>();
        services.AddScoped<ReviewAgendaQueries>();
        services.AddScoped<ReviewWorkspaceQueries>();
        services.AddScoped<ReviewWorkspaceCommands>();
        services.AddScoped<Calendar.CalendarQueries>();
        services.AddScoped<Inbox.InboxQueries>();
        services.AddScoped<Inbox.HomeCommands>();
        services.AddScoped<Homes.SetupHealthQueries>();
        services.AddScoped<CheckIns.CheckInCommands>();
        services.AddScoped<CheckIns.CheckInQueries>();
        services.AddScoped<Calendar.CalendarCommands>();
        services.AddScoped<Notifications.NotificationCommands>();
        services.AddScoped<Notifications.EmailCommands>();
        services.AddScoped<Notifications.DigestSender>();
        services.AddScoped<Notifications.DigestRun>();
        services.AddScoped<Scheduling.SchedulerLeases>();
        services.AddScoped<Webhooks.WebhookCommands>();
        services.AddScoped<Webhooks.WebhookOutbox>();
        services.AddScoped<Webhooks.CheckInMissedRun>();
        services.AddHttpClient<Webhooks.WebhookDeliveryRun>();
        services.AddScoped<Comments.CommentCommands>();
        services.AddScoped<Comments.CommentQueries>();
        services.AddScoped<PeopleQueries>();
        services.AddScoped<Activities.MetricQueries>();
        services.AddScoped<PeopleCommands>();
        services.AddScoped<TeamQueries>();
        services.AddScoped<TeamCommands>();
        services.AddScoped<DemoOrganization>();
        services.AddScoped<Critique.CritiqueQueries>();
        services.AddScoped<Funnels.FunnelQueries>();
        services.AddScoped<Funnels.FunnelCommands>();
        services.AddScoped<Organizations.OrganizationQueries>();
        services.AddScoped<Organizations.OrganizationCommands>();
        services.AddScoped<Pace.PaceQueries>();
        services.AddScoped<Pace.TeamPaceQueries>();
        services.AddScoped<Pace.OffPaceQueries>();
        services.AddScoped<Exports.CsvExports>();
        services.AddScoped<Homes.TeamHomeQueries>();
        services.AddScoped<Templates.TemplateQueries>();
        services.AddScoped<Templates.TemplateCommands>();
        services.AddScoped<PlanFiles.PlanFileImporter>();
        services.AddScoped<PlanFiles.Okrs.OkrImporter>();
        services.AddScoped<PlanFiles.PlanFileExporter>();
        services.AddScoped<Versions.VersionQueries>();
        services.AddScoped<Activities.MyDayQueries>();
        services.AddScoped<Activities.MyDayCommands>();
        services.AddScoped<Activities.Import.ActivityImportQueries>();
        services.AddScoped<Activities.Import.ActivityImportCommands>();
        services.AddScoped<Activities.Import.ActivityMappingQueries>();
        services.AddScoped<Activities.Import.ActivityImportJobQueries>();
        services.AddScoped<Activities.Import.ActivityImportJobCommands>();
        services.AddScoped<Activities.Import.ActivityMappingCommands>();
        return services;
    }
}
