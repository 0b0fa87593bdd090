import { describe, expect, test } from 'vitest'
import { parseTmx } from './read-tmx'
import { parseXliff } from './read-xliff'

// Issue #8 (8): 10,000 nested <g> took 42 s and 20,000 inline codes 65 s: the marks of every
// text run were recomputed from all the open codes.
const xliff = (source: string) => `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="fr" datatype="plaintext" original="a"><body>
<trans-unit id="1"><source>${source}</source><target>x</target></trans-unit></body></file></xliff>`

describe('inline codes in one segment', () => {
  test('50,000 nested XLIFF <g> with text at each level: one mark per kind, in order', async () => {
    const depth = 50_000
    const open = Array.from({ length: depth }, (_, k) => `<g id="${k}" ctype="${k % 2 ? 'italic' : 'bold'}">a`).join('')
    const file = await parseXliff(xliff(`${open}${'</g>'.repeat(depth)}z`))
    expect(file.units[0]!.source!.content.content[0]!.content).toEqual([
      { type: 'text', text: 'a', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'a'.repeat(depth - 1), marks: [{ type: 'bold' }, { type: 'italic' }] },
      { type: 'text', text: 'z' },
    ])
  })

  test('TMX codes that close out of order leave the marks of the codes still open', async () => {
    const depth = 50_000
    const bpt = (i: number, type: string) => `<bpt i="${i}" type="${type}">&lt;x&gt;</bpt>`
    const ept = (i: number) => `<ept i="${i}">&lt;/x&gt;</ept>`
    // Opens bold, italic, bold, italic, …; closes the first half (outermost first), then the rest.
    const opens = Array.from({ length: depth }, (_, i) => bpt(i, i % 2 ? 'italic' : 'bold') + 'a').join('')
    const firstCloses = Array.from({ length: depth / 2 }, (_, i) => ept(i)).join('')
    const lastCloses = Array.from({ length: depth / 2 }, (_, i) => ept(depth / 2 + i)).join('')
    const seg = `${opens}${firstCloses}b${lastCloses}c`
    const file = await parseTmx(
      `<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="x" adminlang="en" srclang="en" datatype="html"/><body><tu><tuv xml:lang="en"><seg>${seg}</seg></tuv></tu></body></tmx>`,
    )
    expect(file.units[0]!.source!.content.content[0]!.content).toEqual([
      { type: 'text', text: 'a', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'a'.repeat(depth - 1) + 'b', marks: [{ type: 'bold' }, { type: 'italic' }] },
      { type: 'text', text: 'c' },
    ])
  })

  test('20,000 placeholders in one TMX segment are all kept', async () => {
    const seg = Array.from({ length: 20_000 }, (_, i) => `w${i}<ph x="${i}">&lt;img/&gt;</ph>`).join(' ')
    const file = await parseTmx(
      `<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="x" adminlang="en" srclang="en" datatype="html"/><body><tu><tuv xml:lang="en"><seg>${seg}</seg></tuv></tu></body></tmx>`,
    )
    const source = file.units[0]!.source!
    expect(source.placeholders).toHaveLength(20_000)
    expect(source.text).toBe(Array.from({ length: 20_000 }, (_, i) => `w${i}⟦<img/>⟧`).join(' '))
  })
})
