import type { RichDoc, RichInline } from '@/lib/richtext/types'
import type { SegmentStatus } from '@/lib/workbench/segment-states'
import type { AlignedDocument, AlignedLink, SentenceLink, SourceParagraph, TargetSegment } from '../aligned-document'

export const FIXED_DATE = new Date('2024-05-06T07:08:09Z')
const T1 = new Date('2024-01-02T03:04:05Z')
const T2 = new Date('2024-02-03T04:05:06Z')

const text = (value: string, marks?: NonNullable<Extract<RichInline, { type: 'text' }>['marks']>): RichInline =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value }
const doc = (...paragraphs: RichInline[][]): RichDoc => ({
  type: 'doc',
  content: paragraphs.map((content) => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' })),
})
const plain = (d: RichDoc) =>
  d.content.map((p) => (p.content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('')).join(' ')

const SOURCES: RichDoc[] = [
  doc([
    text('Hello '),
    text('bold', [{ type: 'bold' }]),
    text(' & <friends> "quoted" \'single\' '),
    text('link', [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b="2"' } }, { type: 'italic' }]),
    text('.'),
  ]),
  doc([text('Second paragraph.')]),
  doc([text('Third paragraph.')]),
  doc([text('Fourth, with a'), { type: 'hardBreak' }, text('break. And x'), text('2', [{ type: 'superscript' }]), text('.')]),
  doc([text('Fifth, left unaligned in Russian.')]),
  doc([text('Sixth: Russian left it empty.')]),
  doc([text('Seventh and last.')]),
]

/** Source paragraphs p0..p6. */
export const sourceParagraphs: SourceParagraph[] = SOURCES.map((content, position) => ({
  id: `p${position}`,
  position,
  content,
  text: plain(content),
}))

let segmentCount = 0
function segment(lang: string, content: RichDoc, status: SegmentStatus, comments?: TargetSegment['comments']): TargetSegment {
  const position = segmentCount++
  return {
    id: `${lang}-s${position}`,
    position,
    content,
    text: plain(content),
    status,
    version: 1,
    createdBy: 'Anna',
    updatedBy: status === 'approved' ? 'Boris' : 'Anna',
    createdAt: T1,
    updatedAt: T2,
    ...(comments ? { comments } : {}),
  }
}

function link(lang: string, position: number, source: number[], target: TargetSegment[], extra: Partial<AlignedLink> = {}): AlignedLink {
  return {
    id: `${lang}-l${position}`,
    position,
    source: source.map((p) => sourceParagraphs[p]!),
    target,
    confidence: 0.9,
    confirmed: true,
    ...extra,
  }
}

function russianLinks(): AlignedLink[] {
  segmentCount = 0
  return [
    link('ru', 0, [0], [
      segment('ru', doc([text('Привет, '), text('жирный', [{ type: 'bold' }]), text(' & <друзья> "кавычки" \'одинарные\' '), text('ссылка', [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b="2"' } }, { type: 'italic' }]), text('.')]), 'approved', [
        { author: 'Boris', text: 'Checked <quotes> & all', createdAt: T2 },
      ]),
    ]),
    link('ru', 1, [1, 2], [segment('ru', doc([text('Второй и третий абзацы.')]), 'translated')], { confidence: 0.75 }),
    link('ru', 2, [3], [
      segment('ru', doc([text('Четвёртый, с'), { type: 'hardBreak' }, text('переносом.')]), 'draft'),
      segment('ru', doc([text('И x'), text('2', [{ type: 'superscript' }]), text('.')]), 'translated'),
    ], { confirmed: false, confidence: null }),
    link('ru', 3, [4], []),
    link('ru', 4, [5], [segment('ru', doc([]), 'empty')]),
    link('ru', 5, [6], [segment('ru', doc([text('Седьмой и последний.')]), 'approved')]),
  ]
}

const KO_SENTENCES: SentenceLink[] = [
  { source: ['Hello bold & <friends> "quoted" \'single\' link.'], target: ['안녕하세요, 굵게 & <친구들> "인용" \'작은\' 링크.'], confidence: 0.8 },
]

function koreanLinks(): AlignedLink[] {
  segmentCount = 0
  const ko = [
    doc([text('안녕하세요, '), text('굵게', [{ type: 'bold' }]), text(' & <친구들> "인용" \'작은\' '), text('링크', [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b="2"' } }, { type: 'italic' }]), text('.')]),
    doc([text('두 번째 문단.')]),
    doc([text('세 번째 문단.')]),
    doc([text('네 번째,'), { type: 'hardBreak' }, text('줄바꿈. 그리고 x'), text('2', [{ type: 'superscript' }]), text('.')]),
    doc([text('다섯 번째.')]),
    doc([text('여섯 번째.')]),
    doc([text('일곱 번째.')]),
  ]
  const links = ko.map((content, i) =>
    link('ko', i, [i], [segment('ko', content, i === 2 ? 'draft' : 'approved')], i === 0 ? { sentenceLinks: KO_SENTENCES } : {}),
  )
  links.push(link('ko', 7, [], [segment('ko', doc([text('번역자 추가 문장.')]), 'translated')]))
  return links
}

function arabicLinks(): AlignedLink[] {
  segmentCount = 0
  return [
    link('ar', 0, [0], [segment('ar', doc([text('مرحبا '), text('عريض', [{ type: 'bold' }]), text(' & <أصدقاء>.')]), 'approved')]),
    link('ar', 1, [1], [segment('ar', doc([text('الفقرة الثانية.')]), 'translated')]),
    link('ar', 2, [2, 3, 4, 5, 6], [segment('ar', doc([text('الباقي.')]), 'draft')]),
  ]
}

/** A fresh sample: English source, Russian (2:1, 1:2, 1:0, empty), Korean (1:1 and a 0:1), Arabic. */
export function sampleDocument(langs: readonly string[] = ['ru', 'ko', 'ar']): AlignedDocument {
  const all = { ru: russianLinks, ko: koreanLinks, ar: arabicLinks } as Record<string, () => AlignedLink[]>
  return {
    document: {
      id: 'doc-1',
      title: 'Sample & "friends"',
      sourceLang: 'en',
      origin: { sourceName: 'Example Daily', date: '2024-01-01', copyright: '© Example' },
      createdAt: T1,
      updatedAt: T2,
    },
    translations: langs.map((lang) => ({ id: `t-${lang}`, lang, createdAt: T1, updatedAt: T2, links: all[lang]!() })),
  }
}
