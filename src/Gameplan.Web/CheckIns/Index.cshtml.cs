using Gameplan.Core.CheckIns;
using Gameplan.Domain;
using Gameplan.Domain.CheckIns;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.CheckIns;

/// <summary>
/// My weekly check-in: per active plan I am on, a form with a line per commitment of mine (the week's logged
/// activity pre-filled, a confidence, a sentence when not on track), wins, blockers and next week's focus, and my
/// previous check-in beside it. <c>?week=</c> picks an earlier week.
/// </summary>
public sealed class CheckInModel(CheckInQueries queries, CheckInCommands commands, CurrentUser me) : GameplanPageModel
{
    public CheckInForm Form { get; private set; } = null!;

    /// <summary>The plan whose form was sent (its inputs are shown as typed when refused).</summary>
    [BindProperty]
    public CheckInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateOnly? Week { get; set; }

    public static readonly IReadOnlyList<(CheckInConfidence Value, string Label)> Confidences =
        [(CheckInConfidence.OnTrack, "On track"), (CheckInConfidence.AtRisk, "At risk"), (CheckInConfidence.OffTrack, "Off track")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        try
        {
            Form = await queries.FormAsync(await me.ActorAsync(ct), Week, ct);
            return null;
        }
        catch (DomainRuleException rule)
        {
            return Refused("/check-in", rule);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await LoadAsync(ct) ?? await SaveOrShowAsync(
            async () =>
            {
                var request = new SaveCheckInRequest
                {
                    PlanId = Input.PlanId,
                    Lines = [.. Input.Lines.Select(l => new CheckInLineInput { CommitmentId = l.CommitmentId, Actual = l.Actual, Confidence = l.Confidence, Why = l.Why })],
                    Wins = Input.Wins,
                    Blockers = Input.Blockers,
                    NextFocus = Input.NextFocus,
                };
                CheckInDetails saved;
                try
                {
                    saved = await commands.SaveAsync(await me.ActorAsync(ct), Week, request, ct);
                }
                catch (DomainRuleException rule) when (rule.Field is { } field && LineIndex(field) is { } i && i < Input.Lines.Count)
                {
                    // The summary names the commitment and the field, so the message is clear away from its input.
                    var metric = Form?.Plans.SelectMany(p => p.Commitments).FirstOrDefault(c => c.CommitmentId == Input.Lines[i].CommitmentId)?.Metric;
                    throw new DomainRuleException($"{metric ?? $"Line {i + 1}"}, {field[(field.IndexOf('.', StringComparison.Ordinal) + 1)..]}: {rule.Message}", field);
                }
                return Done(Week is null ? "/check-in" : $"/check-in?week={saved.Week:yyyy-MM-dd}", $"Check-in for the week to {Display.Date(saved.Week)} saved.");
            },
            async () => Form = await queries.FormAsync(await me.ActorAsync(ct), Week, ct));

    /// <summary>What the form shows in a line: what was typed when this plan's form was refused, else this week's check-in, else the logged number.</summary>
    public (decimal? Actual, CheckInConfidence Confidence, string? Why) LineOf(CheckInPlanForm plan, CheckInCommitment commitment)
    {
        if (Input.PlanId == plan.PlanId && Input.Lines.FirstOrDefault(l => l.CommitmentId == commitment.CommitmentId) is { } typed)
        {
            return (typed.Actual, typed.Confidence ?? CheckInConfidence.OnTrack, typed.Why);
        }
        return plan.Current?.Lines.FirstOrDefault(l => l.CommitmentId == commitment.CommitmentId) is { } saved
            ? (saved.Actual, saved.Confidence, saved.Why)
            : (commitment.Logged, CheckInConfidence.OnTrack, null);
    }

    /// <summary>The text of wins, blockers or focus: as typed when this plan's form was refused, else as saved.</summary>
    public string? TextOf(CheckInPlanForm plan, Func<CheckInInput, string?> typed, Func<CheckInDetails, string?> saved) =>
        Input.PlanId == plan.PlanId ? typed(Input) : plan.Current is { } current ? saved(current) : null;

    private static int? LineIndex(string field) =>
        field.StartsWith("lines[", StringComparison.Ordinal) && int.TryParse(field[6..field.IndexOf(']', StringComparison.Ordinal)], out var i) ? i : null;

    public static string Label(CheckInConfidence confidence) => Confidences.First(c => c.Value == confidence).Label;
}

/// <summary>One plan's check-in as the form posts it.</summary>
public sealed class CheckInInput
{
    public int? PlanId { get; set; }

    public List<CheckInLineForm> Lines { get; set; } = [];

    public string? Wins { get; set; }

    public string? Blockers { get; set; }

    public string? NextFocus { get; set; }
}

/// <summary>One commitment's line as the form posts it.</summary>
public sealed class CheckInLineForm
{
    public int? CommitmentId { get; set; }

    public decimal? Actual { get; set; }

    public CheckInConfidence? Confidence { get; set; }

    public string? Why { get; set; }
}
