using System.Diagnostics;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gameplan.Web.Tests.Plans;

/// <summary>
/// The plan page's work does not grow with the plan: the SQL statements it sends (a measure that does not
/// depend on the machine's load) are the same for the demo plan and for the same plan with many more tactics,
/// as each role reads it. Deciding which controls to show once read the plan's facts for every control.
/// </summary>
public sealed class PlanPageStatementsTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("alex")]
    [InlineData("omar")]
    [InlineData("lena")]
    public async Task The_plan_page_sends_as_many_statements_for_a_plan_three_times_the_size(string who)
    {
        var admin = _factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(admin);
        var reader = _factory.CreateClientAs(who);
        await reader.GetPageAsync($"/plans/{demo.Id}");
        var before = await StatementsAsync(reader, $"/plans/{demo.Id}");
        var tactics = demo.Details.GetProperty("strategies").EnumerateArray().Sum(s => s.GetProperty("tactics").GetArrayLength());

        var strategy = demo.Strategy("s1");
        for (var i = 0; i < 2 * tactics; i++)
        {
            var tactic = await admin.CreateAsync($"/api/v1/plans/{demo.Id}/strategies/{strategy}/tactics", new { action = $"Call {i + 1} dormant accounts every week", owner = "lena", authors = new[] { "lena" } });
            await admin.CreateAsync($"/api/v1/plans/{demo.Id}/tactics/{tactic.Id()}/commitments", new { metric = "calls", unit = "count", target = 5, per = "week", assignees = "owner" });
        }
        var after = await StatementsAsync(reader, $"/plans/{demo.Id}");

        // Deciding the controls per element once added about 16 statements a tactic (352 for these 22).
        Assert.True(after <= before + 10, $"{who}: {before} statements for the demo plan ({tactics} tactics), {after} with {3 * tactics}");
        Assert.InRange(before, 1, 300);
    }

    /// <summary>
    /// The statements sent to this test's database while the page is answered, the fewest of three loads: the
    /// app's scheduled work (reminders, cleanup) may use the same database during one of them.
    /// </summary>
    private async Task<int> StatementsAsync(HttpClient client, string url)
    {
        var fewest = int.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            fewest = Math.Min(fewest, await OneLoadAsync(client, url));
        }
        return fewest;
    }

    private async Task<int> OneLoadAsync(HttpClient client, string url)
    {
        var count = 0;
        var database = Path.GetFileName(_factory.DatabasePath);
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
                {
                    if (e.Key == RelationalEventId.CommandExecuting.Name && e.Value is CommandEventData data
                        && data.Command.Connection?.DataSource?.EndsWith(database, StringComparison.Ordinal) == true)
                    {
                        Interlocked.Increment(ref count);
                    }
                }));
            }
        }));
        await client.GetPageAsync(url);
        return count;
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void OnNext(T value) => next(value);
    }
}
