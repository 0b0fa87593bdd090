-- The translation memory (docs/tm.md). pg_trgm indexes the folded texts: fuzzy lookup and concordance.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "TmUnit" (
    "id" TEXT NOT NULL,
    "srcLang" TEXT NOT NULL,
    "tgtLang" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "sourceContent" JSONB,
    "targetContent" JSONB,
    "sourceFold" TEXT NOT NULL,
    "targetFold" TEXT NOT NULL,
    "prevSource" TEXT NOT NULL DEFAULT '',
    "nextSource" TEXT NOT NULL DEFAULT '',
    "pairHash" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "documentId" TEXT,
    "originLabel" TEXT NOT NULL DEFAULT '',
    "author" TEXT,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TmUnit_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "TmUnit_srcLang_tgtLang_pairHash_key" ON "TmUnit"("srcLang", "tgtLang", "pairHash");
CREATE INDEX "TmUnit_srcLang_tgtLang_updatedAt_idx" ON "TmUnit"("srcLang", "tgtLang", "updatedAt");
CREATE INDEX "TmUnit_sourceFold_trgm_idx" ON "TmUnit" USING gin ("sourceFold" gin_trgm_ops);
CREATE INDEX "TmUnit_targetFold_trgm_idx" ON "TmUnit" USING gin ("targetFold" gin_trgm_ops);
