using Gameplan.Core.Templates;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Templates;

/// <summary>One template with its text; everyone reads templates.</summary>
public sealed class TemplateModel(TemplateQueries templates) : GameplanPageModel
{
    public TemplateDetails Template { get; private set; } = null!;

    public async Task OnGetAsync(string name, CancellationToken ct) => Template = await templates.GetAsync(name, ct);
}
