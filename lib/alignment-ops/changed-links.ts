type LinkContent = { sources: ReadonlyArray<{ id: string }>; targets: ReadonlyArray<{ id: string }> }

const signature = (link: LinkContent) =>
  `${link.sources.map((s) => s.id).join(',')}|${link.targets.map((s) => s.id).join(',')}`

/**
 * How many links of `after` pair paragraphs and segments that no link of `before` paired exactly: what a
 * realignment changed, as a person sees it (a link merged, split or moved), whatever the ids became.
 */
export function changedLinkCount(before: readonly LinkContent[], after: readonly LinkContent[]): number {
  const old = new Set(before.map(signature))
  return after.filter((link) => !old.has(signature(link))).length
}
