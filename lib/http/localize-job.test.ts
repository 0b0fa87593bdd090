import { describe, expect, test } from 'vitest'
import ru from '@/lib/i18n/locales/ru.json'
import { localizeJob } from './localize-job'

const request = new Request('http://localhost/api/imports/j1', { headers: { 'accept-language': 'ru' } })

describe('localizeJob', () => {
  test('each pair of a folder import carries its error’s message in the caller’s language', async () => {
    const job = {
      id: 'j1',
      kind: 'folder',
      error: null,
      result: {
        pairs: [
          { name: 'report', documentId: 'd1', linkCount: 3 },
          { name: 'scan', fileName: 'scan.de.txt', error: { code: 'import.binary' } },
        ],
        unpaired: [],
      },
    }
    expect(await localizeJob(request, job)).toEqual({
      ...job,
      result: {
        pairs: [
          { name: 'report', documentId: 'd1', linkCount: 3 },
          { name: 'scan', fileName: 'scan.de.txt', error: { code: 'import.binary', message: ru.errors.import.binary } },
        ],
        unpaired: [],
      },
    })
  })

  test('a failed job’s own error is localized as before; a result without pairs is left alone', async () => {
    const job = { id: 'j2', error: { code: 'import.cancelled' }, result: { documentId: 'd2' } }
    expect(await localizeJob(request, job)).toEqual({
      ...job,
      error: { code: 'import.cancelled', message: ru.errors.import.cancelled },
    })
  })
})
