import { route } from '@/lib/http/route'
import { pretranslateRoute } from '@/lib/http/routes/pretranslate'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const POST = pretranslateRoute(route)

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST })
