-- A note imported from a TMX or XLIFF file names its author as text; no account wrote it.
ALTER TABLE "Comment" ADD COLUMN "authorName" TEXT;
