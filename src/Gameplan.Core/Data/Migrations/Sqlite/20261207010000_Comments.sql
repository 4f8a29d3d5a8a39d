-- Gameplan schema (Sqlite): comments on plan elements, in threads, with the people they mention, beside the
-- plan aggregate (docs/decisions/0026-comments-beside-the-plan.md). The element is named by kind and id
-- without a foreign key, so a removed element's comments stay readable; deleting a plan deletes them.
-- Written by hand (see docs/decisions/0002-hand-written-migrations.md); statements end with a semicolon at line end.

CREATE TABLE "Comments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Comments" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "PlanId" INTEGER NOT NULL,
    "ThreadId" INTEGER NULL,
    "ElementKind" TEXT NOT NULL,
    "ElementId" INTEGER NULL,
    "ElementPath" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "AuthorId" INTEGER NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "EditedAt" TEXT NULL,
    "DeletedAt" TEXT NULL,
    "ResolvedAt" TEXT NULL,
    "ResolvedById" INTEGER NULL,
    CONSTRAINT "FK_Comments_Comments_ThreadId" FOREIGN KEY ("ThreadId") REFERENCES "Comments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Comments_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Comments_People_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Comments_People_ResolvedById" FOREIGN KEY ("ResolvedById") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Comments_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CommentMentions" (
    "CommentId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    CONSTRAINT "PK_CommentMentions" PRIMARY KEY ("CommentId", "PersonId"),
    CONSTRAINT "FK_CommentMentions_Comments_CommentId" FOREIGN KEY ("CommentId") REFERENCES "Comments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CommentMentions_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id")
);

CREATE INDEX "IX_CommentMentions_PersonId" ON "CommentMentions" ("PersonId");

CREATE INDEX "IX_Comments_AuthorId" ON "Comments" ("AuthorId");

CREATE INDEX "IX_Comments_OrganizationId" ON "Comments" ("OrganizationId");

CREATE INDEX "IX_Comments_PlanId_ElementKind_ElementId" ON "Comments" ("PlanId", "ElementKind", "ElementId");

CREATE INDEX "IX_Comments_ResolvedById" ON "Comments" ("ResolvedById");

CREATE INDEX "IX_Comments_ThreadId" ON "Comments" ("ThreadId");
