// Words that end in a full stop without ending a sentence, by language (lowercase, inner dots kept).
export const ABBREVIATIONS: Record<string, readonly string[]> = {
  en: ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'no', 'nos', 'fig', 'figs', 'vol', 'ed', 'eds', 'approx', 'dept', 'gen', 'gov', 'lt', 'col', 'sgt', 'capt', 'rev', 'mt', 'ft', 'e.g', 'i.e', 'cf', 'al', 'pp', 'p', 'ca', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  de: ['hr', 'hrn', 'fr', 'dr', 'prof', 'nr', 'ca', 'bzw', 'vgl', 'ggf', 'evtl', 'z.b', 'u.a', 'd.h', 's', 'abb', 'bd', 'bsp', 'inkl', 'str', 'tel', 'geb', 'gest', 'jh', 'jhd', 'mio', 'mrd', 'bzgl', 'sog', 'st', 'dipl', 'ing'],
  fr: ['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'st', 'ste', 'cf', 'av', 'apr', 'j.-c', 'p', 'pp', 'vol', 'env', 'éd', 'chap', 'fig', 'cie', 'boul'],
  es: ['sr', 'sra', 'srta', 'dr', 'dra', 'ud', 'uds', 'pág', 'págs', 'p.ej', 'núm', 'lic', 'ing', 'prof', 'av', 'vol'],
  it: ['sig', 'sigg', 'sig.ra', 'dott', 'prof', 'ing', 'avv', 'pag', 'dr', 'on', 'p.es'],
  pt: ['sr', 'sra', 'srta', 'dr', 'dra', 'prof', 'pág', 'av', 'p.ex'],
  nl: ['dhr', 'mevr', 'dr', 'prof', 'bijv', 'blz', 'nr', 'ca', 'o.a', 'm.a.w'],
  ru: ['г', 'гг', 'т', 'д', 'им', 'ул', 'стр', 'см', 'напр', 'рис', 'ср', 'тыс', 'млн', 'млрд', 'руб', 'коп', 'проф', 'акад', 'т.е', 'т.д', 'т.п', 'пр', 'св', 'о', 'пос'],
  uk: ['р', 'рр', 'ім', 'вул', 'стор', 'див', 'проф', 'тис', 'млн', 'млрд', 'т.д', 'ст'],
  is: ['t.d', 'o.s.frv', 'þ.e', 'þ.á.m', 'skv', 'nr', 'bls', 'dr', 'frh', 'ath'],
}

/** Languages that write ordinals as a number and a full stop ("3. Mai"). */
export const ORDINAL_DOT_LANGUAGES: readonly string[] = ['de', 'da', 'nb', 'no', 'nn', 'fi', 'is', 'cs', 'sk', 'pl', 'sl', 'hr', 'sr', 'bs', 'hu', 'tr', 'lv', 'et', 'lt']

/** Month names that follow an ordinal date ("3. Mai"), so the full stop before them is not a sentence end. */
export const MONTHS: Record<string, readonly string[]> = {
  de: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  is: ['janúar', 'febrúar', 'mars', 'apríl', 'maí', 'júní', 'júlí', 'ágúst', 'september', 'október', 'nóvember', 'desember'],
}
