using Gameplan.Core;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Reviews;

/// <summary>Records, changes or deletes a review; the plan page deletes inline through htmx.</summary>
public sealed class EditReviewModel(ReviewCommands commands, PlanQueries plans, PeopleQueries people) : ReviewFormModel(plans, people)
{
    [BindProperty(SupportsGet = true)]
    public int ReviewId { get; set; }

    public override string Title => "Edit review";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var review = Plan.Reviews.FirstOrDefault(r => r.Id == ReviewId) ?? throw new NotFoundException($"Review {ReviewId}");
        Input = new ReviewRequest { Kind = review.Kind, Date = review.Date, Held = review.Held, Notes = review.Notes, Person = review.Person };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, ReviewId, Input, ct);
                return SavedAt($"/plans/{Id}", $"review-{ReviewId}", "Review saved.");
            },
            () => LoadAsync(ct));

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
