import { ready } from '@/lib/http/ready'
import { route } from '@/lib/http/route'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'public' }, ready)

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
