import type { FormatErrorCode } from '../format-error'

// Small hand-made XLIFF 2.1 files, each breaking one rule of the schema or of the specification's constraints, and
// valid ones. `expected` lists the error problems a check must report, as [code, line, text the column points at]
// (see `positionOf`).

const NS = 'xmlns="urn:oasis:names:tc:xliff:document:2.0"'
const LANGS = 'srcLang="en" trgLang="ru"'

/** A file whose lines are `lines` (line 1 is the XML declaration). */
export type Xliff2Case = {
  name: string
  lines: string[]
  expected: [FormatErrorCode, number, string][]
}

const file = (body: string[], root = LANGS, extra = ''): string[] => [
  '<?xml version="1.0" encoding="UTF-8"?>',
  `<xliff ${NS}${extra} version="2.1" ${root}>`,
  '<file id="f1">',
  ...body,
  '</file>',
  '</xliff>',
]
const unit = (...inner: string[]) => ['<unit id="u1">', ...inner, '</unit>']

/** The text of a case. */
export const caseText = (c: { lines: string[] }) => `${c.lines.join('\n')}\n`

/** [line, column] of the first `needle` on line `line` of a case; a `^` in the needle marks the column. */
export function positionOf(lines: string[], line: number, needle: string): [number, number] {
  const found = (lines[line - 1] ?? '').indexOf(needle.replace('^', ''))
  if (found === -1) throw new Error(`"${needle}" is not on line ${line}`)
  return [line, found + Math.max(0, needle.indexOf('^')) + 1]
}

