using System.ComponentModel.DataAnnotations;

namespace Gameplan.Web.Notifications;

/// <summary>Where the test e-mail goes.</summary>
public sealed record TestEmailRequest
{
    [Required]
    [StringLength(254)]
    public string? To { get; init; }
}
