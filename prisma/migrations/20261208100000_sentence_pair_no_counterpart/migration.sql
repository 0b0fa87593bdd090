-- A sentence pair without counterpart that the aligner never weighed (its link has one side only) was
-- stored with confidence 1 and shown as "automatic 100%". It has no posterior: it now shows "no counterpart".
UPDATE "SentenceLink" SET confidence = NULL
WHERE origin = 'auto' AND confidence = 1 AND (source = '[]'::jsonb OR target = '[]'::jsonb);
