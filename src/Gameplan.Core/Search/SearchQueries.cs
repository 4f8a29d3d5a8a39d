using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Search;

/// <summary>
/// One box for the whole organisation: plans by name, goals by title, strategies by statement, tactics by
/// action and people by name, handle or e-mail. Every word must appear (in any order; case does not matter);
/// plans and their elements only from plans the reader may read (<see cref="PlanReadFilter"/>), all inside
/// the organisation in scope. Two queries per kind (a count and the first <see cref="PerGroup"/>), however
/// many plans or people there are. Why LIKE and not full-text search: docs/decisions/0061.
/// </summary>
public sealed class SearchQueries(GameplanDbContext db)
{
    /// <summary>The most items of one kind returned; the group's total says how many more there are.</summary>
    public const int PerGroup = 10;

    /// <summary>What <paramref name="actor"/> may see that holds every word of <paramref name="text"/>; nothing for a blank query.</summary>
    /// <exception cref="Domain.DomainRuleException">On field <c>q</c> for a query too long or with too many words.</exception>
    public async Task<SearchResults> SearchAsync(Actor? actor, string? text, CancellationToken ct = default)
    {
        var words = SearchText.Words(text);
        if (words.Count == 0)
        {
            return new SearchResults(text?.Trim() ?? "", [], new PlanHits([], 0), new ElementHits([], 0), new ElementHits([], 0), new ElementHits([], 0), new PersonHits([], 0));
        }
        var patterns = words.Select(SearchText.ContainsPattern).ToList();
        const string e = SearchText.Escape;
        var readable = db.Plans.AsNoTracking().ReadableBy(db, actor);

        var plans = readable;
        var goals = readable.SelectMany(p => p.Goals, (p, g) => new { Plan = p, g.Id, g.Key, Text = g.Title });
        var strategies = readable.SelectMany(p => p.Strategies, (p, s) => new { Plan = p, s.Id, s.Key, Text = s.Statement });
        var tactics = readable.SelectMany(p => p.Tactics, (p, t) => new { Plan = p, t.Id, t.Key, Text = t.Action });
        var people = db.People.AsNoTracking();
        foreach (var pattern in patterns)
        {
            plans = plans.Where(p => EF.Functions.Like(p.Name.ToLower(), pattern, e));
            goals = goals.Where(g => EF.Functions.Like(g.Text.ToLower(), pattern, e));
            strategies = strategies.Where(s => EF.Functions.Like(s.Text.ToLower(), pattern, e));
            tactics = tactics.Where(t => EF.Functions.Like(t.Text.ToLower(), pattern, e));
            people = people.Where(p => EF.Functions.Like(p.Name.ToLower(), pattern, e)
                || EF.Functions.Like(p.Handle.ToLower(), pattern, e)
                || p.Email != null && EF.Functions.Like(p.Email.ToLower(), pattern, e));
        }

        var planHits = new PlanHits(
            await plans.OrderByDescending(p => p.PeriodStart).ThenBy(p => p.Name).ThenBy(p => p.Id).Take(PerGroup)
                .Select(p => new PlanHit(p.Id, p.Name, p.Scope, p.Status, p.PeriodStart, p.PeriodEnd)).ToListAsync(ct),
            await plans.CountAsync(ct));
        var goalHits = new ElementHits(
            await goals.OrderByDescending(g => g.Plan.PeriodStart).ThenBy(g => g.Plan.Id).ThenBy(g => g.Id).Take(PerGroup)
                .Select(g => new ElementHit(g.Id, g.Key, g.Text, g.Plan.Id, g.Plan.Name)).ToListAsync(ct),
            await goals.CountAsync(ct));
        var strategyHits = new ElementHits(
            await strategies.OrderByDescending(s => s.Plan.PeriodStart).ThenBy(s => s.Plan.Id).ThenBy(s => s.Id).Take(PerGroup)
                .Select(s => new ElementHit(s.Id, s.Key, s.Text, s.Plan.Id, s.Plan.Name)).ToListAsync(ct),
            await strategies.CountAsync(ct));
        var tacticHits = new ElementHits(
            await tactics.OrderByDescending(t => t.Plan.PeriodStart).ThenBy(t => t.Plan.Id).ThenBy(t => t.Id).Take(PerGroup)
                .Select(t => new ElementHit(t.Id, t.Key, t.Text, t.Plan.Id, t.Plan.Name)).ToListAsync(ct),
            await tactics.CountAsync(ct));

        var found = await people.OrderByDescending(p => p.IsActive).ThenBy(p => p.Name).ThenBy(p => p.Id).Take(PerGroup).ToListAsync(ct);
        var teamIds = found.Select(p => p.TeamId).OfType<int>().Distinct().ToList();
        var teams = await db.Teams.Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var personHits = new PersonHits(
            [.. found.Select(p => new PersonHit(p.Id, p.Handle, p.Name, p.Email, p.TeamId is { } t ? teams.GetValueOrDefault(t) : null, p.IsActive))],
            await people.CountAsync(ct));

        return new SearchResults(text!.Trim(), words, planHits, goalHits, strategyHits, tacticHits, personHits);
    }
}
