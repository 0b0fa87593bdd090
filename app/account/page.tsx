import { ApiTokens } from '@/components/account/api-tokens'
import { ChangePasswordForm } from '@/components/account/change-password-form'
import { SessionsPanel } from '@/components/account/sessions-panel'
import { listApiTokens } from '@/lib/auth/api-tokens'
import { db } from '@/lib/db/db'
import { requirePageActor } from '@/lib/http/page-auth'
import { getRequestLocale, getT } from '@/lib/i18n/server'
import { pagePaths } from '@/lib/paths'

export const dynamic = 'force-dynamic'

export default async function AccountPage() {
  const actor = await requirePageActor(pagePaths.account())
  const [t, tokens] = [await getT(await getRequestLocale()), await listApiTokens(db, actor.id)]
  return (
    <main className="page stack">
      <h1>{t('account.title')}</h1>
      <dl className="card">
        <dt>{t('users.name')}</dt>
        <dd>{actor.name}</dd>
        <dt>{t('auth.email')}</dt>
        <dd>{actor.email}</dd>
        <dt>{t('users.role')}</dt>
        <dd>{t(`users.roles.${actor.role}`)}</dd>
        <dt>{t('users.languages')}</dt>
        <dd>{actor.langs.join(', ') || t('users.allLanguages')}</dd>
      </dl>
      <ChangePasswordForm />
      <SessionsPanel />
      <ApiTokens
        initial={tokens.map((token) => ({
          ...token,
          createdAt: token.createdAt.toISOString(),
          lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
        }))}
      />
    </main>
  )
}
