import { glossaryRoutes } from '@/lib/http/glossary-routes'
import { route } from '@/lib/http/route'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

const routes = glossaryRoutes(route).terms
export const GET = routes.GET
export const POST = routes.POST

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST })
