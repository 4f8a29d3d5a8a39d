using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gameplan.Core.Tests.Support;

/// <summary>Counts the SQL commands a context sends, a measure of work that does not depend on the machine's load.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    public int Commands { get; private set; }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Commands++;
        return result;
    }
}
