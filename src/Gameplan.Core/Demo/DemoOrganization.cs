using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Domain.Cycles;
using Gameplan.Core.Versions;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Periods;
using Gameplan.Domain.People;
using Gameplan.Domain.Teams;
using Gameplan.Domain.Versions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gameplan.Core.Demo;

/// <summary>
/// A realistic demo organisation so a newcomer sees a real plan at once: a clinic-software company
/// with a VP of sales, two managers, six reps in two teams, a sales-operations admin, and a strategic plan for the coming
/// fiscal year whose strategies, tactics and daily commitments follow the practice Gameplan encodes.
/// The plan's dates follow today, so the demo never looks stale.
/// </summary>
public sealed partial class DemoOrganization(GameplanDbContext db, TimeProvider clock)
{
    public const string Name = "Northwind Clinic Software (demo)";

    /// <summary>The password of every demo account; the sign-in page shows it while the demo exists.</summary>
    public const string Password = "plan-the-work";

    /// <summary>Demo accounts sign in as handle@<see cref="EmailDomain"/>.</summary>
    public const string EmailDomain = "northwind.example";

    // One hash for all demo accounts (same password): 210,000 PBKDF2 rounds once per process, not nine times per seed.
    private static readonly Lazy<string> PasswordHash = new(() =>
        new PasswordHasher<UserAccount>(Options.Create(new PasswordHasherOptions { IterationCount = PasswordRules.Pbkdf2Iterations }))
            .HashPassword(new UserAccount(), Password));

