// @vitest-environment happy-dom
import { act, createElement } from 'react'
import { describe, expect, test, vi } from 'vitest'
import { domHarness } from '@/components/test/dom-harness'
import { TmImportForm } from './tm-import-form'

const TMX =
  '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" ' +
  'segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>' +
  '<tu><tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="de"><seg>Eins.</seg></tuv></tu></body></tmx>'
const RESULT = { units: 1, added: 0, updated: 0, unchanged: 1 }

const { render, settle, submit } = domHarness()

/** Chooses a TMX file (which fills the pair), submits the form from its button, and waits for the answer. */
async function importFile(answer: (url: string) => Response) {
  vi.stubGlobal('fetch', (url: string) => Promise.resolve(answer(url)))
  const container = render(createElement(TmImportForm, { maxBytes: 1e6 }))
  const input = container.querySelector<HTMLInputElement>('input[type=file]')!
  // Through a DataTransfer, so that the form's data and its validation see the file as a browser's would.
  const chosen = new DataTransfer()
  chosen.items.add(new File([TMX], 'memory.tmx'))
  input.files = chosen.files
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await settle()
  await submit(container)
  return container
}

describe('TmImportForm', () => {
  test('after a file is imported at once, focus moves to the counts, so a keyboard user hears them', async () => {
    const container = await importFile(() => Response.json(RESULT, { status: 201 }))
    const status = container.querySelector<HTMLElement>('[role=status]')
    expect(status?.textContent).toBe(
      'memory.tmx: 1 units read, 0 added to the memory, 0 updated, 1 already in the memory.',
    )
    expect(document.activeElement).toBe(status)
  })

  test('after a background import ends, focus moves to its counts too', async () => {
    const container = await importFile((url) =>
      url.includes('/api/tm/import')
        ? Response.json({ jobId: 'job-1', status: 'queued' }, { status: 202 })
        : Response.json({ id: 'job-1', status: 'done', processed: 10, total: 10, result: RESULT, error: null }),
    )
    const status = container.querySelector<HTMLElement>('[role=status]')
    expect(status?.textContent).toMatch(/1 already in the memory\.$/)
    expect(document.activeElement).toBe(status)
  })
})
