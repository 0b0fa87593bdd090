import { route } from '@/lib/http/route'
import { pretranslateRoute } from '@/lib/http/routes/pretranslate'

export const dynamic = 'force-dynamic'

export const POST = pretranslateRoute(route)
