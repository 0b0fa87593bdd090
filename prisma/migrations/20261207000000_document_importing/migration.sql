-- A document being imported on PGlite in short transactions (docs/decisions/022): hidden until its
-- last transaction clears the flag; one left by a crash is deleted at the next start.
ALTER TABLE "Document" ADD COLUMN "importing" BOOLEAN NOT NULL DEFAULT false;
