-- The target segment a unit was saved from, so that a lookup for that segment leaves its own
-- translation out (it came back as a 101% in-context match); null for imports and aligned links.
ALTER TABLE "TmUnit" ADD COLUMN "segmentId" TEXT;
