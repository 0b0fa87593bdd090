import { CheckForm } from '@/components/exchange/check-form'
import { readEnv } from '@/lib/env'

export const dynamic = 'force-dynamic'

export default function CheckPage() {
  return <CheckForm maxBytes={readEnv().PARALLEL_MAX_IMPORT_BYTES} />
}
