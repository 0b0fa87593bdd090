import { describe, expect, test } from 'vitest'
import { segmentSentences } from '../segment-sentences'

const ROWS: Array<{ case: string; text: string; sentences: string[] }> = [
  {
    case: 'a closing guillemet after a space stays with its sentence',
    text: 'Il dit « Bonjour. » Puis il part.',
    sentences: ['Il dit « Bonjour. »', 'Puis il part.'],
  },
  {
    case: 'a quoted question before lowercase continues',
    text: '« Vraiment ? » demanda-t-il. Oui.',
    sentences: ['« Vraiment ? » demanda-t-il.', 'Oui.'],
  },
  {
    case: 'M. and Mme before a name',
    text: 'M. Dupont et Mme Durand sont là. Bien.',
    sentences: ['M. Dupont et Mme Durand sont là.', 'Bien.'],
  },
  {
    case: 'a semicolon with a space before it does not end a sentence',
    text: 'Il part ; elle reste. Fin.',
    sentences: ['Il part ; elle reste.', 'Fin.'],
  },
  { case: 'spaced question and exclamation marks', text: 'Quoi ? Rien !', sentences: ['Quoi ?', 'Rien !'] },
  {
    case: 'abbreviations before numbers',
    text: 'Voir p. 12 et chap. 3. Ensuite.',
    sentences: ['Voir p. 12 et chap. 3.', 'Ensuite.'],
  },
  {
    case: 'av. J.-C. inside a sentence',
    text: 'Il est né en 50 av. J.-C. et mort jeune.',
    sentences: ['Il est né en 50 av. J.-C. et mort jeune.'],
  },
  {
    case: 'etc. ends a sentence before a capital',
    text: 'Des pommes, des poires, etc. Le marché était fermé.',
    sentences: ['Des pommes, des poires, etc.', 'Le marché était fermé.'],
  },
  {
    case: 'hours written with h.',
    text: 'Ils arrivèrent à 13 h. 30 au sommet. Bien.',
    sentences: ['Ils arrivèrent à 13 h. 30 au sommet.', 'Bien.'],
  },
  {
    case: 'a unit after a number ends a sentence',
    text: 'Le sommet culmine à 8125 m. Ces deux cimes sont hautes.',
    sentences: ['Le sommet culmine à 8125 m.', 'Ces deux cimes sont hautes.'],
  },
  {
    case: 'p. ex. before a name',
    text: 'Une ville, p. ex. Paris, est grande. Oui.',
    sentences: ['Une ville, p. ex. Paris, est grande.', 'Oui.'],
  },
  {
    case: 'numbered rules after a colon and after a stop',
    text: 'Trois règles : 1. Les expéditions paient. 2. Le gouvernement décide.',
    sentences: ['Trois règles : 1. Les expéditions paient.', '2. Le gouvernement décide.'],
  },
  {
    case: 'an ellipsis before a capital and before lowercase',
    text: 'Il attendit… Puis il partit… puis revint.',
    sentences: ['Il attendit…', 'Puis il partit… puis revint.'],
  },
  {
    case: 'a whole quoted sentence in guillemets',
    text: '« Je pars demain. » Il partit. « Vraiment ? » Oui.',
    sentences: ['« Je pars demain. »', 'Il partit.', '« Vraiment ? »', 'Oui.'],
  },
  {
    case: 'tokenized text: a lone full stop after a bracket continues',
    text: 'Est-ce haut ( 8189 m ?) . Oui.',
    sentences: ['Est-ce haut ( 8189 m ?) .', 'Oui.'],
  },
  {
    case: 'tokenized text: a list item after a spaced stop and bracket',
    text: 'Londres 1955 . ) 13. L’année fut calme.',
    sentences: ['Londres 1955 . ) 13. L’année fut calme.'],
  },
]

describe('French sentence rules', () => {
  test.each(ROWS)('$case', ({ text, sentences }) => {
    expect(segmentSentences(text, 'fr')).toEqual(sentences)
  })
})
