-- Gameplan schema (Sqlite): each person's secret calendar-feed address, stored as a SHA-256 hash of the
-- secret (like API tokens); at most one per person.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md).

CREATE TABLE "CalendarFeeds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CalendarFeeds" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Hash" BLOB NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_CalendarFeeds_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CalendarFeeds_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_CalendarFeeds_Hash" ON "CalendarFeeds" ("Hash");

CREATE INDEX "IX_CalendarFeeds_OrganizationId" ON "CalendarFeeds" ("OrganizationId");

CREATE UNIQUE INDEX "IX_CalendarFeeds_PersonId" ON "CalendarFeeds" ("PersonId");
