-- Gameplan schema (Postgres): browser sessions kept on the server, so sign-out, "sign out everywhere",
-- a password change and deactivation end them (docs/decisions/0021).
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

CREATE TABLE "Sessions" (
    "Id" character varying(64) NOT NULL,
    "OrganizationId" integer NOT NULL,
    "UserId" integer NOT NULL,
    "Ticket" bytea NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Sessions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Sessions_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Sessions_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Sessions_UserId" ON "Sessions" ("UserId");

CREATE INDEX "IX_Sessions_OrganizationId" ON "Sessions" ("OrganizationId");