    /// <summary>Seeds only into an empty database (first start of the web app); returns the new organisation's id.</summary>
    public async Task<int?> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        using (db.AcrossOrganizations())
        {
            return await db.Organizations.AnyAsync(ct) ? null : await CreateAsync(ct);
        }
    }

    /// <summary>Seeds the demo organisation unless it exists; returns its id and whether it was created now.</summary>
    public async Task<(int Id, bool Created)> SeedAsync(CancellationToken ct = default)
    {
        db.UseAllOrganizations();
        var existing = await db.Organizations.Where(o => o.Name == Name).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        return existing is { } id ? (id, false) : (await CreateAsync(ct), true);
    }

    /// <summary>
    /// The accounts the sign-in page may list (e-mail, name, role): only in an organisation seeded as
    /// the demo whose admin has not turned the list off, and only accounts whose password is still
    /// the one the seed gave them (see <see cref="DemoSignIn"/>). Empty otherwise.
    /// </summary>
    public async Task<IReadOnlyList<(string Email, string Name, PersonRole Role)>> AccountsAsync(CancellationToken ct = default)
    {
        using (db.AcrossOrganizations())
        {
            var rows = await (from d in db.DemoSignIns
                              where d.Listed
                              join u in db.Users on d.OrganizationId equals u.OrganizationId
                              where u.PasswordHash == d.PasswordHash
                              join p in db.People on u.PersonId equals p.Id
                              where p.IsActive
                              orderby p.Role descending, p.Name
                              select new { u.Email, p.Name, p.Role }).ToListAsync(ct);
            return rows.Select(r => (r.Email ?? "", r.Name, r.Role)).ToList();
        }
    }

    /// <summary>Whether the sign-in page lists the demo accounts of the organisation in scope; null when it was not seeded as the demo.</summary>
    public async Task<bool?> ListedAsync(CancellationToken ct = default)
    {
        var organization = db.RequireOrganization();
        return await db.DemoSignIns.Where(d => d.OrganizationId == organization).Select(d => (bool?)d.Listed).FirstOrDefaultAsync(ct);
    }

    /// <summary>An admin turns the sign-in page's list of demo accounts off (or on again) for the organisation in scope.</summary>
    public async Task ListAsync(bool listed, CancellationToken ct = default)
    {
        var organization = db.RequireOrganization();
        var demo = await db.DemoSignIns.FirstOrDefaultAsync(d => d.OrganizationId == organization, ct)
            ?? throw new Domain.DomainRuleException("This organisation was not seeded as the demo; it has no demo accounts to list.", "listed");
        demo.List(listed);
        await db.SaveChangesAsync(ct);
    }

    private async Task<int> CreateAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var organization = new Organization(Name);
        var today = OrganizationClock.TodayIn(clock, organization.TimeZone);
        // The demo's fiscal year is the one its plan covers, so the plan is "this fiscal year's".
        organization.ChangeFiscalYearStart(PeriodStart(today).Month);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(ct);
        var org = organization.Id;

        var midMarket = new Team(org, "Mid-Market");
        var enterprise = new Team(org, "Enterprise");
        db.Teams.AddRange(midMarket, enterprise);
        await db.SaveChangesAsync(ct);

        var people = new Dictionary<string, Person>
        {
            ["alex"] = new(org, "alex", "Alex Moreau", PersonRole.Admin, null, 40),
            ["rosa"] = new(org, "rosa", "Rosa Delgado", PersonRole.Executive, null, 45),
            ["omar"] = new(org, "omar", "Omar Haddad", PersonRole.Manager, midMarket.Id, 40),
            ["grace"] = new(org, "grace", "Grace Kim", PersonRole.Manager, enterprise.Id, 40),
            ["lena"] = new(org, "lena", "Lena Fischer", PersonRole.Rep, midMarket.Id, 40),
            ["mateo"] = new(org, "mateo", "Mateo Alvarez", PersonRole.Rep, midMarket.Id, 40),
            ["nia"] = new(org, "nia", "Nia Brooks", PersonRole.Rep, midMarket.Id, 32),
            ["ravi"] = new(org, "ravi", "Ravi Menon", PersonRole.Rep, enterprise.Id, 40),
            ["sofia"] = new(org, "sofia", "Sofia Rossi", PersonRole.Rep, enterprise.Id, 40),
            ["jonas"] = new(org, "jonas", "Jonas Berg", PersonRole.Rep, enterprise.Id, 40),
        };
        db.People.AddRange(people.Values);
        await db.SaveChangesAsync(ct);
        db.Users.AddRange(people.Values.Select(p => Account(org, p)));
        db.DemoSignIns.Add(new DemoSignIn(org, PasswordHash.Value));
        await db.SaveChangesAsync(ct);

        var plan = BuildPlan(org, people, today, now);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        db.GoalMeasurements.AddRange(Measurements(org, plan, today, now));
        await db.SaveChangesAsync(ct);
        // The plan as it was submitted and approved, so a newcomer finds its versions (and can compare them with today's plan).
        await PlanVersions.RecordAsync(db, plan, PlanVersionKind.Submitted, "First draft, written with both managers.", now, ct);
        await db.SaveChangesAsync(ct);
        await PlanVersions.RecordAsync(db, plan, PlanVersionKind.Approved, null, now, ct);
        await db.SaveChangesAsync(ct);
        await DemoActivities.SeedAsync(db, org, plan, people.Values.ToDictionary(p => p.Id, p => p.Handle), today, ct);
        await DemoFunnel.SeedAsync(db, org, plan, people.Values.ToDictionary(p => p.Id, p => DemoActivities.Effort.GetValueOrDefault(p.Handle, 1m)), today, ct);
        await DemoCheckIns.SeedAsync(db, org, plan, people.Values.ToDictionary(p => p.Id, p => p.Handle), today, now, ct);
        await DemoReviews.SeedAsync(db, plan, people, today, clock, ct);
        var cycle = NextYearsCycle(org, organization.FiscalYearStartMonth, today, now);
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync(ct);
        await DemoNextYear.SeedAsync(db, people, midMarket, enterprise, cycle, today, now, ct);
        await transaction.CommitAsync(ct);
        return org;
    }

    /// <summary>
    /// Next fiscal year's planning cycle, opened early so a newcomer finds it under way: it opened three
    /// weeks ago, drafts are due in two weeks and reviews in five.
    /// </summary>
    private static PlanningCycle NextYearsCycle(int org, int startMonth, DateOnly today, DateTimeOffset now)
    {
        var next = FiscalYear.Containing(today, startMonth).Next;
        return new PlanningCycle(org, new CycleFields($"{next.Name} planning", next.Start, next.End, today.AddDays(-21), today.AddDays(14), today.AddDays(35)), now);
    }

    private static UserAccount Account(int organization, Person person)
    {
        var email = $"{person.Handle}@{EmailDomain}";
        return new UserAccount
        {
            OrganizationId = organization,
            PersonId = person.Id,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            PasswordHash = PasswordHash.Value,
        };
    }

    /// <summary>The plan covers the next fiscal year from October on, otherwise the current one.</summary>
    /// <summary>
    /// The demo plan's year starts on the first of the month six weeks or more before today, so its
    /// first-quarter tactics are always under way: a newcomer sees pace, not a plan waiting to start.
    /// </summary>
    internal static DateOnly PeriodStart(DateOnly today)
    {
        var kickoff = today.AddDays(-42);
        return new DateOnly(kickoff.Year, kickoff.Month, 1);
    }
}
