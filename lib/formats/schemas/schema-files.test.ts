import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { listSchemaFiles } from '@/scripts/embed-schemas'
import { SCHEMA_FILES } from './schema-files'

test('the embedded schemas are the files of lib/formats/schemas, byte for byte (else: npx tsx scripts/embed-schemas.ts)', () => {
  const onDisk = listSchemaFiles(fileURLToPath(new URL('.', import.meta.url)))
  expect(Object.keys(SCHEMA_FILES)).toEqual(Object.keys(onDisk))
  for (const [name, text] of Object.entries(onDisk)) expect(SCHEMA_FILES[name], name).toBe(text)
  expect(Object.keys(onDisk)).toContain('xliff-2.1/xliff_core_2.0.xsd')
})
