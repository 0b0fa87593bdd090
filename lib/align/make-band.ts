/** The cells a search visits: for each row i (source segments used), target counts lo[i]..hi[i]. */
export type Band = {
  rows: number
  columns: number
  lo: Int32Array
  hi: Int32Array
  /** Index of cell (i, lo[i]) in flat per-cell arrays. */
  offset: Int32Array
  size: number
  isFull: boolean
}

/** Target position of the centre line at every row, through (0, 0), the points, and (rows, columns). */
function interpolateCenter(points: Array<[number, number]>, rows: number, columns: number): Float64Array {
  const sorted = [
    [0, 0] as [number, number],
    ...[...points].sort((p, q) => p[0] - q[0] || p[1] - q[1]),
    [rows, columns] as [number, number],
  ]
  const knots: Array<[number, number]> = []
  for (const [x, y] of sorted) {
    const last = knots[knots.length - 1]
    if (x < 0 || x > rows || y < 0 || y > columns) continue
    if (last && (x < last[0] || y < last[1])) continue
    knots.push([x, y])
  }
  const center = new Float64Array(rows + 1)
  let k = 0
  for (let i = 0; i <= rows; i++) {
    while (k < knots.length - 2 && knots[k + 1]![0] < i) k++
    const [x0, y0] = knots[k]!
    const [x1, y1] = knots[Math.min(k + 1, knots.length - 1)]!
    center[i] = x1 > x0 ? y0 + ((y1 - y0) * (Math.min(Math.max(i, x0), x1) - x0)) / (x1 - x0) : Math.max(y0, y1)
  }
  return center
}

/** A band of half-width `halfWidth` around a monotone line through `points` (local coordinates). */
export function makeBand(points: Array<[number, number]>, rows: number, columns: number, halfWidth: number): Band {
  const center = interpolateCenter(points, rows, columns)
  const lo = new Int32Array(rows + 1)
  const hi = new Int32Array(rows + 1)
  for (let i = 0; i <= rows; i++) {
    lo[i] = Math.max(0, Math.floor(center[i]! - halfWidth))
    hi[i] = Math.min(columns, Math.ceil(center[i]! + halfWidth))
  }
  lo[0] = 0
  hi[rows] = columns
  for (let i = 1; i <= rows; i++) lo[i] = Math.max(lo[i]!, lo[i - 1]!)
  for (let i = rows - 1; i >= 0; i--) hi[i] = Math.min(hi[i]!, hi[i + 1]!)
  // Every row must reach the next one through a 1:0 step, or the band would be cut in two.
  for (let i = 0; i < rows; i++) hi[i] = Math.max(hi[i]!, lo[i + 1]!, lo[i]!)
  const offset = new Int32Array(rows + 1)
  let size = 0
  let isFull = true
  for (let i = 0; i <= rows; i++) {
    offset[i] = size
    size += hi[i]! - lo[i]! + 1
    if (lo[i] !== 0 || hi[i] !== columns) isFull = false
  }
  return { rows, columns, lo, hi, offset, size, isFull }
}

/** Whether a path comes within `margin` cells of a band edge that is not the edge of the matrix. */
export function touchesEdge(band: Band, path: Array<[number, number]>, margin = 2): boolean {
  return path.some(([i, j]) => {
    const lo = band.lo[i]!
    const hi = band.hi[i]!
    return (lo > 0 && j - lo < margin) || (hi < band.columns && hi - j < margin)
  })
}
