/** A 24×24 outline icon drawn with one path in the text's colour, hidden from assistive technology (its control has the name). */
export function StrokeIcon({ d, size = 16 }: { d: string; size?: number }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      style={{ verticalAlign: 'middle' }}
    >
      <path d={d} />
    </svg>
  )
}
