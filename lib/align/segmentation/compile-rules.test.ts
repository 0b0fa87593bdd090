import { describe, expect, test } from 'vitest'
import { assertBounded, compileRules, ruleSetsFor, type SegmentationRules } from './compile-rules'
import { splitWithRules } from './split-with-rules'

const RULES: SegmentationRules = {
  classes: { STOP: '[.!?]', END: '{@STOP}' },
  lists: { titles: 'dr z.b' },
  ruleSets: {
    default: [{ break: true, before: '{@END}', after: String.raw`\s` }],
    xx: [
      { break: false, before: String.raw`(?:{@list:titles})\.`, after: String.raw`\s` },
      { break: false, before: String.raw`(?<!\p{L})\p{L}\.`, after: String.raw`\s\p{L}\.` },
      { break: true, before: ';', after: String.raw`\s` },
    ],
  },
  languageMaps: [
    { pattern: '^xx(?:-|$)', ruleSet: 'xx' },
    { pattern: '', ruleSet: 'default' },
  ],
}

const split = (text: string, lang: string) => splitWithRules(text, compileRules(RULES, lang))

describe('ruleSetsFor', () => {
  test('every matching language map adds its rule set, in order (SRX cascade)', () => {
    expect(ruleSetsFor(RULES, 'xx')).toEqual(['xx', 'default'])
    expect(ruleSetsFor(RULES, 'XX_yy')).toEqual(['xx', 'default'])
    expect(ruleSetsFor(RULES, 'xxx')).toEqual(['default'])
  })
})

describe('compileRules', () => {
  test('the first rule that matches decides, so a language exception beats a default break', () => {
    expect(split('Dr. Who came. He left.', 'xx')).toEqual(['Dr. Who came.', 'He left.'])
    expect(split('Dr. Who came. He left.', 'en')).toEqual(['Dr.', 'Who came.', 'He left.'])
  })

  test('a language may add breaks the default does not make', () => {
    expect(split('One; two. Three', 'xx')).toEqual(['One;', 'two.', 'Three'])
    expect(split('One; two. Three', 'en')).toEqual(['One; two.', 'Three'])
  })

  test('listed words match in any case and with a space after an inner full stop', () => {
    expect(split('Es ist z. B. gut. Z.B. Äpfel. DR. No.', 'xx')).toEqual([
      'Es ist z. B. gut.',
      'Z.B. Äpfel.',
      'DR. No.',
    ])
  })

  test('compiles each language once', () => {
    expect(compileRules(RULES, 'xx-a')).toBe(compileRules(RULES, 'xx-b'))
  })

  test('an unknown class, list or rule set is an error', () => {
    const broken = (change: Partial<SegmentationRules>) => () => compileRules({ ...RULES, ...change }, 'xx')
    expect(broken({ classes: {} })).toThrow(/no class "END"/)
    expect(broken({ lists: {} })).toThrow(/no list "titles"/)
    expect(broken({ languageMaps: [{ pattern: '', ruleSet: 'yy' }] })).toThrow(/no rule set "yy"/)
  })

  test('an unbounded quantifier in a rule is an error', () => {
    const ruleSets = { default: [{ break: true, before: String.raw`\w+\.`, after: String.raw`\s` }] }
    expect(() => compileRules({ ...RULES, ruleSets }, 'zz')).toThrow(/unbounded/)
  })
})

describe('assertBounded', () => {
  test.each([String.raw`\s*`, 'a+', 'x{2,}', String.raw`(?:ab)+`])('refuses %s', (pattern) => {
    expect(() => assertBounded(pattern)).toThrow(/unbounded/)
  })

  test.each([String.raw`[*+]`, String.raw`\+\*`, String.raw`\p{L}{0,3}`, 'a{2}', String.raw`[\]+]x?`])(
    'accepts %s',
    (pattern) => {
      expect(() => assertBounded(pattern)).not.toThrow()
    },
  )
})
