using Gameplan.Domain;
using Gameplan.Domain.Classification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gameplan.Web.Critique;

/// <summary>
/// The live hint beside the goal, strategy and tactic editors (htmx, debounced): says when the text
/// being typed reads as another kind of statement, and why. When the classifier is unsure (below
/// <see cref="StatementClassifier.ConfidenceFloor"/>, where the critique stays silent) it says so,
/// with the cues on both sides, rather than stating a verdict. Empty when it reads as what it should.
/// </summary>
public sealed class HintModel : PageModel
{
    public StatementClassification? Reading { get; private set; }

    public StatementKind Expected { get; private set; }

    /// <summary>The reading's confidence and the floor, as whole percentages for the unsure hint.</summary>
    public string Confidence => Numbers.Format(Numbers.Percent((decimal)(Reading?.Confidence ?? 0)), 0) + "%";

    public string Floor => Numbers.Format(Numbers.Percent((decimal)StatementClassifier.ConfidenceFloor), 0) + "%";

    public IActionResult OnPost(StatementKind expected)
    {
        Expected = expected;
        var text = new[] { "Input.Statement", "Input.Action", "Input.Title" }.Select(k => Request.Form[k].ToString()).FirstOrDefault(v => v.Trim().Length >= 12);
        if (text is not null && StatementClassifier.Classify(text) is { } reading && reading.Kind != expected)
        {
            Reading = reading;
        }
        return Page();
    }
}
