import { glossaryRoutes } from '@/lib/http/glossary-routes'
import { route } from '@/lib/http/route'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

const routes = glossaryRoutes(route).term
export const PATCH = routes.PATCH
export const DELETE = routes.DELETE

export const { GET, POST, PUT, OPTIONS } = otherMethods({ PATCH, DELETE })
