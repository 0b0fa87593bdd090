import { ready } from '@/lib/http/ready'
import { route } from '@/lib/http/route'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'public' }, ready)
