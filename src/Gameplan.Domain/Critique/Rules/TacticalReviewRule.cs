namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP305: no tactical review held within <c>tactical_review_days</c> (see <see cref="ReviewCadence"/>).</summary>
internal sealed class TacticalReviewRule : ReviewCadence
{
    public override string Id => "GP305";

    protected override string Kind => "tactical";

    protected override int CadenceDays(CritiqueSettings settings) => settings.TacticalReviewDays;
}
