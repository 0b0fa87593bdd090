-- The import jobs become a queue every app instance takes work from (issue 13, docs/decisions/015-job-queue.md):
-- a lease (owner and expiry, renewed by a heartbeat), attempts, a time before which a retried job waits, and a
-- checkpoint written in the same transaction as the work it records. Uploads move from the local disk into the
-- database, in chunks, so any instance can read them.

-- Jobs queued or running before this migration had their file on one machine's disk: they cannot be resumed.
UPDATE "ImportJob" SET "status" = 'failed', "error" = '{"code":"import.interrupted"}'
WHERE "status" IN ('queued', 'running');

ALTER TABLE "ImportJob" DROP COLUMN "filePath",
ADD COLUMN "uploadId" TEXT,
ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "maxAttempts" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN "runAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "leaseOwner" TEXT,
ADD COLUMN "leaseUntil" TIMESTAMP(3),
ADD COLUMN "checkpoint" JSONB;

CREATE INDEX "ImportJob_status_runAfter_idx" ON "ImportJob"("status", "runAfter");

-- An upload waiting for its job, in chunks of up to 1 MB, read back in order of `seq`.
CREATE TABLE "UploadChunk" (
    "uploadId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UploadChunk_pkey" PRIMARY KEY ("uploadId", "seq")
);
