-- Gameplan schema (Sqlite): sales funnels (issue 14) set on the organisation (its default), a team or a plan;
-- the nearest applies. The deal value is a decimal in major units with its currency, as goals store money;
-- the stages are one JSON column. Scoped by organisation, gone with their team or plan.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md).

CREATE TABLE "Funnels" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Funnels" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "TeamId" INTEGER NULL,
    "PlanId" INTEGER NULL,
    "DealValue" TEXT NULL,
    "Currency" TEXT NULL,
    "CycleDays" INTEGER NULL,
    "Stages" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Funnels_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Funnels_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Funnels_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Funnels_OrganizationId" ON "Funnels" ("OrganizationId") WHERE "TeamId" IS NULL AND "PlanId" IS NULL;

CREATE UNIQUE INDEX "IX_Funnels_PlanId" ON "Funnels" ("PlanId") WHERE "PlanId" IS NOT NULL;

CREATE UNIQUE INDEX "IX_Funnels_TeamId" ON "Funnels" ("TeamId") WHERE "TeamId" IS NOT NULL;
