import { randomBytes, randomUUID } from 'node:crypto'
import { hashPassword } from 'better-auth/crypto'
import { z } from 'zod'
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/auth'
import type { Actor, Role } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { canonicalLangTag } from '@/lib/formats/lang-tag'

export type NewUser = { email: string; name?: string; role: Role; langs?: string[]; password: string }

/** A password for a new account nobody chose: 18 random bytes, base64url (24 characters). */
export function randomPassword(): string {
  return randomBytes(18).toString('base64url')
}

/** Lower-cased, trimmed; refused unless it looks like an address. */
export function normalizeEmail(email: string): string {
  const normalized = email.trim().toLowerCase()
  if (normalized.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(normalized)) throw new AppError('user.emailInvalid')
  return normalized
}

/** Canonical language tags, without repeats; an unknown tag is refused. */
export function normalizeLangs(langs: readonly string[]): string[] {
  const out = new Set<string>()
  for (const lang of langs) {
    const tag = canonicalLangTag(lang.trim())
    if (!tag) throw new AppError('language.invalid', { lang })
    out.add(tag)
  }
  return [...out]
}

/** A password longer than this is refused as `POST /api/users` refuses it: a `too_big` issue of `password`. */
const PasswordLimit = z.object({ password: z.string().max(MAX_PASSWORD_LENGTH) })

/**
 * Creates a person who signs in with email and password: the user row and better-auth's credential
 * account, the password hashed by better-auth. The one way accounts are made outside sign-up (CLI, the
 * Users page, the demo accounts).
 */
export async function createUser(db: Db, input: NewUser): Promise<Actor> {
  const email = normalizeEmail(input.email)
  if (input.password.length < MIN_PASSWORD_LENGTH)
    throw new AppError('user.passwordLength', { min: MIN_PASSWORD_LENGTH })
  PasswordLimit.parse({ password: input.password })
  const langs = normalizeLangs(input.langs ?? [])
  const name = input.name?.trim() || email.split('@')[0]!
  const hash = await hashPassword(input.password)
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
      throw new AppError('user.exists', { email })
    const user = await tx.user.create({ data: { email, name, role: input.role, langs } })
    await tx.account.create({
      data: { id: randomUUID(), accountId: user.id, providerId: 'credential', userId: user.id, password: hash },
    })
    return { id: user.id, name, email, role: input.role, langs, via: 'session' as const }
  })
}
