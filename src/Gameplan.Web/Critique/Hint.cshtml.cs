using Gameplan.Domain.Classification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gameplan.Web.Critique;

/// <summary>
/// The live hint beside the goal, strategy and tactic editors (htmx, debounced): says when the text
/// being typed reads as another kind of statement, and why. Empty when it reads as what it should.
/// </summary>
public sealed class HintModel : PageModel
{
    /// <summary>Below this the classifier is too unsure to interrupt someone typing.</summary>
    private const double Threshold = 0.6;

    public StatementClassification? Reading { get; private set; }

    public StatementKind Expected { get; private set; }

    public IActionResult OnPost(StatementKind expected)
    {
        Expected = expected;
        var text = new[] { "Input.Statement", "Input.Action", "Input.Title" }.Select(k => Request.Form[k].ToString()).FirstOrDefault(v => v.Trim().Length >= 12);
        if (text is not null && StatementClassifier.Classify(text) is { Confidence: >= Threshold } reading && reading.Kind != expected)
        {
            Reading = reading;
        }
        return Page();
    }
}
