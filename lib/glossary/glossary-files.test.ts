import { execFileSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import type { ReadTermRow } from './glossary-file'
import { readGlossaryCsv, GlossaryCsvError } from './read-glossary-csv'
import { readTbx } from './read-tbx'
import type { TermFields } from './term'
import { writeGlossaryCsv } from './write-glossary-csv'
import { writeTbx } from './write-tbx'

const TERMS: TermFields[] = [
  {
    sourceTerm: 'contract',
    targetTerm: 'договор',
    partOfSpeech: 'noun',
    definition: 'A written, "binding" agreement, with commas; and <angle> & ampersands.',
    note: 'Legal texts.\nSecond line.',
    forbidden: ['контракт', 'соглашение'],
  },
  {
    sourceTerm: 'translation memory',
    targetTerm: '번역 메모리',
    partOfSpeech: '',
    definition: '',
    note: '',
    forbidden: [],
  },
  { sourceTerm: 'sign', targetTerm: 'подписать', partOfSpeech: 'verb', definition: '', note: '', forbidden: [] },
]
const PAIR = { srcLang: 'en', tgtLang: 'ru' }
const termsOf = (rows: ReadTermRow[]) => rows.map((r) => ('term' in r ? r.term : r.problem))

describe('writeGlossaryCsv / readGlossaryCsv', () => {
  test('round-trips term pairs with quotes, commas, line breaks, Cyrillic and Korean', () => {
    expect(termsOf(readGlossaryCsv(writeGlossaryCsv(TERMS)).rows)).toEqual(TERMS)
  })

  test('reads a semicolon-separated file with other column names and order, and reports bad rows by row number', () => {
    const csv = 'Target Term;Source Term;POS\nдоговор;contract;Noun\n;orphan;\nслово;word;n.\n'
    expect(readGlossaryCsv(csv).rows).toEqual([
      { at: 2, term: { ...TERMS[0]!, definition: '', note: '', forbidden: [] } },
      { at: 3, problem: 'emptyTarget', sourceTerm: 'orphan' },
      { at: 4, problem: 'partOfSpeech', sourceTerm: 'word' },
    ])
  })

  test('numbers rows as a spreadsheet does: blank lines count, a cell over two lines is one row', () => {
    const csv = 'source,target,note\r\n\r\nsign,подписать,"two\r\nlines"\r\n,orphan,\r\n\r\nword,,\r\n'
    expect(readGlossaryCsv(csv).rows.map((r) => [r.at, 'term' in r ? r.term.sourceTerm : r.problem])).toEqual([
      [3, 'sign'],
      [4, 'emptySource'],
      [6, 'emptyTarget'],
    ])
  })

  test('a cell a spreadsheet would run as a formula is written behind an apostrophe, and read back as it was', () => {
    const risky: TermFields[] = [
      { ...TERMS[2]!, sourceTerm: '=HYPERLINK("http://x.example","y")', targetTerm: '+cmd|calc', note: '@SUM(1)' },
      {
        ...TERMS[2]!,
        sourceTerm: '-ish',
        targetTerm: "'=already quoted",
        definition: "'plain",
        forbidden: ['=x', 'y'],
      },
    ]
    const csv = writeGlossaryCsv(risky)
    const cells = csv.split('\r\n').slice(1).join(',')
    // No cell of a row begins with what starts a formula: each such one begins with an apostrophe.
    expect(cells).not.toMatch(/(^|,)"?[=+\-@]/)
    expect(cells).toContain(`"'=HYPERLINK(""http://x.example"",""y"")"`)
    expect(cells).toContain(`''=already quoted`)
    expect(cells).toContain(`'plain`)
    expect(termsOf(readGlossaryCsv(csv).rows)).toEqual(risky)
  })

  test('a file without source and target columns is refused', () => {
    expect(() => readGlossaryCsv('term,translation\na,b\n')).toThrow(GlossaryCsvError)
  })
})

describe('writeTbx / readTbx', () => {
  test('round-trips term pairs, forbidden variants as deprecated terms', async () => {
    const read = await readTbx(writeTbx(TERMS, PAIR), PAIR)
    expect(termsOf(read.rows)).toEqual(TERMS)
    expect(read).toMatchObject({ srcLang: 'en', tgtLang: 'ru' })
  })

  test('reads TBX v3 (conceptEntry, langSec, termSec) and pairs every usable source term with every target term', async () => {
    const tbx = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <descrip type="definition">A file folder.</descrip>
      <langSec xml:lang="en-US">
        <termSec><term>folder</term><termNote type="partOfSpeech">noun</termNote></termSec>
        <termSec><term>directory</term></termSec>
      </langSec>
      <langSec xml:lang="de">
        <termSec><term>Ordner</term></termSec>
        <termSec><term>Verzeichnis</term><termNote type="administrativeStatus">forbidden</termNote></termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="c2"><langSec xml:lang="fr"><termSec><term>dossier</term></termSec></langSec></conceptEntry>
  </body></text>
</tbx>`
    const { rows } = await readTbx(tbx, { srcLang: 'en', tgtLang: 'de' })
    const base = { targetTerm: 'Ordner', definition: 'A file folder.', note: '', forbidden: ['Verzeichnis'] }
    expect(rows).toEqual([
      { at: 1, term: { ...base, sourceTerm: 'folder', partOfSpeech: 'noun' } },
      { at: 1, term: { ...base, sourceTerm: 'directory', partOfSpeech: '' } },
      { at: 2, problem: 'language', sourceTerm: 'dossier' },
    ])
  })

  test('a TBX declaring entities is refused by the safe XML reader', async () => {
    const evil = '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x "boom">]><martif><text><body/></text></martif>'
    await expect(readTbx(evil, PAIR)).rejects.toMatchObject({ code: 'errors.import.doctype' })
  })

  test("the export is read back by translate-toolkit's TBX reader (Debian python3-translate)", () => {
    const script = [
      'import sys, json',
      'from translate.storage import tbx',
      'store = tbx.tbxfile.parsestring(sys.stdin.buffer.read())',
      'print(json.dumps([{"source": u.source, "target": u.target, "pos": u.getnotes("pos"),',
      '  "definition": u.getnotes("definition"), "note": u.getnotes()} for u in store.units], ensure_ascii=False))',
    ].join('\n')
    const out = execFileSync('/usr/bin/python3', ['-c', script], { input: writeTbx(TERMS, PAIR), encoding: 'utf8' })
    const units = JSON.parse(out) as Array<Record<string, string>>
    expect(units.map((u) => [u.source, u.target])).toEqual(TERMS.map((t) => [t.sourceTerm, t.targetTerm]))
    expect(units[0]!.pos).toContain('noun')
    expect(units[0]!.definition).toBe(TERMS[0]!.definition)
    expect(units[0]!.note).toBe(TERMS[0]!.note)
    expect(units[1]!.pos).toBe('preferredTerm-admn-sts')
  })
})
