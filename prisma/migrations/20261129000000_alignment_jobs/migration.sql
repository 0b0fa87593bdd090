-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- CreateTable
CREATE TABLE "SentenceLink" (
    "id" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "source" JSONB NOT NULL,
    "target" JSONB NOT NULL,
    "sourceText" TEXT NOT NULL,
    "targetText" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION,

    CONSTRAINT "SentenceLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlignmentOperation" (
    "id" TEXT NOT NULL,
    "translationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "undone" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlignmentOperation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'queued',
    "processed" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "fileName" TEXT,
    "filePath" TEXT,
    "options" JSONB NOT NULL DEFAULT '{}',
    "result" JSONB,
    "error" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SentenceLink_linkId_position_idx" ON "SentenceLink"("linkId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AlignmentOperation_translationId_seq_key" ON "AlignmentOperation"("translationId", "seq");

-- AddForeignKey
ALTER TABLE "SentenceLink" ADD CONSTRAINT "SentenceLink_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "AlignmentLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlignmentOperation" ADD CONSTRAINT "AlignmentOperation_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "Translation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
