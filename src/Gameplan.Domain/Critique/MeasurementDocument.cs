namespace Gameplan.Domain.Critique;

/// <summary>A goal's metric as measured on a day (entered by hand or imported), e.g. 51 customers on 2027-03-31.</summary>
/// <param name="Date">The day the value was true.</param>
/// <param name="Value">The metric's value in the goal's unit.</param>
public sealed record MeasurementDocument(DateOnly Date, decimal Value);
