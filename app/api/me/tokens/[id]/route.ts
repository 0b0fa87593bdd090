import { accountRoutes } from '@/lib/http/account-routes'
import { route } from '@/lib/http/route'
import { otherMethods } from '@/lib/http/other-methods'

const routes = accountRoutes(route).token
export const DELETE = routes.DELETE

export const { GET, POST, PUT, PATCH, OPTIONS } = otherMethods({ DELETE })