export const INVALID_XLIFF2: Xliff2Case[] = [
  {
    name: 'two units of a file share an id',
    lines: file([
      '<unit id="u1"><segment><source>a</source></segment></unit>',
      '<unit id="u1"><segment><source>b</source></segment></unit>',
    ]),
    expected: [['errors.check.duplicateUnitId', 5, '<unit']],
  },
  {
    name: 'two files share an id',
    lines: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<xliff ${NS} version="2.1" ${LANGS}>`,
      '<file id="f1"><unit id="u1"><segment><source>a</source></segment></unit></file>',
      '<file id="f1"><unit id="u1"><segment><source>b</source></segment></unit></file>',
      '</xliff>',
    ],
    expected: [['errors.check.duplicateFileId', 4, '<file']],
  },
  {
    name: 'two segments of a unit share an id',
    lines: file(unit('<segment id="s1"><source>a</source></segment>', '<segment id="s1"><source>b</source></segment>')),
    expected: [['errors.check.duplicateSegmentId', 6, '<segment']],
  },
  {
    name: 'two inline codes of a unit share an id',
    lines: file(unit('<segment><source>a<ph id="1"/>b<ph id="1"/></source></segment>')),
    expected: [['errors.check.duplicateInlineId', 5, 'b^<ph']],
  },
  {
    name: 'an inline code takes the id of a segment',
    lines: file(unit('<segment id="1"><source>a<ph id="1"/></source></segment>')),
    expected: [['errors.check.duplicateInlineId', 5, '<ph']],
  },
  {
    name: 'two <data> of a unit share an id',
    lines: file(
      unit(
        '<originalData><data id="d1">&lt;br&gt;</data><data id="d1">&lt;hr&gt;</data></originalData>',
        '<segment><source>a<ph id="1" dataRef="d1"/></source></segment>',
      ),
    ),
    expected: [['errors.check.duplicateDataId', 5, '<data id="d1">&lt;hr']],
  },
  {
    name: 'two groups of a file share an id',
    lines: file([
      '<group id="g1"><unit id="u1"><segment><source>a</source></segment></unit></group>',
      '<group id="g1"><unit id="u2"><segment><source>b</source></segment></unit></group>',
    ]),
    expected: [['errors.check.duplicateGroupId', 5, '<group']],
  },
  {
    name: 'two notes of a <notes> share an id',
    lines: file(
      unit('<notes><note id="n1">a</note><note id="n1">b</note></notes>', '<segment><source>a</source></segment>'),
    ),
    expected: [['errors.check.duplicateNoteId', 5, 'a</note>^<note']],
  },
  {
    name: 'an extension attribute on an inline code',
    lines: file(
      unit('<segment><source><pc id="1" my:bad="val">text</pc></source></segment>'),
      LANGS,
      ' xmlns:my="myNS"',
    ),
    expected: [['errors.check.extensionAttribute', 5, '<pc']],
  },
  {
    name: 'a segment has a subState but no state',
    lines: file(unit('<segment subState="my:draft"><source>a</source></segment>')),
    expected: [['errors.check.missingAttribute', 5, '<segment']],
  },
  {
    name: 'a <skeleton> has both href and content',
    lines: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<xliff ${NS} version="2.1" ${LANGS}>`,
      '<file id="f1"><skeleton href="a.skl">text</skeleton>',
      '<unit id="u1"><segment><source>a</source></segment></unit></file>',
      '</xliff>',
    ],
    expected: [['errors.check.invalidAttribute', 3, '<skeleton']],
  },
  {
    name: 'a code has both copyOf and dataRef',
    lines: file(
      unit(
        '<originalData><data id="d1">x</data></originalData>',
        '<segment><source><ph id="1" dataRef="d1"/><ph id="2" copyOf="1" dataRef="d1"/></source></segment>',
      ),
    ),
    expected: [['errors.check.invalidAttribute', 6, '/>^<ph']],
  },
  {
    name: 'an isolated <ec> has a startRef',
    lines: file(unit('<segment><source>a<ec id="1" isolated="yes" startRef="1"/></source></segment>')),
    expected: [['errors.check.invalidAttribute', 5, '<ec']],
  },
  {
    name: 'an <em> closes no <sm>',
    lines: file(unit('<segment><source>a<em startRef="m1"/></source></segment>')),
    expected: [['errors.check.unpairedCode', 5, '<em']],
  },
  {
    name: 'a target order past the last segment',
    lines: file(unit('<segment><source>a</source><target order="2">б</target></segment>')),
    expected: [['errors.check.invalidAttribute', 5, '<target']],
  },
  {
    name: 'a dataRefEnd names no <data>',
    lines: file(
      unit(
        '<originalData><data id="d1">code1</data><data id="d2">code2</data></originalData>',
        '<segment><source><pc id="1" dataRefStart="d1" dataRefEnd="badId">text</pc></source></segment>',
      ),
    ),
    expected: [['errors.check.unknownDataRef', 6, '<pc']],
  },
  {
    name: 'an <ec> closes no <sc>',
    lines: file(unit('<segment><source>a<ec startRef="c1"/>b</source></segment>')),
    expected: [['errors.check.unpairedCode', 5, '<ec']],
  },
  {
    name: 'an <sc> is never closed',
    lines: file(unit('<segment><source>a<sc id="c1"/>b</source></segment>')),
    expected: [['errors.check.unpairedCode', 5, '<sc']],
  },
  {
    name: 'a dataRef names a <data> the unit does not have',
    lines: file(
      unit(
        '<originalData><data id="d1">&lt;br/&gt;</data></originalData>',
        '<segment><source>a<ph id="1" dataRef="d9"/></source></segment>',
      ),
    ),
    expected: [['errors.check.unknownDataRef', 6, '<ph']],
  },
  {
    name: 'a <target> while <xliff> has no trgLang',
    lines: file(unit('<segment><source>a</source><target>б</target></segment>'), 'srcLang="en"'),
    expected: [['errors.check.noTrgLang', 5, '<target']],
  },
  {
    name: '<xliff> has no srcLang',
    lines: file(unit('<segment><source>a</source></segment>'), 'trgLang="ru"'),
    expected: [
      ['errors.import.noSrcLang', 2, '<xliff'],
      ['errors.check.schema', 2, '<xliff'],
    ],
  },
  {
    name: 'trgLang is not a BCP 47 tag',
    lines: file(unit('<segment><source>a</source></segment>'), 'srcLang="en" trgLang="ru_RU"'),
    expected: [
      ['errors.language.invalid', 2, '<xliff'],
      ['errors.check.schema', 2, '<xliff'],
    ],
  },
  {
    name: 'the xml:lang of a <source> is not srcLang',
    lines: file(unit('<segment><source xml:lang="de">a</source></segment>')),
    expected: [['errors.check.langMismatch', 5, '<source']],
  },
  {
    name: 'an unknown element in the core namespace',
    lines: file(unit('<segment><source>a<b>bold</b></source></segment>')),
    expected: [['errors.check.schema', 5, '<b>']],
  },
  {
    name: 'an attribute value outside its list',
    lines: file(['<unit id="u1" translate="maybe">', '<segment><source>a</source></segment>', '</unit>']),
    expected: [['errors.check.schema', 4, '<unit']],
  },
  {
    name: 'an attribute the element does not have',
    lines: file(unit('<segment><source>a<pc id="1" ctype="bold">b</pc></source></segment>')),
    expected: [['errors.check.schema', 5, '<pc']],
  },
  {
    name: 'a unit without a segment',
    lines: file(['<unit id="u1">', '</unit>']),
    expected: [['errors.check.schema', 4, '<unit']],
  },
  {
    name: 'a Format Style attribute with a value the module does not allow',
    lines: file(
      ['<unit id="u1" fs:fs="blink">', '<segment><source>a</source></segment>', '</unit>'],
      LANGS,
      ' xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0"',
    ),
    expected: [['errors.check.schema', 4, '<unit']],
  },
  {
    name: 'Metadata module elements after <originalData>',
    lines: file(
      unit(
        '<originalData><data id="d1">x</data></originalData>',
        '<mda:metadata><mda:metaGroup><mda:meta type="k">v</mda:meta></mda:metaGroup></mda:metadata>',
        '<segment><source>a<ph id="1" dataRef="d1"/></source></segment>',
      ),
      LANGS,
      ' xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"',
    ),
    expected: [['errors.check.schema', 6, '<mda:metadata']],
  },
  {
    name: 'a start tag over three lines with a bad value',
    lines: file([
      '<unit',
      '  id="u1"',
      '  canResegment="perhaps">',
      '<segment><source>a</source></segment>',
      '</unit>',
    ]),
    expected: [['errors.check.schema', 4, '<unit']],
  },
]

