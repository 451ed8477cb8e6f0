// The ledger's pages as a user meets them in the built app, timed in Chromium over a ledger filled by
// page.ts's fillAppLedger: each timing runs from the click (or the search box's new text) to the page's h1
// focused and its content rendered (the figures, the list's rows, the record's fields, the results), then to
// the next frame painted. Every step is a real click on the app's own links; a reset that is not timed
// brings the page back to where the next run starts.

/* global document, history, location, requestAnimationFrame, HTMLInputElement, MutationObserver */

/** Runs in the page: acts, then resolves with the ms until `ready` holds and the next frame is painted. */
async function timeInPage({ action, ready }) {
  const main = () => document.querySelector('main')
  const h1 = () => main()?.querySelector('h1')
  // `changed`: the element was rendered anew (a list's figures disappear while its new query runs).
  const before = { h1: h1()?.textContent, node: ready.changed && document.querySelector(ready.changed) }
  const holds = () => {
    const heading = h1()
    if (ready.focus && (document.activeElement !== heading || heading.textContent === before.h1)) return false
    if (ready.h1 !== undefined && heading?.textContent !== ready.h1) return false
    if (ready.text && !document.querySelector(ready.text[0])?.textContent.includes(ready.text[1]))
      return false
    if (ready.changed) {
      const node = document.querySelector(ready.changed)
      if (!node || node === before.node) return false
    }
    if (ready.equals && document.querySelector(ready.equals[0])?.textContent !== ready.equals[1]) return false
    if (ready.present && !document.querySelector(ready.present)) return false
    if (ready.list) {
      // A list's content: its table, or the sentence that it is empty, after the search box.
      const last = document.querySelector('.ledger')?.lastElementChild
      const search = document.querySelector('#ledger-list-search')
      if (!last || !search) return false
      if (
        !last.matches('.stacked-table-wrap') &&
        !(last.tagName === 'P' && last.previousElementSibling?.contains(search))
      )
        return false
    }
    return true
  }
  let observer
  let timer
  const done = new Promise((resolve, reject) => {
    const check = () => {
      if (!holds()) return
      observer.disconnect()
      document.removeEventListener('focusin', check)
      clearTimeout(timer)
      resolve()
    }
    observer = new MutationObserver(check)
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    document.addEventListener('focusin', check)
    const state = () =>
      `at ${location.pathname}, h1 ${JSON.stringify(h1()?.textContent)} (was ${JSON.stringify(before.h1)}), ` +
      `focus on ${document.activeElement?.tagName}`
    timer = setTimeout(
      () => reject(new Error(`not ready in 60 s: ${JSON.stringify(ready)} ${state()}`)),
      60_000,
    )
  })
  const started = performance.now()
  if (action.back) history.back()
  else {
    const target = document.querySelector(action.selector)
    if (!target) throw new Error(`nothing to act on: ${action.selector}`)
    if (action.type === undefined) target.click()
    else {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(target, action.type)
      target.dispatchEvent(new Event('input', { bubbles: true }))
    }
  }
  await done
  await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = resolve
      channel.port2.postMessage(0)
    }),
  )
  return performance.now() - started
}

const act = (page, action, ready) => page.evaluate(timeInPage, { action, ready })
const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]

/**
 * The ledger's pages at one size: `counts` is what page.ts filled (records per table). Returns one row per
 * page: its name and the median ms of `runs` timings (after one run not counted, which loads the code).
 */
export async function timePages(page, origin, counts, runs) {
  const rows = []
  const measure = async (name, timed, reset) => {
    const times = []
    for (let run = 0; run <= runs; run += 1) {
      const ms = await timed()
      if (run > 0) times.push(ms)
      await reset()
    }
    rows.push({ name, ms: median(times) })
  }
  const slugs = {
    miniPrograms: 'mini-programs',
    officialAccounts: 'accounts',
    subjects: 'subjects',
    admins: 'admins',
    clients: 'clients',
    associations: 'associations',
    emails: 'emails',
    fees: 'fees',
  }
  const overviewReady = {
    focus: true,
    text: ['.ledger__tables a[href="/ledger/mini-programs"]', String(counts.miniPrograms)],
    present: 'section[aria-labelledby="ledger-reminders"] p + p',
  }
  const toOverview = () => act(page, { selector: '.ledger__back a' }, overviewReady)
  const listReady = { focus: true, list: true }

  await page.goto(`${origin}/`)
  await page.waitForSelector('main h1')
  await measure(
    'overview /ledger',
    () => act(page, { selector: 'nav a[href="/ledger"]' }, overviewReady),
    () => act(page, { selector: 'nav a[href="/"]' }, { focus: true }),
  )
  await act(page, { selector: 'nav a[href="/ledger"]' }, overviewReady)

  for (const slug of Object.values(slugs)) {
    await measure(
      `list /ledger/${slug}`,
      () => act(page, { selector: `.ledger__tables a[href="/ledger/${slug}"]` }, listReady),
      toOverview,
    )
  }

  for (const [table, slug] of Object.entries(slugs)) {
    if (!counts[table] || !['miniPrograms', 'subjects', 'officialAccounts', 'admins'].includes(table))
      continue
    await act(page, { selector: `.ledger__tables a[href="/ledger/${slug}"]` }, listReady)
    await measure(
      `details /ledger/${slug}/:id`,
      () => act(page, { selector: 'main tbody a' }, { focus: true, present: '.ledger__fields' }),
      () => act(page, { back: true }, { list: true, present: 'main tbody a' }),
    )
    await toOverview()
  }

  // 查找 in the mini programs' list, and across the ledger on its front page: a query many records match
  // (emails m1…@example.com), and one that none does (every record is read to say so).
  await act(page, { selector: '.ledger__tables a[href="/ledger/mini-programs"]' }, listReady)
  const shown = 'main p[aria-live="polite"]'
  const allShown = await page.textContent(shown)
  for (const query of ['m1', 'zzz']) {
    await measure(
      `search in list "${query}"`,
      () => act(page, { selector: '#ledger-list-search', type: query }, { changed: shown }),
      () =>
        act(
          page,
          { selector: '#ledger-list-search', type: '' },
          { changed: shown, equals: [shown, allShown] },
        ),
    )
  }
  await toOverview()
  const results = 'section[aria-labelledby="ledger-search"] [aria-live="polite"]'
  for (const query of ['m1', 'zzz']) {
    await measure(
      `search on overview "${query}"`,
      () => act(page, { selector: '#ledger-search-input', type: query }, { present: `${results} > *` }),
      () => act(page, { selector: '#ledger-search-input', type: '' }, { equals: [results, ''] }),
    )
  }
  return rows
}
