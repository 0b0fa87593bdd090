import { unknownPath } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** Any /api/… path without a route: JSON `404 request.notFound`, not the HTML page. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = unknownPath()
