-- Gameplan schema, migration 1 (Sqlite): organisations, teams, people, plans and everything under them.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

CREATE TABLE "Organizations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Organizations" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL
);

CREATE TABLE "Teams" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Teams" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "ParentTeamId" INTEGER NULL,
    CONSTRAINT "FK_Teams_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Teams_Teams_ParentTeamId" FOREIGN KEY ("ParentTeamId") REFERENCES "Teams" ("Id")
);

CREATE TABLE "People" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_People" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "Handle" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "TeamId" INTEGER NULL,
    "CapacityHoursPerWeek" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    CONSTRAINT "AK_People_OrganizationId_Id" UNIQUE ("OrganizationId", "Id"),
    CONSTRAINT "FK_People_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_People_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id")
);

CREATE TABLE "Plans" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Plans" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Scope" TEXT NOT NULL,
    "TeamId" INTEGER NULL,
    "OwnerId" INTEGER NULL,
    "PeriodStart" TEXT NOT NULL,
    "PeriodEnd" TEXT NOT NULL,
    "Drafted" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Mission" TEXT NULL,
    "BackgroundCurrent" TEXT NULL,
    "BackgroundDesired" TEXT NULL,
    "CustomerWho" TEXT NULL,
    "CustomerValues" TEXT NULL,
    "DesiredResults" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Plans_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Plans_People_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Plans_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id")
);

CREATE TABLE "Goals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Goals" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Metric" TEXT NULL,
    "Unit" TEXT NULL,
    "Baseline" TEXT NULL,
    "Target" TEXT NULL,
    "Due" TEXT NULL,
    "Direction" TEXT NOT NULL,
    "Weight" TEXT NOT NULL,
    "DriId" INTEGER NULL,
    CONSTRAINT "FK_Goals_People_DriId" FOREIGN KEY ("DriId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Goals_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Reviews" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Reviews" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Held" INTEGER NOT NULL,
    "Notes" TEXT NULL,
    "PersonId" INTEGER NULL,
    CONSTRAINT "FK_Reviews_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Reviews_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Strategies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Strategies" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "Statement" TEXT NOT NULL,
    "DriId" INTEGER NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_Strategies_People_DriId" FOREIGN KEY ("DriId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Strategies_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "StrategyGoals" (
    "StrategyId" INTEGER NOT NULL,
    "GoalId" INTEGER NOT NULL,
    CONSTRAINT "PK_StrategyGoals" PRIMARY KEY ("StrategyId", "GoalId"),
    CONSTRAINT "FK_StrategyGoals_Goals_GoalId" FOREIGN KEY ("GoalId") REFERENCES "Goals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_StrategyGoals_Strategies_StrategyId" FOREIGN KEY ("StrategyId") REFERENCES "Strategies" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Tactics" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Tactics" PRIMARY KEY AUTOINCREMENT,
    "StrategyId" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "OwnerId" INTEGER NULL,
    "OwnerIsTeam" INTEGER NOT NULL,
    "Start" TEXT NULL,
    "Due" TEXT NULL,
    "Resources" TEXT NULL,
    "EffortHours" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_Tactics_People_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Tactics_Strategies_StrategyId" FOREIGN KEY ("StrategyId") REFERENCES "Strategies" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Commitments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Commitments" PRIMARY KEY AUTOINCREMENT,
    "TacticId" INTEGER NOT NULL,
    "Metric" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Target" TEXT NOT NULL,
    "Per" TEXT NOT NULL,
    "Assignees" TEXT NOT NULL,
    CONSTRAINT "FK_Commitments_Tactics_TacticId" FOREIGN KEY ("TacticId") REFERENCES "Tactics" ("Id") ON DELETE CASCADE
);

CREATE TABLE "TacticAuthors" (
    "TacticId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    CONSTRAINT "PK_TacticAuthors" PRIMARY KEY ("TacticId", "PersonId"),
    CONSTRAINT "FK_TacticAuthors_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_TacticAuthors_Tactics_TacticId" FOREIGN KEY ("TacticId") REFERENCES "Tactics" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Acknowledgements" (
    "CommitmentId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "On" TEXT NULL,
    CONSTRAINT "PK_Acknowledgements" PRIMARY KEY ("CommitmentId", "PersonId"),
    CONSTRAINT "FK_Acknowledgements_Commitments_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Commitments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Acknowledgements_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id")
);

CREATE TABLE "CommitmentAssignees" (
    "CommitmentId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    CONSTRAINT "PK_CommitmentAssignees" PRIMARY KEY ("CommitmentId", "PersonId"),
    CONSTRAINT "FK_CommitmentAssignees_Commitments_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Commitments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CommitmentAssignees_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id")
);

CREATE INDEX "IX_Acknowledgements_PersonId" ON "Acknowledgements" ("PersonId");

CREATE INDEX "IX_CommitmentAssignees_PersonId" ON "CommitmentAssignees" ("PersonId");

CREATE INDEX "IX_Commitments_TacticId" ON "Commitments" ("TacticId");

CREATE INDEX "IX_Goals_DriId" ON "Goals" ("DriId");

CREATE UNIQUE INDEX "IX_Goals_PlanId_Key" ON "Goals" ("PlanId", "Key");

CREATE UNIQUE INDEX "IX_People_OrganizationId_Handle" ON "People" ("OrganizationId", "Handle");

CREATE INDEX "IX_People_TeamId" ON "People" ("TeamId");

CREATE INDEX "IX_Plans_OrganizationId_Status" ON "Plans" ("OrganizationId", "Status");

CREATE INDEX "IX_Plans_OwnerId" ON "Plans" ("OwnerId");

CREATE INDEX "IX_Plans_TeamId" ON "Plans" ("TeamId");

CREATE INDEX "IX_Reviews_PersonId" ON "Reviews" ("PersonId");

CREATE INDEX "IX_Reviews_PlanId_Date" ON "Reviews" ("PlanId", "Date");

CREATE INDEX "IX_Strategies_DriId" ON "Strategies" ("DriId");

CREATE UNIQUE INDEX "IX_Strategies_PlanId_Key" ON "Strategies" ("PlanId", "Key");

CREATE INDEX "IX_StrategyGoals_GoalId" ON "StrategyGoals" ("GoalId");

CREATE INDEX "IX_TacticAuthors_PersonId" ON "TacticAuthors" ("PersonId");

CREATE INDEX "IX_Tactics_OwnerId" ON "Tactics" ("OwnerId");

CREATE UNIQUE INDEX "IX_Tactics_StrategyId_Key" ON "Tactics" ("StrategyId", "Key");

CREATE UNIQUE INDEX "IX_Teams_OrganizationId_Name" ON "Teams" ("OrganizationId", "Name");

CREATE INDEX "IX_Teams_ParentTeamId" ON "Teams" ("ParentTeamId");
