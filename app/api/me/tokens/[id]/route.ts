import { accountRoutes } from '@/lib/http/account-routes'
import { route } from '@/lib/http/route'

const routes = accountRoutes(route).token
export const DELETE = routes.DELETE
