import { accountRoutes } from '@/lib/http/account-routes'
import { route } from '@/lib/http/route'

const routes = accountRoutes(route).user
export const PATCH = routes.PATCH
export const DELETE = routes.DELETE
