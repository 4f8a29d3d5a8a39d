namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP304: no strategic review held within <c>strategic_review_days</c> (see <see cref="ReviewCadence"/>).</summary>
internal sealed class StrategicReviewRule : ReviewCadence
{
    public override string Id => "GP304";

    protected override string Kind => "strategic";

    protected override int CadenceDays(CritiqueSettings settings) => settings.StrategicReviewDays;
}
