-- Gameplan schema (Sqlite): review workspaces (docs/decisions/0036-review-workspaces.md): participants, talking points,
-- decisions and action items of a review, and the snapshot of the agenda kept when it is held. Beside the plan aggregate,
-- scoped by organisation, gone with their review or plan.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

CREATE TABLE "ActionItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionItems" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "PlanId" INTEGER NOT NULL,
    "ReviewId" INTEGER NOT NULL,
    "OwnerId" INTEGER NOT NULL,
    "Due" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "RaisedById" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DoneAt" TEXT NULL,
    "DoneById" INTEGER NULL,
    CONSTRAINT "FK_ActionItems_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ActionItems_People_DoneById" FOREIGN KEY ("DoneById") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_ActionItems_People_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_ActionItems_People_RaisedById" FOREIGN KEY ("RaisedById") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_ActionItems_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ActionItems_Reviews_ReviewId" FOREIGN KEY ("ReviewId") REFERENCES "Reviews" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ReviewDecisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReviewDecisions" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "PlanId" INTEGER NOT NULL,
    "ReviewId" INTEGER NOT NULL,
    "AuthorId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ReviewDecisions_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ReviewDecisions_People_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_ReviewDecisions_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ReviewDecisions_Reviews_ReviewId" FOREIGN KEY ("ReviewId") REFERENCES "Reviews" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ReviewParticipants" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReviewParticipants" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "PlanId" INTEGER NOT NULL,
    "ReviewId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    CONSTRAINT "FK_ReviewParticipants_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ReviewParticipants_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_ReviewParticipants_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ReviewParticipants_Reviews_ReviewId" FOREIGN KEY ("ReviewId") REFERENCES "Reviews" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ReviewSnapshots" (
    "ReviewId" INTEGER NOT NULL CONSTRAINT "PK_ReviewSnapshots" PRIMARY KEY,
    "OrganizationId" INTEGER NOT NULL,
    "PlanId" INTEGER NOT NULL,
    "Agenda" TEXT NOT NULL,
    "TakenAt" TEXT NOT NULL,
    CONSTRAINT "FK_ReviewSnapshots_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ReviewSnapshots_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ReviewSnapshots_Reviews_ReviewId" FOREIGN KEY ("ReviewId") REFERENCES "Reviews" ("Id") ON DELETE CASCADE
);

CREATE TABLE "TalkingPoints" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TalkingPoints" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "PlanId" INTEGER NOT NULL,
    "ReviewId" INTEGER NOT NULL,
    "AuthorId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Discussed" INTEGER NOT NULL,
    CONSTRAINT "FK_TalkingPoints_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_TalkingPoints_People_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_TalkingPoints_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_TalkingPoints_Reviews_ReviewId" FOREIGN KEY ("ReviewId") REFERENCES "Reviews" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ActionItems_DoneById" ON "ActionItems" ("DoneById");

CREATE INDEX "IX_ActionItems_OrganizationId" ON "ActionItems" ("OrganizationId");

CREATE INDEX "IX_ActionItems_OwnerId" ON "ActionItems" ("OwnerId");

CREATE INDEX "IX_ActionItems_PlanId" ON "ActionItems" ("PlanId");

CREATE INDEX "IX_ActionItems_RaisedById" ON "ActionItems" ("RaisedById");

CREATE INDEX "IX_ActionItems_ReviewId" ON "ActionItems" ("ReviewId");

CREATE INDEX "IX_ReviewDecisions_AuthorId" ON "ReviewDecisions" ("AuthorId");

CREATE INDEX "IX_ReviewDecisions_OrganizationId" ON "ReviewDecisions" ("OrganizationId");

CREATE INDEX "IX_ReviewDecisions_PlanId" ON "ReviewDecisions" ("PlanId");

CREATE INDEX "IX_ReviewDecisions_ReviewId" ON "ReviewDecisions" ("ReviewId");

CREATE INDEX "IX_ReviewParticipants_OrganizationId" ON "ReviewParticipants" ("OrganizationId");

CREATE INDEX "IX_ReviewParticipants_PersonId" ON "ReviewParticipants" ("PersonId");

CREATE INDEX "IX_ReviewParticipants_PlanId" ON "ReviewParticipants" ("PlanId");

CREATE UNIQUE INDEX "IX_ReviewParticipants_ReviewId_PersonId" ON "ReviewParticipants" ("ReviewId", "PersonId");

CREATE INDEX "IX_ReviewSnapshots_OrganizationId" ON "ReviewSnapshots" ("OrganizationId");

CREATE INDEX "IX_ReviewSnapshots_PlanId" ON "ReviewSnapshots" ("PlanId");

CREATE INDEX "IX_TalkingPoints_AuthorId" ON "TalkingPoints" ("AuthorId");

CREATE INDEX "IX_TalkingPoints_OrganizationId" ON "TalkingPoints" ("OrganizationId");

CREATE INDEX "IX_TalkingPoints_PlanId" ON "TalkingPoints" ("PlanId");

CREATE INDEX "IX_TalkingPoints_ReviewId" ON "TalkingPoints" ("ReviewId");
