import { z } from 'zod'
import { VersionSchema } from './schemas'

const Side = z.enum(['source', 'target'])
const Id = z.string().min(1).max(100)
/** A sentence pair's place inside its link. */
const Index = z.number().int().min(0)

/** One request to `POST …/translations/:lang/links`: an operation and the version it was made against. */
export const AlignmentRequestSchema = z.intersection(
  z.object({ version: VersionSchema }),
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('merge'), linkId: Id }),
    z.object({
      op: z.literal('split'),
      linkId: Id,
      sourceCount: z.number().int().min(0),
      targetCount: z.number().int().min(0),
    }),
    z.object({ op: z.literal('move-up'), linkId: Id, side: Side }),
    z.object({ op: z.literal('move-down'), linkId: Id, side: Side }),
    z.object({ op: z.literal('no-counterpart'), linkId: Id, side: Side }),
    z.object({ op: z.literal('shift'), linkId: Id, side: Side, direction: z.enum(['up', 'down']) }),
    z.object({ op: z.literal('confirm'), linkId: Id, confirmed: z.boolean().default(true) }),
    z.object({ op: z.literal('confirm-above'), linkId: Id }),
    z.object({ op: z.literal('join-segments'), linkId: Id, index: z.number().int().min(0) }),
    z.object({
      op: z.literal('split-segment'),
      linkId: Id,
      index: z.number().int().min(0),
      offset: z.number().int().min(1),
    }),
    z.object({ op: z.literal('add-segment'), linkId: Id }),
    z.object({ op: z.literal('sentence-merge'), linkId: Id, index: Index, with: z.enum(['next', 'previous']) }),
    z.object({
      op: z.literal('sentence-split'),
      linkId: Id,
      index: Index,
      sourceCount: z.number().int().min(0),
      targetCount: z.number().int().min(0),
    }),
    z.object({ op: z.literal('sentence-move-up'), linkId: Id, index: Index, side: Side }),
    z.object({ op: z.literal('sentence-move-down'), linkId: Id, index: Index, side: Side }),
    z.object({ op: z.literal('sentence-no-counterpart'), linkId: Id, index: Index, side: Side }),
    z.object({ op: z.literal('sentence-confirm'), linkId: Id, index: Index, confirmed: z.boolean().default(true) }),
    z.object({ op: z.literal('realign') }),
    z.object({ op: z.literal('undo') }),
    z.object({ op: z.literal('redo') }),
  ]),
)
export type AlignmentRequestBody = z.infer<typeof AlignmentRequestSchema>
