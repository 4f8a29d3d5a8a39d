namespace Gameplan.Domain.Classification;

/// <summary>How strongly a word points to each kind; most words point to one, some to two.</summary>
internal readonly record struct KindWeights(double Goal, double Strategy, double Tactic)
{
    public double this[StatementKind kind] => kind switch
    {
        StatementKind.Goal => Goal,
        StatementKind.Strategy => Strategy,
        _ => Tactic,
    };

    public KindWeights Plus(StatementKind kind, double weight) => kind switch
    {
        StatementKind.Goal => this with { Goal = Goal + weight },
        StatementKind.Strategy => this with { Strategy = Strategy + weight },
        _ => this with { Tactic = Tactic + weight },
    };
}
