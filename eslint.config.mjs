import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'

const domainBoundary = {
  patterns: [
    { group: ['next', 'next/*', 'react', 'react-dom', '@prisma/*'], message: 'lib/<domain> is framework-free (R1).' },
    {
      group: ['@/lib/db/*', '**/lib/db/*', '../db/*'],
      message: 'Domain code does not reach into the database layer (R1).',
    },
  ],
}

// Imports go lib/server -> lib/db -> lib/<domain> (R1, R5a): queries never call the use cases built on them.
const dbBoundary = {
  patterns: [
    { group: ['next', 'next/*', 'react', 'react-dom'], message: 'lib/db is framework-free (R1).' },
    {
      group: ['@/lib/server/*', '**/lib/server/*', '../server/*'],
      message: 'lib/db holds queries and writes; use cases in lib/server call it, never the other way (R5a).',
    },
  ],
}

// The browser's API client: framework-free, and it may name the server's answer types but never import server code.
const apiBoundary = {
  patterns: [
    { group: ['next', 'next/*', 'react', 'react-dom', '@prisma/*'], message: 'lib/api is framework-free (R1).' },
    {
      group: ['@/lib/db/*', '@/lib/server/*', '@/lib/http/*', '**/lib/db/*', '**/lib/server/*', '**/lib/http/*'],
      allowTypeImports: true,
      message: 'lib/api runs in the browser: import only the types of server answers (`import type`).',
    },
  ],
}

const serverBoundary = {
  patterns: [{ group: ['next', 'next/*', 'react', 'react-dom'], message: 'Use cases are framework-free (R5a).' }],
}

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      '.data/**',
      '.tmp/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'bench/results/**',
    ],
  },
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@next/next/no-img-element': 'off',
    },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/db/**', 'lib/server/**', 'lib/i18n/**', 'lib/http/**', 'lib/api/**', 'lib/auth/**'],
    rules: { 'no-restricted-imports': ['error', domainBoundary] },
  },
  {
    files: ['lib/api/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', apiBoundary] },
  },
  {
    files: ['lib/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', dbBoundary] },
  },
  {
    files: ['lib/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', serverBoundary] },
  },
  {
    // Sign-in, sessions, tokens and permissions: framework-free, on top of lib/db.
    files: ['lib/auth/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', serverBoundary] },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/db/db', '@/lib/db/client', '@/lib/db/migrate'],
              message: 'Components never touch the database (R17).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Call the app API through `api` from lib/api/client.ts (one typed client).' },
      ],
    },
  },
)
