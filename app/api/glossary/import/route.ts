import { glossaryRoutes } from '@/lib/http/glossary-routes'
import { route } from '@/lib/http/route'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

const routes = glossaryRoutes(route).import
export const POST = routes.POST

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST })
