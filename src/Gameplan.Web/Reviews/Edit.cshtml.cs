using Gameplan.Core;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Reviews;

/// <summary>Records, changes or deletes a review; the plan page deletes inline through htmx.</summary>
public sealed class EditReviewModel(ReviewCommands commands, PlanQueries plans, PeopleQueries people, CurrentUser me) : ReviewFormModel(plans, people, me)
{
    [BindProperty(SupportsGet = true)]
    public int ReviewId { get; set; }

    public override string Title => "Edit review";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = Saved();
        Remember(Input, Review.ETag);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, ReviewId, Input, IfMatch, ct);
                return SavedAt($"/plans/{Id}", $"review-{ReviewId}", "Review saved.");
            },
            () => LoadAsync(ct));

    protected override void OnStaleSave() => ShowConflict(Saved(), Input, Review.ETag);

    private ReviewDetails Review => Plan.Reviews.FirstOrDefault(r => r.Id == ReviewId) ?? throw new NotFoundException($"Review {ReviewId}");

    /// <summary>The review as it is saved, as the form's request.</summary>
    private ReviewRequest Saved() =>
        new() { Kind = Review.Kind, Date = Review.Date, Held = Review.Held, Notes = Review.Notes, Person = Review.Person };

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        try
        {
            await commands.DeleteAsync(Id, ReviewId, ct);
            return Deleted($"/plans/{Id}#reviews", "Review deleted.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"/plans/{Id}#reviews", rule);
        }
    }
}
