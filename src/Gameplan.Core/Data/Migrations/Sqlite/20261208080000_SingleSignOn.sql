-- Gameplan schema (Sqlite): single sign-on (issue 16): each organisation's OpenID Connect provider, the
-- client secret as Data Protection ciphertext, the e-mail claim and domains, whether unknown e-mails
-- become reps and whether password sign-in is still allowed (docs/sso.md, ADR 0049).
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md).

CREATE TABLE "SingleSignOn" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SingleSignOn" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "Issuer" TEXT NOT NULL,
    "ClientId" TEXT NOT NULL,
    "ProtectedClientSecret" TEXT NULL,
    "Scopes" TEXT NOT NULL,
    "EmailClaim" TEXT NOT NULL,
    "EmailDomains" TEXT NOT NULL,
    "CreateUnknownAsReps" INTEGER NOT NULL,
    "PasswordSignInAllowed" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_SingleSignOn_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_SingleSignOn_OrganizationId" ON "SingleSignOn" ("OrganizationId");
