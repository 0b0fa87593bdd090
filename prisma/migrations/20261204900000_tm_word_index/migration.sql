-- The memory's own word index (docs/tm.md, decision 015) replaces the trigram indexes: lookups read the
-- units of a sentence's rarest words, and writes no longer update two trigram indexes of ~60 keys a row.
-- Units stored before have null word arrays until scripts/prepare-db.ts indexes them at start.
DROP INDEX IF EXISTS "TmUnit_sourceFold_trgm_idx";
DROP INDEX IF EXISTS "TmUnit_targetFold_trgm_idx";

ALTER TABLE "TmUnit" ADD COLUMN "sourceWords" INTEGER[], ADD COLUMN "targetWords" INTEGER[];

CREATE INDEX "TmUnit_sourceWords_idx" ON "TmUnit" USING gin ("sourceWords");
CREATE INDEX "TmUnit_targetWords_idx" ON "TmUnit" USING gin ("targetWords");

-- How many units of a pair hold a source word (the key includes the pair): lookups start from the rarest.
CREATE TABLE "TmWordCount" (
    "word" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    CONSTRAINT "TmWordCount_pkey" PRIMARY KEY ("word")
);
