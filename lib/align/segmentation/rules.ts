import type { SegmentationRules } from './compile-rules'

/**
 * Where sentences end, per language, as data in the manner of SRX 2.0 (the Segmentation Rules
 * eXchange format of LISA/GALA). This file is the one place to change sentence splitting.
 *
 * - A rule says whether the text may be cut at a position: `before` is a regular expression that
 *   must match the text ending at the position, `after` one that must match the text starting there.
 *   Both are JavaScript regular expressions (Unicode mode, case-sensitive).
 * - The rule sets of every language map whose pattern matches the language tag apply, in the order of
 *   the maps (SRX's cascade): a language's own rules first, then `default`. At each position the first
 *   rule that matches decides; where no rule matches, nothing is cut. Only positions where some break
 *   rule matches are looked at.
 * - `{@NAME}` stands for `classes.NAME`; `{@list:NAME}` for `lists.NAME`, an alternation of the
 *   words listed, written with the full stops inside them and without the last one ("z.B"); each is
 *   matched in any letter case and with or without a space after an inner full stop ("z. B.").
 * - Quantifiers must be bounded (`{0,3}`, never `*` or `+`): a rule then looks at a few characters
 *   around a position, and splitting stays linear in the size of the text.
 * - Paragraphs (blank lines) are split before the rules run; inside a paragraph runs of spaces are
 *   one space and a line break is one `\n`.
 */
