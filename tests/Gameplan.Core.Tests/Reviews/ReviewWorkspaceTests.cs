using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Reviews;
using Gameplan.Core.Tests.Activities;
using Gameplan.Core.Tests.Pace;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Reviews;

namespace Gameplan.Core.Tests.Reviews;

/// <summary>
/// Review workspaces on the pace arrangement (team plan East: dana leads, ana makes her 10 calls a day, ben makes 4 of 10),
/// with a clock the tests move: Wednesday 10 February 2027 first.
/// </summary>
public sealed class ReviewWorkspaceTests
{
    private sealed class MovingClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed record Arranged(GameplanDbContext Db, PaceArrangement Pace, MovingClock Clock)
    {
        public ReviewWorkspaceCommands Commands => new(Db, Clock);

        public ReviewWorkspaceQueries Queries => new(Db, Clock);

        public Task<Domain.Access.Actor> ActorAsync(string handle) => Seeded.ActorAsync(Db, handle);

        public async Task<int> ReviewAsync(ReviewKind kind, string date, string? person = null) =>
            (await new ReviewCommands(Db, Clock).CreateAsync(Pace.PlanId, new ReviewRequest
            {
                Kind = kind,
                Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
                Person = person,
            })).Id;

        public async Task<ReviewWorkspace> WorkspaceAsync(int reviewId, string handle = "dana") =>
            await Queries.GetAsync(Pace.PlanId, reviewId, await ActorAsync(handle));

        public async Task<ReviewAgendaDetails> HoldAsync(int reviewId) =>
            await Commands.MarkHeldAsync(Pace.PlanId, reviewId, new HeldRequest { Notes = "Held." }, await ActorAsync("dana"));
    }

    private static async Task<Arranged> ArrangeAsync(GameplanDbContext db)
    {
        var pace = await PaceArrangement.CreateAsync(db);
        return new Arranged(db, pace, new MovingClock(new DateTimeOffset(2027, 2, 10, 12, 0, 0, TimeSpan.Zero)));
    }

    [DbFact]
    public async Task An_open_action_item_carries_forward_to_the_next_tactical_reviews_until_its_owner_ticks_it_done()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ArrangeAsync(db);
        var first = await a.ReviewAsync(ReviewKind.Tactical, "2027-02-10");
        var second = await a.ReviewAsync(ReviewKind.Tactical, "2027-02-24");
        var third = await a.ReviewAsync(ReviewKind.Tactical, "2027-03-10");
        var strategic = await a.ReviewAsync(ReviewKind.Strategic, "2027-03-31");

        var item = await a.Commands.AddActionItemAsync(a.Pace.PlanId, first, new ActionItemRequest { Text = "Double the morning call block.", Owner = "ben", Due = new DateOnly(2027, 2, 20) }, await a.ActorAsync("dana"));
        await a.HoldAsync(first);

        Assert.Equal([item.Id], (await a.WorkspaceAsync(second)).CarriedForward.Select(i => i.Id));
        Assert.Equal([item.Id], (await a.WorkspaceAsync(third)).CarriedForward.Select(i => i.Id));
        Assert.Empty((await a.WorkspaceAsync(strategic)).CarriedForward);
        Assert.Contains((await a.WorkspaceAsync(second)).Agenda.Section(AgendaSections.OpenActionItems)!.Lines, l => l.Person == "ben");

