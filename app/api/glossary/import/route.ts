import { glossaryRoutes } from '@/lib/http/glossary-routes'
import { route } from '@/lib/http/route'

export const dynamic = 'force-dynamic'

const routes = glossaryRoutes(route).import
export const POST = routes.POST
