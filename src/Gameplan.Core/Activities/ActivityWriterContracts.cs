namespace Gameplan.Core.Activities;

/// <summary>One activity to store through <see cref="ActivityWriter"/>.</summary>
/// <param name="PersonId">A person of the organisation in scope.</param>
/// <param name="MetricId">A metric of the organisation in scope.</param>
/// <param name="Date">The day it was done.</param>
/// <param name="Quantity">Units of the metric; never negative.</param>
/// <param name="ExternalId">The source's id for the row (CRM id, or one the caller derives); a row whose id is already stored counts as a duplicate.</param>
/// <param name="Note">Optional free text, at most 500 characters.</param>
public sealed record NewActivity(int PersonId, int MetricId, DateOnly Date, decimal Quantity, string ExternalId, string? Note);

/// <summary>What a committed write stored.</summary>
/// <param name="Imported">Rows stored now.</param>
/// <param name="Duplicates">Rows skipped because their external id was already stored (earlier, or earlier in the same write).</param>
public sealed record ActivityWriteResult(int Imported, int Duplicates);
