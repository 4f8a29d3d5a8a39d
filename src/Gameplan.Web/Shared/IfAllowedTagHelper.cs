using System.Net;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Gameplan.Web.Shared;

/// <summary>
/// Renders a link, form or button only when the signed-in person may use it: <c>gp-if-allowed</c> asks
/// <see cref="ActionAccess"/> with the element's own target (<c>hx-post</c> and friends, else
/// <c>action</c>, <c>formaction</c> or <c>href</c>), so a control and its page can never disagree.
/// <c>gp-if-allowed="text"</c> keeps the content without the link (a person's name in a list);
/// <c>gp-if-allowed="/path"</c> names the target of a wrapper (a navigation item around its link);
/// otherwise a refused element is not rendered at all.
/// </summary>
[HtmlTargetElement("*", Attributes = Name)]
public sealed class IfAllowedTagHelper : TagHelper
{
    private const string Name = "gp-if-allowed";

    private static readonly (string Attribute, string Method)[] Targets =
        [("hx-post", "POST"), ("hx-put", "PUT"), ("hx-patch", "PATCH"), ("hx-delete", "DELETE"), ("hx-get", "GET"), ("formaction", "POST"), ("action", ""), ("href", "GET")];

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // After the framework's helpers, so a form's action is already written from asp-page-handler.
    public override int Order => 100;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var mode = context.AllAttributes.TryGetAttribute(Name, out var attribute) ? Text(attribute.Value) : null;
        output.Attributes.RemoveAll(Name);
        var target = mode is not null && mode.StartsWith('/') ? (mode, "GET") : Target(output);
        if (target is null)
        {
            return;
        }
        var access = ViewContext.HttpContext.RequestServices.GetRequiredService<ActionAccess>();
        if (await access.AllowsAsync(target.Value.Url, target.Value.Method))
        {
            return;
        }
        if (mode == "text")
        {
            output.TagName = null;
            output.Attributes.Clear();
        }
        else
        {
            output.SuppressOutput();
        }
    }

    private static (string Url, string Method)? Target(TagHelperOutput output)
    {
        foreach (var (attribute, method) in Targets)
        {
            if (output.Attributes.TryGetAttribute(attribute, out var found) && Text(found.Value) is { Length: > 0 } url)
            {
                var verb = method.Length > 0 ? method
                    : output.Attributes.TryGetAttribute("method", out var form) && Text(form.Value) is { Length: > 0 } declared ? declared.ToUpperInvariant()
                    : "GET";
                return (url, verb);
            }
        }
        return null;
    }

    /// <summary>An attribute's value as the browser will read it (Razor hands mixed values over as HTML).</summary>
    private static string? Text(object? value)
    {
        if (value is not IHtmlContent html)
        {
            return value?.ToString();
        }
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return WebUtility.HtmlDecode(writer.ToString());
    }
}
