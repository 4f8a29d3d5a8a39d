using Gameplan.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Gameplan.Web.Hosting.Security;

/// <summary>The signed-in person must hold <paramref name="Permission"/> on the plan named in the route.</summary>
internal sealed record PlanAccessRequirement(PlanPermission Permission) : IAuthorizationRequirement;
