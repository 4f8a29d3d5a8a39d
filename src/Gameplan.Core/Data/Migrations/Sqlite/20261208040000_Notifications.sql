-- Gameplan schema (Sqlite): reminders that people do not learn to ignore (issue 13): each organisation's
-- SMTP settings (the password as Data Protection ciphertext), each person's digest frequency and ledger,
-- the digest log, the scheduler's leases (installation-wide), webhooks and their delivery log.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md).

CREATE TABLE "EmailSettings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EmailSettings" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "Host" TEXT NOT NULL,
    "Port" INTEGER NOT NULL,
    "Tls" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "ProtectedPassword" TEXT NULL,
    "FromAddress" TEXT NOT NULL,
    "BaseUrl" TEXT NULL,
    "DigestDay" INTEGER NOT NULL,
    "SigningKey" BLOB NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_EmailSettings_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_EmailSettings_OrganizationId" ON "EmailSettings" ("OrganizationId");

CREATE TABLE "DigestSubscriptions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DigestSubscriptions" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Frequency" TEXT NOT NULL,
    "LastSentAt" TEXT NULL,
    "LastSentDay" TEXT NULL,
    "Ledger" TEXT NOT NULL,
    CONSTRAINT "FK_DigestSubscriptions_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DigestSubscriptions_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_DigestSubscriptions_OrganizationId" ON "DigestSubscriptions" ("OrganizationId");

CREATE UNIQUE INDEX "IX_DigestSubscriptions_PersonId" ON "DigestSubscriptions" ("PersonId");

CREATE TABLE "DigestLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DigestLog" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "SentAt" TEXT NOT NULL,
    "Items" TEXT NOT NULL,
    CONSTRAINT "FK_DigestLog_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DigestLog_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_DigestLog_OrganizationId" ON "DigestLog" ("OrganizationId");

CREATE INDEX "IX_DigestLog_PersonId_SentAt" ON "DigestLog" ("PersonId", "SentAt");

CREATE TABLE "SchedulerLeases" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_SchedulerLeases" PRIMARY KEY,
    "Holder" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL
);

CREATE TABLE "Webhooks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Webhooks" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "Url" TEXT NOT NULL,
    "Events" TEXT NOT NULL,
    "ProtectedSecret" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Webhooks_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Webhooks_OrganizationId" ON "Webhooks" ("OrganizationId");

CREATE TABLE "WebhookDeliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WebhookDeliveries" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "WebhookId" INTEGER NOT NULL,
    "Event" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StatusCode" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NULL,
    "LastError" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DeliveredAt" TEXT NULL,
    CONSTRAINT "FK_WebhookDeliveries_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_WebhookDeliveries_Webhooks_WebhookId" FOREIGN KEY ("WebhookId") REFERENCES "Webhooks" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_WebhookDeliveries_OrganizationId" ON "WebhookDeliveries" ("OrganizationId");

CREATE INDEX "IX_WebhookDeliveries_Status" ON "WebhookDeliveries" ("Status");

CREATE INDEX "IX_WebhookDeliveries_WebhookId_Id" ON "WebhookDeliveries" ("WebhookId", "Id");
