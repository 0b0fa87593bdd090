import { align, type AlignmentLink, type AlignOptions } from './align'
import { alignRegions } from './align-regions'
import { buildProblem } from './build-problem'
import type { Region } from './find-skeleton'

/**
 * Aligns paragraphs first, then the sentences inside each pair of linked paragraphs, so no
 * sentence link crosses a paragraph link. Sentence ids in the result are positions in the
 * flattened sentence lists.
 */
export function alignWithinParagraphs(
  sourceParagraphs: string[][],
  targetParagraphs: string[][],
  options: Omit<AlignOptions, 'anchors'> = {},
): AlignmentLink[] {
  const paragraphLinks = align(
    sourceParagraphs.map((sentences) => sentences.join(' ')),
    targetParagraphs.map((sentences) => sentences.join(' ')),
    { ...options, onProgress: (fraction) => options.onProgress?.(0.3 * fraction) },
  )
  const starts = (paragraphs: string[][]) => {
    const offsets = [0]
    for (const sentences of paragraphs) offsets.push(offsets[offsets.length - 1]! + sentences.length)
    return offsets
  }
  const sourceStarts = starts(sourceParagraphs)
  const targetStarts = starts(targetParagraphs)
  // Paragraph links are contiguous and in order, so each one covers the next paragraphs on both sides.
  let sourceParagraph = 0
  let targetParagraph = 0
  const regions: Region[] = paragraphLinks.map((link) => {
    const sourceEnd = sourceParagraph + link.source.length
    const targetEnd = targetParagraph + link.target.length
    const region = {
      sourceStart: sourceStarts[sourceParagraph]!,
      sourceEnd: sourceStarts[sourceEnd]!,
      targetStart: targetStarts[targetParagraph]!,
      targetEnd: targetStarts[targetEnd]!,
    }
    sourceParagraph = sourceEnd
    targetParagraph = targetEnd
    return region
  })
  const problem = buildProblem(sourceParagraphs.flat(), targetParagraphs.flat(), options.glossary)
  return alignRegions(problem, regions, (fraction) => options.onProgress?.(0.3 + 0.7 * fraction)).flat()
}
