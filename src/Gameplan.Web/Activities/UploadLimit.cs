using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Gameplan.Web.Activities;

/// <summary>
/// Lets one page accept uploads up to <c>Activities:MaxUploadMegabytes</c> (default 200) instead of
/// the server's 30 MB. Runs before antiforgery reads the form. The page itself refuses a file above
/// the limit with a message beside the input; the server refuses only bodies larger than the limit
/// plus a megabyte of slack (413).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public const string Setting = "Activities:MaxUploadMegabytes";

    public const int DefaultMegabytes = 200;

    private const long Slack = 1024 * 1024;

    public bool IsReusable => true;

    /// <summary>Before the antiforgery filter (1000), as the framework's own request limits run.</summary>
    public int Order => -3000;

    /// <summary>The configured limit in bytes.</summary>
    public static long MaxBytes(IConfiguration configuration) =>
        (long)(configuration.GetValue<int?>(Setting) ?? DefaultMegabytes) * 1024 * 1024;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(MaxBytes(serviceProvider.GetRequiredService<IConfiguration>()) + Slack);

    private sealed class Filter(long limit) : IAuthorizationFilter, IOrderedFilter
    {
        public int Order => -3000;

        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
            if (http.Request.HasFormContentType && http.Features.Get<IFormFeature>() is not { Form: not null })
            {
                http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
            }
        }
    }
}