export const SEGMENTATION_RULES: SegmentationRules = {
  classes: {
    // Ends a sentence when followed by a space: full stop, ellipsis, ! ?, Arabic, Urdu, Devanagari, Armenian, Ethiopic, Myanmar, Khmer.
    STOP: String.raw`[.!?…‼⁇⁈⁉؟۔।॥։።။។]`,
    // Ends a sentence with no space needed: Chinese and Japanese full stop, full-width ! ? and full stop.
    CJK_STOP: String.raw`[。！？｡．]`,
    // Closing quotes and brackets that stay with the sentence they follow (“ and « close in German).
    CLOSE: String.raw`["'”’“»«›‹)\]}」』】〕〉》）〗＂＇]`,
    // Opening quotes and brackets a sentence may start with.
    OPEN: String.raw`["'“‘„‚«‹»›(\[{¿¡「『【〔〈《（]`,
    // A letter or digit is not directly before (the start of a word).
    WORD_START: String.raw`(?<![\p{L}\p{N}\p{M}])`,
    // What follows a stop inside a sentence: a lowercase word, a comma, a lone full stop, a dash before a lowercase word.
    CONTINUES: String.raw`\s(?:{@OPEN}{0,3}\p{Ll}|[,;:%)\]}]|\.(?![.\p{L}])|[—–]\s?\p{Ll})`,
  },

  lists: {
    // Never end a sentence: titles before a name, and Latin abbreviations inside a sentence. Listed for every language.
    default: 'mr mrs ms dr prof vs cf e.g i.e viz ibid',
    // Never end a sentence when a number (or a Roman numeral, or an opening bracket) follows: "No. 5", "p. 12", "ca. 1900".
    'default-number': 'no nos nr p pp ca fig figs vol art approx jan feb apr jun jul aug sep sept oct nov dec',
    en: 'messrs st gen gov lt col sgt capt rev mt',
    'en-number': 'ch sec ed eds mar al',
    de: 'hr hrn fr frl dipl ing st co bzw vgl ggf evtl z.b u.a d.h z.t u.u i.d.r bzgl sog inkl geb gest mio mrd tsd s s.o s.u',
    'de-number': 'nr s abb bd kap abs art tab ziff tel jh jhd bsp mo di mi do sa',
    // Words after "3." that make it an ordinal: "am 3. Mai", "im 19. Jahrhundert", "zum 2. Mal".
    'de-after-ordinal':
      'januar jänner februar märz april mai juni juli august september oktober november dezember jahrhundert jahrhunderts jahrtausend jahrgang auflage mal platz stock etage klasse kapitel band lauf runde spieltag geburtstag todestag jahrestag weltkrieg weltkriegs armee liga bundesliga sinfonie symphonie satz stelle woche tag',
    // Words before "3." that make it an ordinal: "der 8. und 9. Stelle", "bis zum 3. Mai".
    'de-before-ordinal':
      'am im vom zum beim bis ab seit der die das den dem des ein eine einem einen eines einer und oder zur',
    fr: 'mm mme mmes mlle mlles me pr st ste cf av apr env éd chap cie boul bd p.ex c.-à-d',
    'fr-number': 'n t chap art env h janv févr avr juil déc',
    es: 'sr sra srta sres dr dra ud uds vd vds lic ing prof av sto sta p.ej',
    'es-number': 'pág págs núm cap',
    it: 'sig sigg sig.ra dott dott.ssa prof ing avv on p.es',
    'it-number': 'pag n cap',
    pt: 'sr sra srta dr dra prof av p.ex',
    'pt-number': 'pág n cap',
    nl: 'dhr mevr mw dr prof bijv o.a m.a.w d.w.z i.p.v',
    'nl-number': 'blz nr ca',
    // т. е. and т. к. never end a sentence; и т. д., и т. п., и др. may, so they are not listed.
    ru: 'т.е т.к т.н т.о им ул пр просп пер пл наб напр см ср проф акад доц св о гр тов',
    'ru-number': 'д кв стр с рис табл гл п ч т ст тел',
    uk: 'т.зв т.б ім вул просп пров пл проф акад доц св напр див',
    'uk-number': 'стор с рис табл гл п ч т ст',
    // t.d. and þ.e. never end a sentence; o.s.frv. and o.fl. may, so they are not listed.
    is: 't.d þ.e þ.á.m þ.m.t m.a s.s skv sbr ath hr sr u.þ.b nk',
    'is-number': 'bls nr kl gr mgr tölul s',
  },

  ruleSets: {
    default: [
      {
        break: false,
        before: String.raw`[;:；：]`,
        after: String.raw`\s`,
        note: 'A semicolon or colon never ends a sentence. The aligner pairs sentences and translators often turn ; into . (or the reverse); the clause then pairs as a 1:2 bead instead of being cut apart.',
      },
      { break: false, before: String.raw`{@WORD_START}(?:{@list:default})\.`, after: String.raw`\s` },
      {
        break: false,
        before: String.raw`{@WORD_START}(?:{@list:default-number})\.`,
        after: String.raw`\s[\p{N}(\[]`,
      },
      {
        break: true,
        before: String.raw`{@WORD_START}(?:{@list:default-number})\.\s(?:\d{1,4}|[IVXLCDM]{1,6})\.`,
        after: String.raw`\s{@OPEN}{0,3}\p{Lu}`,
        note: 'A number after such an abbreviation, then a capital: the sentence ends ("See p. 5. Then"), it is no list item.',
      },
      {
        break: false,
        before: String.raw`(?:^|\n|{@STOP}\s?{@CLOSE}{0,3}\s|[:;]\s)(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLCDM]{1,6})\.`,
        after: String.raw`\s`,
        note: 'A numbered heading or list item: "1. Introduction", "III. Results", "… : 2. The next point".',
      },
      {
        break: false,
        before: String.raw`{@WORD_START}\p{Lu}\.`,
        after: String.raw`\s`,
        note: 'An initial: "J. R. R. Tolkien", "В. В. Путин", "M. Dupont".',
      },
      {
        break: false,
        before: String.raw`{@WORD_START}\p{Ll}\.`,
        after: String.raw`\s\p{L}\.`,
        note: 'Inside an abbreviation of single letters: "z. B.", "d. h.", "т. е.", "и т. д.".',
      },
      {
        break: true,
        before: String.raw`{@STOP}{@CLOSE}{0,3}`,
        after: String.raw`\n`,
        note: 'A line that ends with a full stop (or ! ? …) ends its sentence, whatever follows.',
      },
      {
        break: false,
        before: String.raw`{@STOP}{@CLOSE}{0,3}`,
        after: String.raw`{@CONTINUES}`,
        note: 'A lowercase word, a comma, or a dash before a lowercase word after the stop continues the sentence: "Wait... what?", "“Stop!” and he ran", «Правда?» — спросил он.',
      },
      {
        break: false,
        before: String.raw`\p{N}．`,
        after: String.raw`\p{N}`,
        note: 'A full-width decimal point: ３．１４.',
      },
      {
        break: true,
        before: String.raw`{@CJK_STOP}{@CLOSE}{0,3}`,
        after: String.raw`(?!{@CLOSE}|{@CJK_STOP}|{@STOP}|[，、；：,;:])`,
        note: 'Chinese and Japanese: 。！？ end a sentence without a space, after any closing quote (」』”).',
      },
      { break: true, before: String.raw`{@STOP}{@CLOSE}{0,3}`, after: String.raw`\s` },
      {
        break: true,
        before: String.raw`[\u0E00-\u0E7F]`,
        after: String.raw`\s(?=[\u0E00-\u0E7F])`,
        note: 'Thai has no sentence punctuation: a space between Thai words ends a sentence.',
      },
      {
        break: true,
        before: String.raw`(?:^|\n)[\p{Lu}\p{Lt}\p{Lo}\p{N}][^\n]{0,58}[^\s,;:\-–—(/&+]`,
        after: String.raw`\n(?=[\p{Lu}\p{Lt}\p{Lo}\p{N}"“„«(\[])`,
        note: 'A line break inside a paragraph ends a heading-like line (at most 60 characters, not ending in , ; : or a dash) before a line that starts like a sentence. Other single line breaks are spaces: text wrapped by hand stays whole.',
      },
    ],
    en: [
      { break: false, before: String.raw`{@WORD_START}(?:{@list:en})\.`, after: String.raw`\s` },
      {
        break: false,
        before: String.raw`{@WORD_START}(?:{@list:en-number})\.`,
        after: String.raw`\s(?:[\p{N}(\[]|[IVXLCDM]{1,6}(?![\p{L}]))`,
      },
      {
        break: true,
        before: String.raw`{@WORD_START}(?:{@list:en-number})\.\s(?:\d{1,4}|[IVXLCDM]{1,6})\.`,
        after: String.raw`\s{@OPEN}{0,3}\p{Lu}`,
      },
      {
        break: true,
        before: String.raw`(?:^|\s)\p{Ll}[\p{Ll}'’]{0,20}\sI\.`,
        after: String.raw`\s{@OPEN}{0,3}[\p{Lu}\p{N}]`,
        note: 'The pronoun I after a lowercase word ends a sentence ("So did I. Then"); otherwise I. is an initial.',
      },
    ],
    de: [
      {
        break: false,
        before: String.raw`(?<![\p{N}.])\d{1,3}\.`,
        after: String.raw`\s(?:{@list:de-after-ordinal})(?![\p{L}])`,
        note: 'German writes ordinals with a full stop: "am 3. Mai", "im 19. Jahrhundert".',
      },
      { break: false, before: String.raw`{@WORD_START}(?:{@list:de})\.`, after: String.raw`\s` },
      {
        break: false,
        before: String.raw`{@WORD_START}(?:{@list:de-number}|\p{L}{1,20}str)\.`,
        after: String.raw`\s(?:[\p{N}(\[]|[IVXLCDM]{1,6}(?![\p{L}]))`,
        note: 'Before a number: "Nr. 4", "S. 295", "Bd. XI", "Hauptstr. 5".',
      },
      {
        break: true,
        before: String.raw`{@WORD_START}(?:{@list:de-number})\.\s(?:\d{1,4}|[IVXLCDM]{1,6})\.`,
        after: String.raw`\s{@OPEN}{0,3}\p{Lu}`,
      },
      {
        break: false,
        before: String.raw`{@WORD_START}(?:{@list:de-before-ordinal})\s\d{1,3}\.`,
        after: String.raw`\s`,
      },
    ],
    fr: [
      { break: false, before: String.raw`{@WORD_START}(?:{@list:fr})\.`, after: String.raw`\s` },
      {
        break: false,
        before: String.raw`{@WORD_START}(?:{@list:fr-number})\.`,
        after: String.raw`\s(?:[\p{N}(\[]|[IVXLCDM]{1,6}(?![\p{L}]))`,
      },
      {
        break: true,
        before: String.raw`{@WORD_START}(?:{@list:fr-number})\.\s(?:\d{1,4}|[IVXLCDM]{1,6})\.`,
        after: String.raw`\s{@OPEN}{0,3}\p{Lu}`,
      },
      {
        break: false,
        before: String.raw`{@STOP}{@CLOSE}{0,2}`,
        after: String.raw`\s[»›]`,
        note: 'French sets a space before the closing guillemet: « Bonjour. » keeps its ».',
      },
      {
        break: false,
        before: String.raw`{@STOP}{@CLOSE}{0,2}\s[»›]{@CLOSE}{0,2}`,
        after: String.raw`{@CONTINUES}`,
      },
      { break: true, before: String.raw`{@STOP}{@CLOSE}{0,2}\s[»›]{@CLOSE}{0,2}`, after: String.raw`\s` },
    ],
    es: [
      { break: false, before: String.raw`{@WORD_START}(?:{@list:es})\.`, after: String.raw`\s` },
      { break: false, before: String.raw`{@WORD_START}(?:{@list:es-number})\.`, after: String.raw`\s[\p{N}(\[]` },
      {
        break: true,
        before: String.raw`{@WORD_START}(?:{@list:es-number})\.\s(?:\d{1,4}|[IVXLCDM]{1,6})\.`,
        after: String.raw`\s{@OPEN}{0,3}\p{Lu}`,
      },
    ],
    it: [
      { break: false, before: String.raw`{@WORD_START}(?:{@list:it})\.`, after: String.raw`\s` },
      { break: false, before: String.raw`{@WORD_START}(?:{@list:it-number})\.`, after: String.raw`\s[\p{N}(\[]` },
      {
        break: true,
        before: String.raw`{@WORD_START}(?:{@list:it-number})\.\s(?:\d{1,4}|[IVXLCDM]{1,6})\.`,
        after: String.raw`\s{@OPEN}{0,3}\p{Lu}`,
      },
    ],
    pt: [
      { break: false, before: String.raw`{@WORD_START}(?:{@list:pt})\.`, after: String.raw`\s` },
      { break: false, before: String.raw`{@WORD_START}(?:{@list:pt-number})\.`, after: String.raw`\s[\p{N}(\[]` },
      {
        break: true,
        before: String.raw`{@WORD_START}(?:{@list:pt-number})\.\s(?:\d{1,4}|[IVXLCDM]{1,6})\.`,
        after: String.raw`\s{@OPEN}{0,3}\p{Lu}`,
      },
    ],
    nl: [
      { break: false, before: String.raw`{@WORD_START}(?:{@list:nl})\.`, after: String.raw`\s` },
      { break: false, before: String.raw`{@WORD_START}(?:{@list:nl-number})\.`, after: String.raw`\s[\p{N}(\[]` },
      {
        break: true,
        before: String.raw`{@WORD_START}(?:{@list:nl-number})\.\s(?:\d{1,4}|[IVXLCDM]{1,6})\.`,
        after: String.raw`\s{@OPEN}{0,3}\p{Lu}`,
      },
    ],
    ru: [
      { break: false, before: String.raw`{@WORD_START}(?:{@list:ru})\.`, after: String.raw`\s` },
      { break: false, before: String.raw`{@WORD_START}(?:{@list:ru-number})\.`, after: String.raw`\s[\p{N}(\[№]` },
      {
        break: true,
        before: String.raw`{@WORD_START}(?:{@list:ru-number})\.\s(?:\d{1,4}|[IVXLCDM]{1,6})\.`,
        after: String.raw`\s{@OPEN}{0,3}\p{Lu}`,
      },
      {
        break: false,
        before: String.raw`(?<![\p{L}\p{N}]|\d\s)г\.`,
        after: String.raw`\s`,
        note: 'г. is a city before a name ("г. Москва") and a year after a number ("в 1990 г."), which may end a sentence.',
      },
    ],
    uk: [
      { break: false, before: String.raw`{@WORD_START}(?:{@list:uk})\.`, after: String.raw`\s` },
      { break: false, before: String.raw`{@WORD_START}(?:{@list:uk-number})\.`, after: String.raw`\s[\p{N}(\[№]` },
      {
        break: true,
        before: String.raw`{@WORD_START}(?:{@list:uk-number})\.\s(?:\d{1,4}|[IVXLCDM]{1,6})\.`,
        after: String.raw`\s{@OPEN}{0,3}\p{Lu}`,
      },
      { break: false, before: String.raw`(?<![\p{L}\p{N}]|\d\s)м\.`, after: String.raw`\s` },
    ],
    is: [
      { break: false, before: String.raw`{@WORD_START}(?:{@list:is})\.`, after: String.raw`\s` },
      { break: false, before: String.raw`{@WORD_START}(?:{@list:is-number})\.`, after: String.raw`\s[\p{N}(\[]` },
      {
        break: true,
        before: String.raw`{@WORD_START}(?:{@list:is-number})\.\s(?:\d{1,4}|[IVXLCDM]{1,6})\.`,
        after: String.raw`\s{@OPEN}{0,3}\p{Lu}`,
      },
    ],
    el: [
      {
        break: true,
        before: String.raw`[;;]{@CLOSE}{0,3}`,
        after: String.raw`\s{@OPEN}{0,3}\p{Lu}`,
        note: 'Greek writes its question mark as a semicolon.',
      },
    ],
    zh: [
      {
        break: true,
        before: String.raw`[.!?]{@CLOSE}{0,3}`,
        after: String.raw`[\p{Script=Han}“「『]`,
        note: 'Chinese typed with half-width . ! ? ends a sentence without a space too: 我很好.你呢?',
      },
    ],
    ja: [
      {
        break: false,
        before: String.raw`(?:{@CJK_STOP}|[!?]){@CLOSE}{1,3}`,
        after: String.raw`(?:と|って)`,
        note: 'A quotation followed by と or って is part of the sentence that quotes it: 「はい。」と言った。',
      },
      {
        break: true,
        before: String.raw`[.!?]{@CLOSE}{0,3}`,
        after: String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}「『]`,
        note: 'Japanese typed with half-width . ! ? ends a sentence without a space too.',
      },
    ],
    ko: [
      {
        break: false,
        before: String.raw`{@STOP}{@CLOSE}{1,3}`,
        after: String.raw`(?:\p{Script=Hangul}|\s(?:하고|라고|하며|라며|하는|라는|고\s))`,
        note: 'A quotation followed by a particle or a verb of saying is part of the sentence that quotes it: "안녕."이라고 말했다.',
      },
      {
        break: true,
        before: String.raw`[.!?]{@CLOSE}{0,3}`,
        after: String.raw`\p{Script=Hangul}`,
        note: 'Korean sentences also end without a space before the next one: 했다.그리고',
      },
    ],
  },

  // First match of each pattern (on the lowercase language tag) adds its rule set; default comes last.
  languageMaps: [
    { pattern: '^en(?:-|$)', ruleSet: 'en' },
    { pattern: '^(?:de|gsw)(?:-|$)', ruleSet: 'de' },
    { pattern: '^fr(?:-|$)', ruleSet: 'fr' },
    { pattern: '^es(?:-|$)', ruleSet: 'es' },
    { pattern: '^it(?:-|$)', ruleSet: 'it' },
    { pattern: '^pt(?:-|$)', ruleSet: 'pt' },
    { pattern: '^nl(?:-|$)', ruleSet: 'nl' },
    { pattern: '^ru(?:-|$)', ruleSet: 'ru' },
    { pattern: '^uk(?:-|$)', ruleSet: 'uk' },
    { pattern: '^is(?:-|$)', ruleSet: 'is' },
    { pattern: '^el(?:-|$)', ruleSet: 'el' },
    { pattern: '^(?:zh|yue|wuu)(?:-|$)', ruleSet: 'zh' },
    { pattern: '^ja(?:-|$)', ruleSet: 'ja' },
    { pattern: '^ko(?:-|$)', ruleSet: 'ko' },
    { pattern: '', ruleSet: 'default' },
  ],
}