        // Ana may neither tick ben's item nor raise one; ben ticks his own, from the review it was carried to.
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await a.Commands.ChangeActionItemAsync(a.Pace.PlanId, second, item.Id, new ActionItemChange { Done = true }, await a.ActorAsync("ana")));
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await a.Commands.AddActionItemAsync(a.Pace.PlanId, second, new ActionItemRequest { Text = "x", Owner = "ana", Due = new DateOnly(2027, 3, 1) }, await a.ActorAsync("ana")));
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await a.Commands.ChangeActionItemAsync(a.Pace.PlanId, second, item.Id, new ActionItemChange { Text = "Mine now", Done = true }, await a.ActorAsync("ben")));
        Assert.Equal([item.Id], (await a.Queries.MineAsync(await a.ActorAsync("ben"))).Select(i => i.Id));
        var ticked = await a.Commands.ChangeActionItemAsync(a.Pace.PlanId, second, item.Id, new ActionItemChange { Done = true }, await a.ActorAsync("ben"));

        Assert.True(ticked.Done);
        Assert.Empty((await a.WorkspaceAsync(third)).CarriedForward);
        Assert.Empty(await a.Queries.MineAsync(await a.ActorAsync("ben")));
        Assert.Equal([item.Id], (await a.WorkspaceAsync(first)).ActionItems.Select(i => i.Id));
    }

    [DbFact]
    public async Task A_held_review_keeps_the_numbers_it_showed_while_the_next_one_shows_todays()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ArrangeAsync(db);
        var first = await a.ReviewAsync(ReviewKind.Tactical, "2027-02-10");
        var next = await a.ReviewAsync(ReviewKind.Tactical, "2027-02-24");

        var held = await a.HoldAsync(first);
        var benThen = held.Agenda.Section(AgendaSections.OffPace)!.Lines.Where(l => l.Person == "ben").ToList();
        Assert.NotEmpty(benThen);
        Assert.NotEmpty(held.Agenda.Section(AgendaSections.NewFindings)!.Lines.Concat(held.Agenda.Section(AgendaSections.Pace)!.Lines));

        // Ben catches up with 400 calls, and two weeks pass.
        await ActivityArrangement.WriteAsync(db, [new NewActivity(a.Pace.Ids.Ben, a.Pace.Ids.Calls, new DateOnly(2027, 2, 22), 400, "ben-catch-up", null)]);
        a.Clock.Now = new DateTimeOffset(2027, 2, 24, 12, 0, 0, TimeSpan.Zero);

        var past = await a.WorkspaceAsync(first);
        var now = await a.WorkspaceAsync(next);

        Assert.True(past.Held);
        Assert.Equal(held.SnapshotTakenAt, past.SnapshotTakenAt);
        Assert.Equal(new DateOnly(2027, 2, 10), past.Agenda.AsOf);
        Assert.Equal(benThen.Select(l => (l.Label, l.Value, l.Target)), past.Agenda.Section(AgendaSections.OffPace)!.Lines.Where(l => l.Person == "ben").Select(l => (l.Label, l.Value, l.Target)));
        Assert.Null(now.SnapshotTakenAt);
        Assert.Equal(new DateOnly(2027, 2, 10), now.Agenda.Since);
        Assert.DoesNotContain(now.Agenda.Section(AgendaSections.OffPace)!.Lines, l => l.Person == "ben" && l.Unit == "count" && l.Label.StartsWith("ben: calls", StringComparison.Ordinal));
        // Everything the critique found was seen at the first review: nothing is new since.
        Assert.DoesNotContain(now.Agenda.Section(AgendaSections.NewFindings)!.Lines, l => held.Agenda.FindingKeys.Contains(l.Label.Split(':')[0] + " " + l.Path));
    }

    [DbFact]
    public async Task A_rep_reads_and_prepares_his_own_one_on_one_but_never_a_colleagues()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ArrangeAsync(db);
        var withAna = await a.ReviewAsync(ReviewKind.OneOnOne, "2027-02-12", "ana");
        var tactical = await a.ReviewAsync(ReviewKind.Tactical, "2027-02-12");

        await a.Commands.AddTalkingPointAsync(a.Pace.PlanId, withAna, new TalkingPointRequest { Text = "Pipeline hygiene." }, await a.ActorAsync("dana"));
        a.Clock.Now = a.Clock.Now.AddMinutes(5);
        await a.Commands.AddTalkingPointAsync(a.Pace.PlanId, withAna, new TalkingPointRequest { Text = "I want to try a new opener." }, await a.ActorAsync("ana"));

        var ana = await a.WorkspaceAsync(withAna, "ana");
        Assert.Equal(["ana", "dana"], ana.TalkingPoints.Select(t => t.Author));
        Assert.False(ana.Can.Run);
        Assert.Contains(ana.Agenda.Section(AgendaSections.Commitments)!.Lines, l => l.Person == "ana");
        await Assert.ThrowsAsync<AccessDeniedException>(() => a.WorkspaceAsync(withAna, "ben"));
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await new ReviewAgendaQueries(db, a.Clock).GetAsync(a.Pace.PlanId, withAna, await a.ActorAsync("ben")));
        await Assert.ThrowsAsync<AccessDeniedException>(async () => await a.Commands.AddTalkingPointAsync(a.Pace.PlanId, withAna, new TalkingPointRequest { Text = "Hi" }, await a.ActorAsync("ben")));

        // A tactical review is read by the team; ben adds talking points once invited.
        Assert.False((await a.WorkspaceAsync(tactical, "ben")).Can.AddTalkingPoint);
        await a.Commands.AddParticipantAsync(a.Pace.PlanId, tactical, new ParticipantRequest { Person = "ben" }, await a.ActorAsync("dana"));
        var point = await a.Commands.AddTalkingPointAsync(a.Pace.PlanId, tactical, new TalkingPointRequest { Text = "Renewals list is stale." }, await a.ActorAsync("ben"));
        Assert.Equal("ben", point.Author);
    }

    [DbFact]
    public async Task An_action_item_for_someone_the_manager_may_not_hold_to_account_is_refused_on_the_owner_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ArrangeAsync(db);
        var review = await a.ReviewAsync(ReviewKind.Tactical, "2027-02-12");

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(async () => await a.Commands.AddActionItemAsync(a.Pace.PlanId, review,
            new ActionItemRequest { Text = "Call back.", Owner = "nobody", Due = new DateOnly(2027, 2, 20) }, await a.ActorAsync("dana")));

        Assert.Equal("owner", refusal.Field);
    }

    [DbFact]
    public async Task The_next_tactical_review_is_proposed_from_the_last_held_one_and_the_plans_cadence()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ArrangeAsync(db);
        var review = await a.ReviewAsync(ReviewKind.Tactical, "2027-02-08");
        await a.HoldAsync(review);

        var proposals = await a.Queries.ProposeAsync(a.Pace.PlanId);

        var tactical = Assert.Single(proposals, p => p.Kind == ReviewKind.Tactical);
        Assert.Equal(new DateOnly(2027, 2, 22), tactical.Date);
    }

    [DbFact]
    public async Task Holding_a_review_from_the_review_form_keeps_its_agenda_too()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var a = await ArrangeAsync(db);
        var review = await a.ReviewAsync(ReviewKind.Tactical, "2027-02-10");

        await new ReviewCommands(db, a.Clock).UpdateAsync(a.Pace.PlanId, review, new ReviewRequest { Kind = ReviewKind.Tactical, Date = new DateOnly(2027, 2, 10), Held = true });
        a.Clock.Now = a.Clock.Now.AddDays(14);
        var workspace = await a.WorkspaceAsync(review);

        Assert.True(workspace.Held);
        Assert.Equal(new DateTimeOffset(2027, 2, 10, 12, 0, 0, TimeSpan.Zero), workspace.SnapshotTakenAt);
        Assert.Equal(new DateOnly(2027, 2, 10), workspace.Agenda.AsOf);
    }
}
