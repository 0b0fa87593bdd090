import { z } from 'zod'
import { ROLES } from '../auth/permissions'
import { StorableTextSchema } from './schemas'
import { IdSchema } from './route-params'

/** `/api/users/:id`, `/api/me/tokens/:id` */
export const IdParams = z.object({ id: IdSchema })

const NameSchema = StorableTextSchema.trim().max(200)
const LangsSchema = z.array(z.string().max(35)).max(50)

/** `POST /api/me/tokens` */
export const CreateTokenSchema = z.object({ label: StorableTextSchema.max(100).default('') })

/** `POST /api/users`: without a password, the server makes one and answers it once. */
export const AddUserSchema = z.object({
  email: z.string().max(254),
  name: NameSchema.optional(),
  role: z.enum(ROLES),
  langs: LangsSchema.optional(),
  password: z.string().max(256).optional(),
})

/** `PATCH /api/users/:id` */
export const PatchUserSchema = z
  .object({ name: NameSchema.min(1).optional(), role: z.enum(ROLES).optional(), langs: LangsSchema.optional() })
  .strict()
