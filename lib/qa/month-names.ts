import { primaryLang } from './lang'

/**
 * Month names as dates write them out, per language (primary subtag), January first: every form a date
 * uses (Russian and Ukrainian nominative, genitive "5 марта" and prepositional "в марте 2024") and the usual
 * abbreviations. Korean, Japanese and Chinese write months as numbers (3월, 3月), which the numbers check
 * reads already. Compared in lower case, without a final period.
 */
export const MONTH_NAMES: Readonly<Record<string, ReadonlyArray<readonly string[]>>> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  de: [
    ['januar', 'jänner', 'jan'],
    ['februar', 'feber', 'feb'],
    ['märz', 'mär', 'mrz'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'],
    ['février', 'févr', 'fév'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'déc'],
  ],
  es: [
    ['enero', 'ene'],
    ['febrero', 'feb'],
    ['marzo', 'mar'],
    ['abril', 'abr'],
    ['mayo', 'may'],
    ['junio', 'jun'],
    ['julio', 'jul'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'sep', 'sept'],
    ['octubre', 'oct'],
    ['noviembre', 'nov'],
    ['diciembre', 'dic'],
  ],
  it: [
    ['gennaio', 'gen'],
    ['febbraio', 'feb'],
    ['marzo', 'mar'],
    ['aprile', 'apr'],
    ['maggio', 'mag'],
    ['giugno', 'giu'],
    ['luglio', 'lug'],
    ['agosto', 'ago'],
    ['settembre', 'set'],
    ['ottobre', 'ott'],
    ['novembre', 'nov'],
    ['dicembre', 'dic'],
  ],
  ru: [
    ['январь', 'января', 'январе', 'янв'],
    ['февраль', 'февраля', 'феврале', 'февр', 'фев'],
    ['март', 'марта', 'марте', 'мар'],
    ['апрель', 'апреля', 'апреле', 'апр'],
    ['май', 'мая', 'мае'],
    ['июнь', 'июня', 'июне', 'июн'],
    ['июль', 'июля', 'июле', 'июл'],
    ['август', 'августа', 'августе', 'авг'],
    ['сентябрь', 'сентября', 'сентябре', 'сент', 'сен'],
    ['октябрь', 'октября', 'октябре', 'окт'],
    ['ноябрь', 'ноября', 'ноябре', 'нояб', 'ноя'],
    ['декабрь', 'декабря', 'декабре', 'дек'],
  ],
  uk: [
    ['січень', 'січня', 'січні', 'січ'],
    ['лютий', 'лютого', 'лютому', 'лют'],
    ['березень', 'березня', 'березні', 'бер'],
    ['квітень', 'квітня', 'квітні', 'квіт'],
    ['травень', 'травня', 'травні', 'трав'],
    ['червень', 'червня', 'червні', 'черв'],
    ['липень', 'липня', 'липні', 'лип'],
    ['серпень', 'серпня', 'серпні', 'серп'],
    ['вересень', 'вересня', 'вересні', 'вер'],
    ['жовтень', 'жовтня', 'жовтні', 'жовт'],
    ['листопад', 'листопада', 'листопаді'],
    ['грудень', 'грудня', 'грудні', 'груд'],
  ],
}

const lookups = new Map<string, ReadonlyMap<string, number>>()

/** The month (1–12) a word names in a language, or null; case and a final period do not matter. */
export function monthOf(word: string, lang: string): number | null {
  const key = primaryLang(lang)
  let lookup = lookups.get(key)
  if (!lookup) {
    lookup = new Map((MONTH_NAMES[key] ?? []).flatMap((forms, index) => forms.map((form) => [form, index + 1])))
    lookups.set(key, lookup)
  }
  return lookup.get(word.toLocaleLowerCase(key).replace(/\.$/u, '')) ?? null
}
