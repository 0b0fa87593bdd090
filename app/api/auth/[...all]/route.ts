import { authGet, authPost } from '@/lib/http/auth-route'

export const dynamic = 'force-dynamic'

export const GET = authGet
export const POST = authPost
