import { describe, expect, test } from 'vitest'
import { parseXliff } from '@/lib/formats/read-xliff'
import { createUnitSelector } from './select-units'

async function select(xliff: string) {
  const file = await parseXliff(xliff)
  const selector = createUnitSelector(file.header)
  return file.units.flatMap((u, i) => selector.select(u, i + 1) ?? [])
}

describe('createUnitSelector', () => {
  test('the notes of an XLIFF unit without target keep their authors on the empty target', async () => {
    const units = await select(
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" datatype="plaintext" source-language="en" target-language="de"><body>` +
        `<trans-unit id="1"><source>Later.</source><note from="anna">Wait for the glossary.</note></trans-unit>` +
        `</body></file></xliff>`,
    )
    expect(units[0]!.targets.map((t) => [t.lang, t.text, t.comments])).toEqual([
      ['de', '', [{ author: 'anna', text: 'Wait for the glossary.' }]],
    ])
  })
})
