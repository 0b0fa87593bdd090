import { SegmentStatus as PrismaSegmentStatus } from '@prisma/client'
import { expect, test } from 'vitest'
import { SEGMENT_STATUSES } from '../workbench/segment-states'

test('the database enum holds exactly the statuses of lib/workbench/segment-states', () => {
  expect(Object.values(PrismaSegmentStatus).sort()).toEqual([...SEGMENT_STATUSES].sort())
})
