import type { RichDoc } from '../../lib/richtext/types'
import { textToDoc } from '../../lib/richtext/text-to-doc'
import type { SegmentStatus } from '../../lib/workbench/segment-states'

export type DemoSegment = { position: number; content: RichDoc; status: SegmentStatus }

const slogan: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'Во время войны командующий Ким Ир Сен проводил военные операции по защите Советского Союза под лозунгом ',
        },
        { type: 'text', text: '«Защитим Советский Союз с оружием в руках!»', marks: [{ type: 'bold' }] },
        { type: 'text', text: ', а бойцы Красной армии проливали кровь в борьбе за освобождение Кореи.' },
      ],
    },
  ],
}

/** Our own partial demo translations of the sample article: some approved, some translated, some drafts, the rest empty. */
export const DEMO_TRANSLATIONS: Record<string, DemoSegment[]> = {
  ru: [
    {
      position: 0,
      status: 'approved',
      content: textToDoc(
        'Ким Чен Ын, генеральный секретарь Трудовой партии Кореи и председатель Государственного совета Корейской Народно-Демократической Республики, посетил приморский город России Владивосток с 24 по 26 апреля 2019 года и провёл важную встречу с Президентом Российской Федерации Владимиром Владимировичем Путиным.',
      ),
    },
    {
      position: 1,
      status: 'translated',
      content: textToDoc(
        'Первый визит корейского руководителя в Российскую Федерацию стал историческим событием, ознаменовавшим новый поворотный момент в дружбе КНДР и России.',
      ),
    },
    {
      position: 2,
      status: 'translated',
      content: textToDoc('КНДР и Россию связывают давняя история и традиции дружественных отношений.'),
    },
    {
      position: 3,
      status: 'translated',
      content: textToDoc(
        'Народы двух стран скрепили прочные узы боевого товарищества в ходе совместной борьбы во время антияпонской войны.',
      ),
    },
    { position: 4, status: 'draft', content: slogan },
    {
      position: 5,
      status: 'draft',
      content: textToDoc(
        'Два народа десятилетиями сохраняли чувство дружбы, сотрудничая друг с другом, несмотря на бури истории.',
      ),
    },
    {
      position: 6,
      status: 'draft',
      content: textToDoc(
        'Ким Чен Ын отправился в Россию, чтобы подтвердить неизменность дружественных отношений между двумя странами',
      ),
    },
  ],
  ko: [
    {
      position: 0,
      status: 'translated',
      content: textToDoc(
        '김정은 조선로동당 총비서 겸 조선민주주의인민공화국 국무위원장은 2019년 4월 24일부터 26일까지 러시아의 연해 도시 블라디보스토크를 방문하여 블라디미르 블라디미로비치 푸틴 러시아 연방 대통령과 뜻깊은 회담을 가졌다.',
      ),
    },
    {
      position: 1,
      status: 'translated',
      content: textToDoc('조선 지도자의 첫 러시아 연방 방문은 조러 친선의 새로운 전환점을 알린 역사적인 사건이었다.'),
    },
    {
      position: 2,
      status: 'draft',
      content: textToDoc('조선과 러시아는 친선 관계에서 오랜 역사와 전통을 가지고 있다.'),
    },
  ],
}
