import { accountRoutes } from '@/lib/http/account-routes'
import { route } from '@/lib/http/route'
import { otherMethods } from '@/lib/http/other-methods'

const routes = accountRoutes(route).user
export const PATCH = routes.PATCH
export const DELETE = routes.DELETE

export const { GET, POST, PUT, OPTIONS } = otherMethods({ PATCH, DELETE })
