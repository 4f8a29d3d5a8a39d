using Gameplan.Core;
using Gameplan.Web.Account;
using Gameplan.Web.Activities;
using Gameplan.Web.Alignment;
using Gameplan.Web.Calendar;
using Gameplan.Web.CheckIns;
using Gameplan.Web.Comments;
using Gameplan.Web.Commitments;
using Gameplan.Web.Critique;
using Gameplan.Web.Cycles;
using Gameplan.Web.Funnels;
using Gameplan.Web.Goals;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Hosting.SingleSignOn;
using Gameplan.Web.Inbox;
using Gameplan.Web.Notifications;
using Gameplan.Web.Organizations;
using Gameplan.Web.Pace;
using Gameplan.Web.People;
using Gameplan.Web.Plans;
using Gameplan.Web.Reviews;
using Gameplan.Web.Search;
using Gameplan.Web.Strategies;
using Gameplan.Web.Tactics;
using Gameplan.Web.Teams;
using Gameplan.Web.Templates;
using Gameplan.Web.Versions;
using Gameplan.Web.Webhooks;

var builder = WebApplication.CreateBuilder(args);
builder.AddGameplanObservability();
builder.UseBuiltStaticAssets();
var database = DatabaseStartup.Settings(builder.Configuration);
builder.Services.AddGameplanCore(database);
builder.Services.AddGameplanSecurity(builder.Configuration);
builder.Services.AddGameplanWeb();
builder.Services.AddGameplanCompression();
builder.Services.AddActivityImports();
builder.Services.AddHostedService<NotificationScheduler>();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.AnnounceUrls(database);

app.UseAppInstanceHeader();
app.UseResponseCompression();
app.UseTrustedProxies();
app.UseExceptionHandler();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}
app.UseSecurityHeaders();
app.UseHttpsOnlyGuard();
app.UseStatusCodePages();
app.MapGameplanStaticAssets();
app.MapApiDocs();
app.UseRouting();
app.UseSingleSignOnCallbacks();
app.UseAuthentication();
app.UseMiddleware<OrganizationScope>();
app.UseRequestLogScope();
app.UseGameplanRateLimits();
app.UseAuthorization();
app.UseAntiforgery();

app.MapRazorPages().WithStaticAssets();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapGameplanHealth();
app.MapCalendarFeed();

var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Member).RequireAntiforgeryForCookies();
api.MapAccounts();
api.MapPlans();
api.MapVersions();
api.MapGoals();
api.MapGoalMeasurements();
api.MapStrategies();
api.MapTactics();
api.MapCommitments();
api.MapReviews();
api.MapReviewWorkspaces();
api.MapComments();
api.MapPeople();
api.MapTeams();
api.MapCritique();
api.MapPace();
api.MapAlignment();
api.MapCycles();
api.MapTemplates();
api.MapActivities();
api.MapOrganization();
api.MapCalendar();
api.MapInbox();
api.MapNotifications();
api.MapWebhooks();
api.MapCheckIns();
api.MapFunnels();
api.MapSearch();

app.Run();

/// <summary>The web host's entry point; public so integration tests can start it.</summary>
public partial class Program;
