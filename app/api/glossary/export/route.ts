import { glossaryRoutes } from '@/lib/http/glossary-routes'
import { route } from '@/lib/http/route'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

const routes = glossaryRoutes(route).export
export const GET = routes.GET

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
