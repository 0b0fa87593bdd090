import { describe, expect, test } from 'vitest'
import { parseXliff } from './read-xliff'

describe('parseXliff', () => {
  test('reads XLIFF 1.2 targets, states, notes and g/x inline codes', async () => {
    const file = await parseXliff(`<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="ru" datatype="html" original="a.html"><header><tool tool-id="x"/></header><body>
  <trans-unit id="1"><source>Hi <g id="1" ctype="bold">there</g><x id="2" ctype="lb"/>you</source>
   <target state="translated">Привет <g id="1" ctype="bold">всем</g><x id="2" ctype="lb"/>вам</target><note from="Eva">Check</note></trans-unit>
  <trans-unit id="2" approved="yes"><source>Two <bpt id="1">&lt;span&gt;</bpt>x<ept id="1">&lt;/span&gt;</ept></source><target>Два</target></trans-unit>
  <trans-unit id="3"><source>Three</source><target state="needs-review-translation">Три</target><alt-trans><target>ignored</target></alt-trans></trans-unit>
  <trans-unit id="4"><source>Four</source></trans-unit>
 </body></file></xliff>`)
    expect(file.header).toMatchObject({ format: 'xliff-1.2', sourceLang: 'en', targetLangs: ['ru'] })
    expect(file.units.map((u) => [u.id, u.targets[0]?.status])).toEqual([
      ['1', 'translated'],
      ['2', 'approved'],
      ['3', 'draft'],
      ['4', undefined],
    ])
    const first = file.units[0]!
    expect(first.targets[0]!.content.content[0]!.content).toEqual([
      { type: 'text', text: 'Привет ' },
      { type: 'text', text: 'всем', marks: [{ type: 'bold' }] },
      { type: 'hardBreak' },
      { type: 'text', text: 'вам' },
    ])
    expect(first.targets[0]!.comments).toEqual([{ author: 'Eva', text: 'Check' }])
    expect(file.units[1]!.source!.text).toBe('Two ⟦<span>⟧x⟦</span>⟧')
  })

  test('reads XLIFF 2.0 files from other tools: sc/ec pairs, cp, mrk and several segments per unit', async () => {
    const file =
      await parseXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ko"><file id="f">
      <unit id="u1"><originalData><data id="d1">&lt;strong&gt;</data><data id="d2">&lt;/strong&gt;</data><data id="d3">{0}</data></originalData>
      <segment state="reviewed"><source><sc id="1" dataRef="d1"/>Bold<ec startRef="1" dataRef="d2"/> <ph id="2" dataRef="d3"/><cp hex="41"/></source><target><sc id="1" dataRef="d1"/>굵게<ec startRef="1" dataRef="d2"/> <ph id="2" dataRef="d3"/><mrk id="m1" type="term">A</mrk></target></segment>
      <segment id="s2"><source>Second</source></segment></unit></file></xliff>`)
    expect(file.units.map((u) => u.id)).toEqual(['u1:1', 'u1:s2'])
    expect(file.units[0]!.source!.text).toBe('Bold ⟦{0}⟧A')
    expect(file.units[0]!.targets[0]).toMatchObject({ status: 'translated', text: '굵게 ⟦{0}⟧A' })
    expect(file.units[0]!.targets[0]!.content.content[0]!.content![0]).toEqual({
      type: 'text',
      text: '굵게',
      marks: [{ type: 'bold' }],
    })
  })

  test.each([
    [
      'no srcLang',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1"><file id="f"/></xliff>',
      'errors.import.noSrcLang',
    ],
    [
      'XXE',
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="2.1" srcLang="en">&e;</xliff>',
      'errors.import.doctype',
    ],
    [
      'a bad state',
      '<xliff version="2.1" srcLang="en"><file id="f"><unit id="u"><segment state="done"><source>a</source></segment></unit></file></xliff>',
      'errors.check.invalidState',
    ],
    [
      'a translated segment with no target',
      '<xliff version="2.1" srcLang="en"><file id="f"><unit id="u"><segment state="final"><source>a</source></segment></unit></file></xliff>',
      'errors.check.missingTarget',
    ],
  ])('refuses %s with a stable code', async (_name, input, code) => {
    await expect(parseXliff(input)).rejects.toMatchObject({ code })
  })
})
