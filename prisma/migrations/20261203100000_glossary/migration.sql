-- The glossary: term pairs per language pair (issue #12).
CREATE TABLE "GlossaryTerm" (
    "id" TEXT NOT NULL,
    "srcLang" TEXT NOT NULL,
    "tgtLang" TEXT NOT NULL,
    "sourceTerm" TEXT NOT NULL,
    "targetTerm" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "partOfSpeech" TEXT NOT NULL DEFAULT '',
    "definition" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "forbidden" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "GlossaryTerm_srcLang_tgtLang_sourceKey_targetKey_key" ON "GlossaryTerm"("srcLang", "tgtLang", "sourceKey", "targetKey");
CREATE INDEX "GlossaryTerm_srcLang_tgtLang_updatedAt_idx" ON "GlossaryTerm"("srcLang", "tgtLang", "updatedAt");