export const VALID_XLIFF2: Xliff2Case[] = [
  {
    name: 'paired codes with original data, in the source and the target',
    lines: file(
      unit(
        '<originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>',
        '<segment id="s1" state="translated">',
        '<source>a <sc id="1" dataRef="d1"/>b<ec startRef="1" dataRef="d2"/> <pc id="2" dataRefStart="d1" dataRefEnd="d2">c</pc></source>',
        '<target>а <sc id="1" dataRef="d1"/>б<ec startRef="1" dataRef="d2"/> <pc id="2" dataRefStart="d1" dataRefEnd="d2">в</pc></target>',
        '</segment>',
        '<ignorable id="i1"><source> </source></ignorable>',
        '<segment id="s2"><source>x<sc id="3" isolated="yes"/></source><target>х<sc id="3" isolated="yes"/></target></segment>',
      ),
    ),
    expected: [],
  },
  {
    name: 'a code opened in one segment and closed in the next, and module elements',
    lines: file(
      unit(
        '<mtc:matches><mtc:match ref="#s1"><source>a</source><target>б</target></mtc:match></mtc:matches>',
        '<segment id="s1"><source>a<sc id="1"/>b</source><target xml:lang="ru">а<sc id="1"/>б</target></segment>',
        '<segment id="s2"><source>c<ec startRef="1"/></source><target>в<ec startRef="1"/></target></segment>',
      ),
      LANGS,
      ' xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"',
    ),
    expected: [],
  },
  {
    name: 'module attributes on codes, markers, a code point, notes, a skeleton and reordered targets',
    lines: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<xliff ${NS} xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0" xmlns:my="myNS" version="2.1" ${LANGS} my:ok="1">`,
      '<file id="f1"><skeleton href="a.skl"/><notes><note id="n1">a</note><note id="n2">b</note></notes>',
      '<group id="g1"><unit id="u1" my:ok="2">',
      '<segment id="s1" state="initial" subState="my:new"><source><pc id="1" fs:fs="b">a</pc><sm id="m1" type="comment" value="c"/>b<em startRef="m1"/><cp hex="0001"/></source><target order="2">б</target></segment>',
      '<segment id="s2"><source>c</source><target order="1">в</target></segment>',
      '</unit></group></file>',
      '</xliff>',
    ],
    expected: [],
  },
]
