import { route } from '@/lib/http/route'
import { approveSegmentsRoute } from '@/lib/http/routes/approve-segments'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const POST = approveSegmentsRoute(route)

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST })
