-- Gameplan schema (Postgres): the record that an organisation was seeded as the demo (the password hash
-- its seeded accounts were given) and whether the sign-in page lists them. For a demo seeded before
-- this migration the record is recovered: the seed gave all its accounts one hash, and every other
-- account's hash has its own salt.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

CREATE TABLE "DemoSignIns" (
    "OrganizationId" integer NOT NULL,
    "PasswordHash" text NOT NULL,
    "Listed" boolean NOT NULL,
    CONSTRAINT "PK_DemoSignIns" PRIMARY KEY ("OrganizationId"),
    CONSTRAINT "FK_DemoSignIns_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

INSERT INTO "DemoSignIns" ("OrganizationId", "PasswordHash", "Listed")
SELECT u."OrganizationId", u."PasswordHash", true
FROM "AspNetUsers" u JOIN "Organizations" o ON o."Id" = u."OrganizationId"
WHERE o."Name" = 'Northwind Clinic Software (demo)' AND u."PasswordHash" IS NOT NULL
GROUP BY u."OrganizationId", u."PasswordHash"
HAVING COUNT(*) > 1;
