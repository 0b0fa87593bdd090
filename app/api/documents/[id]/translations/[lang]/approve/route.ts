import { route } from '@/lib/http/route'
import { approveSegmentsRoute } from '@/lib/http/routes/approve-segments'

export const dynamic = 'force-dynamic'

export const POST = approveSegmentsRoute(route)
