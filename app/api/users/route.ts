import { accountRoutes } from '@/lib/http/account-routes'
import { route } from '@/lib/http/route'

export const dynamic = 'force-dynamic'

const routes = accountRoutes(route).users
export const GET = routes.GET
export const POST = routes.POST
