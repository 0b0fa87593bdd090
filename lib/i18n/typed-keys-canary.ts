import type { TFunction } from 'i18next'

// Type-level check only (R15): `tsc --noEmit` fails here if t() stops rejecting unknown keys.
export function typedKeysCanary(t: TFunction): string[] {
  return [
    // @ts-expect-error unknown keys must stay type errors
    t('no.such.key'),
    t('common.save'),
  ]
}
