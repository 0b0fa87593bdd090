-- The project dictionary: words accepted by the spelling check, per target language (issue 12).
CREATE TABLE "SpellingWord" (
    "id" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpellingWord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SpellingWord_lang_word_key" ON "SpellingWord"("lang", "word");

-- AddForeignKey
ALTER TABLE "SpellingWord" ADD CONSTRAINT "SpellingWord_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
