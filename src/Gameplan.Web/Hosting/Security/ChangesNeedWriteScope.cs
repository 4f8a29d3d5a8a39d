using Microsoft.AspNetCore.Authorization;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// A request that may change something (any method but GET, HEAD, OPTIONS) needs a write-capable
/// principal. It is part of the member policy, which the fallback policy, the API group and every
/// named policy build on, so no page handler or endpoint can forget it (see docs/decisions/0014).
/// Antiforgery does not cover this: a token holder loads the form itself and posts it back.
/// </summary>
internal sealed class ChangesNeedWriteScope : IAuthorizationRequirement;
