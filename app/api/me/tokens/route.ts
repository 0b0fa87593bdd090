import { accountRoutes } from '@/lib/http/account-routes'
import { route } from '@/lib/http/route'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

const routes = accountRoutes(route).tokens
export const GET = routes.GET
export const POST = routes.POST

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST })
