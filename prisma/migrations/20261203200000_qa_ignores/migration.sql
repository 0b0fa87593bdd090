-- A quality check ignored on one segment with a reason, while the segment keeps the text it was ignored on.
CREATE TABLE "QaIgnore" (
    "id" TEXT NOT NULL,
    "segmentId" TEXT NOT NULL,
    "check" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "targetText" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QaIgnore_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "QaIgnore_segmentId_check_key" ON "QaIgnore"("segmentId", "check");

ALTER TABLE "QaIgnore" ADD CONSTRAINT "QaIgnore_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "TargetSegment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "QaIgnore" ADD CONSTRAINT "QaIgnore_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
