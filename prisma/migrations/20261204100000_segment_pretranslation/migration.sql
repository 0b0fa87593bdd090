-- Where a segment's text came from when it was pre-translated from the memory (issue 12):
-- { kind, score, originLabel, origin, documentId }. Cleared by the next save, i.e. once a person edits it.
ALTER TABLE "TargetSegment" ADD COLUMN "pretranslation" JSONB;
