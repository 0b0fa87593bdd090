import { health } from '@/lib/http/health'
import { route } from '@/lib/http/route'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'public' }, health)
