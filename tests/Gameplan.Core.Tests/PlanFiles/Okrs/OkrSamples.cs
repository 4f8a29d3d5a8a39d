namespace Gameplan.Core.Tests.PlanFiles.Okrs;

/// <summary>OKR documents in the shapes teams write them, made up for these tests.</summary>
internal static class OkrSamples
{
    /// <summary>A title, objectives as ## headings with owners in brackets, "KR1:" and "Initiative:" prefixes, a prose line.</summary>
    public const string Headings = """
        # FY2027 Revenue OKRs

        Drafted by the revenue leadership team after the November offsite.

        ## Objective 1: Become the default billing partner for multi-site clinics (CRO)

        - KR1: Grow ARR from $1.2M to $2M by 2027-12-31
        - KR2: Sign 100 new logos by Q2 (Sales)
        - KR3: Raise net revenue retention to 110%
          - Initiative: Launch a quarterly business review program for the top 40 accounts (CS)
          - Make 50 new business phone calls each week (Dana Reyes)

        ## Objective 2: Delight our existing customers

        - Reduce logo churn to 5% by June 30 (CS)
        - Customers say onboarding is effortless
        - Initiative: Build a self-serve onboarding checklist (Marketing)
        """;

    /// <summary>No headings: a first line as title, objectives as top-level bullets, numbered key results, nested initiatives, labelled owners.</summary>
    public const string Bullets = """
        Q3 2027 Sales OKRs

        * Win the mid-market segment in the north-east — VP Sales
            1. Increase qualified pipeline from $3M to $5M (owner: priya)
            2. Close 40 mid-market deals by end of September
                - Run two partner webinars per month @omar
                - Publish three customer case studies
        * Grow expansion revenue (CS)
            1. Hit $400k in expansion bookings
            2. Upsell 25 accounts to the premium tier by Aug 15
        """;

    /// <summary>One flat list: "O:", "KR:" and "Initiative:" prefixes at the same level, owners as prefixes ("Marketing -", "Jordan Lee:").</summary>
    public const string Flat = """
        # Marketing plan 2027

        - O: Make Gameplan the name clinics think of first
        - KR: Marketing - 12,000 newsletter subscribers by Q4
        - KR: 30% of new pipeline sourced from inbound
        - Initiative: RevOps - Rebuild the lead scoring model in Q1
        - O: Open the Canadian market
        - KR: Jordan Lee: 15 paying customers in Ontario by 2027-11-30
        """;

    /// <summary>Objectives as top-level headings (no title), "Key results" and "Initiatives" sub-headings, a checkbox list.</summary>
    public const string Sections = """
        # O1 — Focus our field team on multi-site health systems
        ### Key results
        1. **Book 24 executive meetings** with health-system CFOs by 2027-03-31 (Tomás Ruiz)
        2. Raise average deal size from $40k to $65k
        ### Initiatives
        - [ ] Sales Ops: Build a target account list of 150 systems by January 31
        - [x] Hold one deal review per week

        # O2 — Keep every clinic we win
        ### Key results
        - Gross retention at 95% or better (CS)
        """;

    /// <summary>An OKR tool's export: comma-separated, quoted money, the objective left blank under the row that names it, a baseline column.</summary>
    public const string ToolExport = """
        Objective Name,Key Result,Owner,Start Value,Target Value,Due Date
        "Expand into enterprise health systems","Grow enterprise ARR",CRO,"$500,000","$1,500,000",2027-12-31
        ,"Sign enterprise logos",Sales,0,12,2027-09-30
        ,"Enterprise pilots running",Dana Reyes,,6,Q2
        "Make support a reason to stay","Cut first-response time to under 2 hours",CS,6,2,2027-06-30
        """;

    /// <summary>A spreadsheet saved with semicolons: upper-case headers, the objective repeated, an initiative column, day-first dates.</summary>
    public const string Sheet = """
        OBJECTIVE;KR;KR Owner;Target;Due;Initiative
        Win back lapsed clinics;Reactivate 60 lapsed accounts;Sales;60;30/09/2027;"Call every lapsed account; one by one"
        Win back lapsed clinics;Recover $250k of lost MRR;Finance;$250k;Q4 2027;
        Be the easiest tool to buy;"Self-serve checkout live";Product;;June 30;Build a pricing page with a checkout
        """;
}
