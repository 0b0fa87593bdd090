import { describe, expect, test } from 'vitest'
import { compileRules, ruleSetsFor } from './compile-rules'
import { SEGMENTATION_RULES } from './rules'

describe('SEGMENTATION_RULES', () => {
  test.each(SEGMENTATION_RULES.languageMaps.map((map) => map.ruleSet))(
    'the rule set %s compiles with bounded patterns',
    (name) => {
      const lang = name === 'default' ? 'und' : name
      expect(ruleSetsFor(SEGMENTATION_RULES, lang)).toEqual(name === 'default' ? ['default'] : [name, 'default'])
      expect(() => compileRules(SEGMENTATION_RULES, lang)).not.toThrow()
    },
  )

  test('every rule set and every list is used', () => {
    const mapped = new Set(SEGMENTATION_RULES.languageMaps.map((map) => map.ruleSet))
    expect(Object.keys(SEGMENTATION_RULES.ruleSets).filter((name) => !mapped.has(name))).toEqual([])
    const patterns = Object.values(SEGMENTATION_RULES.ruleSets)
      .flat()
      .map((rule) => `${rule.before} ${rule.after}`)
      .join(' ')
    expect(Object.keys(SEGMENTATION_RULES.lists).filter((name) => !patterns.includes(`{@list:${name}}`))).toEqual([])
  })
})
