import { health } from '@/lib/http/health'
import { route } from '@/lib/http/route'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'public' }, health)

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
