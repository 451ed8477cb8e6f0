import './messages'
import { useId, useLayoutEffect, useRef, useState, type MouseEvent } from 'react'
import {
  addServerDomains,
  parseServerDomainLines,
  removeServerDomain,
  serverDomainCount,
  serverDomainKinds,
  serverDomainLimits,
  serverDomainNoteText,
  serverDomainShape,
  type RuleSet,
  type ServerDomainBadLine,
  type ServerDomainKind,
  type ServerDomainLists,
} from '../../domain'
import { t } from '../../i18n'
import { Button } from '../../ui/button'
import { RuleLink } from '../../ui/rules/rule-link'
import { describedBy } from '../../ui/form/field-parts'
import { kindLabel, lineProblemText } from './server-domain-text'
import '../../ui/form/form.css'
import './server-domain-editor.css'

interface EditorProps {
  ruleSet: RuleSet
  value: ServerDomainLists
  onChange: (value: ServerDomainLists) => void
}

/**
 * 服务器域名: one group per list the rule set has (request合法域名 …), each with its entries and a box that takes
 * a pasted list, one domain per line. No primary action: the page around it owns that.
 */
export function ServerDomainEditor({ ruleSet, value, onChange }: EditorProps) {
  const { changesPerMonth } = serverDomainLimits(ruleSet)
  return (
    <div className="server-domains">
      <div className="server-domains__note">
        <p>{t('publish.domains.note.icp')}</p>
        <p>{t('publish.domains.note.changes', { changes: changesPerMonth })}</p>
        <p>
          {t('publish.domains.note.rule')}
          <RuleLink id="SERVER_DOMAIN" ruleSet={ruleSet} />
        </p>
      </div>
      {serverDomainKinds(ruleSet).map((kind) => (
        <KindGroup key={kind} kind={kind} ruleSet={ruleSet} value={value} onChange={onChange} />
      ))}
    </div>
  )
}

function hintText(kind: ServerDomainKind, ruleSet: RuleSet): string {
  const shape = serverDomainShape(kind, ruleSet)
  const params = { scheme: shape?.scheme ?? '', example: t(`publish.domains.examples.${kind}`) }
  if (shape?.port === 'any') return t('publish.domains.add.any', params)
  if (shape?.port === 'exact') return t('publish.domains.add.exact', params)
  return t('publish.domains.add.asTyped', params)
}

/** The line of `text` at `index`, as a character range, for selecting it. */
function lineRange(text: string, index: number): [number, number] | null {
  const lines = text.split('\n')
  if (index >= lines.length) return null
  const start = lines.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0)
  return [start, start + (lines[index]?.length ?? 0)]
}

const noEntries: readonly string[] = []

interface GroupProps extends EditorProps {
  kind: ServerDomainKind
}

function KindGroup({ kind, ruleSet, value, onChange }: GroupProps) {
  const id = `server-domains-${kind}-${useId().replace(/:/g, '')}`
  const textareaId = `${id}-add`
  const [text, setText] = useState('')
  const [bad, setBad] = useState<readonly ServerDomainBadLine[] | null>(null)
  const [empty, setEmpty] = useState(false)
  const [status, setStatus] = useState<readonly string[]>([])
  const textarea = useRef<HTMLTextAreaElement>(null)
  const list = useRef<HTMLUListElement>(null)
  const removedAt = useRef<number | null>(null)
  const entries = value[kind] ?? noEntries
  const { count, max, over } = serverDomainCount(value, kind, ruleSet)
  const label = kindLabel(kind)

  // After a removal, focus the entry that took its place, else the one before, else the box to add more.
  useLayoutEffect(() => {
    const index = removedAt.current
    if (index === null) return
    removedAt.current = null
    const buttons = list.current?.querySelectorAll('button') ?? []
    const next = buttons[Math.min(index, buttons.length - 1)]
    ;(next ?? textarea.current)?.focus()
  }, [entries])

  function remove(origin: string, index: number) {
    removedAt.current = index
    setStatus([t('publish.domains.removed', { origin })])
    onChange(removeServerDomain(value, kind, origin))
  }

  function add() {
    if (text.trim() === '') {
      setEmpty(true)
      setBad(null)
      setStatus([])
      return
    }
    const paste = parseServerDomainLines(text, kind, ruleSet, entries)
    onChange(addServerDomains(value, kind, paste))
    setText(paste.bad.map((b) => b.text).join('\n'))
    setEmpty(false)
    setBad(paste.bad.length > 0 ? paste.bad : null)
    const notes = paste.added.flatMap(({ line, domain }) => {
      const note = serverDomainNoteText(domain)
      return note === null ? [] : [t('publish.domains.notes.line', { line, note })]
    })
    setStatus(
      paste.added.length > 0 ? [t('publish.domains.add.added', { count: paste.added.length }), ...notes] : [],
    )
  }

  function selectLine(event: MouseEvent<HTMLAnchorElement>, index: number, lineText: string) {
    event.preventDefault()
    const box = textarea.current
    if (!box) return
    box.focus()
    const range = lineRange(box.value, index)
    if (range && box.value.slice(range[0], range[1]) === lineText) box.setSelectionRange(range[0], range[1])
  }

  const errorId = `${textareaId}-error`
  const hasError = bad !== null || empty
  return (
    <fieldset className="fieldset server-domains__group" aria-describedby={`${id}-count`}>
      <legend className="server-domains__legend">{label}</legend>
      <p id={`${id}-count`} className="server-domains__count">
        {t('publish.domains.count', { count, max })}
        {over ? (
          <strong className="server-domains__over">
            {t('publish.domains.over', { max, extra: count - max })}
          </strong>
        ) : null}
      </p>
      {entries.length === 0 ? (
        <p className="server-domains__empty">{t('publish.domains.empty')}</p>
      ) : (
        <ul
          ref={list}
          className="server-domains__entries"
          aria-label={t('publish.domains.entries', { list: label })}
        >
          {entries.map((origin, index) => (
            <li key={origin} className="server-domains__entry">
              <span className="server-domains__origin">{origin}</span>
              <Button
                variant="secondary"
                className="server-domains__remove"
                aria-label={t('publish.domains.removeName', { origin })}
                onClick={() => remove(origin, index)}
              >
                {t('publish.domains.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={`field server-domains__add${hasError ? ' field--error' : ''}`}>
        <label htmlFor={textareaId} className="field__label">
          {t('publish.domains.add.label')}
        </label>
        <div id={`${textareaId}-hint`} className="field__hint">
          {hintText(kind, ruleSet)}
        </div>
        {hasError ? (
          <div id={errorId} role="alert" className="field__error server-domains__problems">
            {empty ? (
              <p>{t('publish.domains.add.nothing')}</p>
            ) : (
              <>
                <p>{t('publish.domains.problems.title', { count: bad?.length ?? 0 })}</p>
                <ul>
                  {bad?.map((b, index) => (
                    <li key={b.line}>
                      <a href={`#${textareaId}`} onClick={(event) => selectLine(event, index, b.text)}>
                        {t('publish.domains.problems.line', {
                          line: b.line,
                          text: b.text,
                          problem: lineProblemText(b.problem, kind),
                        })}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ) : null}
        <textarea
          ref={textarea}
          id={textareaId}
          className="field__input field__textarea server-domains__textarea"
          rows={4}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          value={text}
          aria-invalid={hasError ? true : undefined}
          aria-describedby={describedBy(textareaId, true, hasError)}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <Button variant="secondary" onClick={add}>
        {t('publish.domains.add.button')}
      </Button>
      <div role="status" className="server-domains__status">
        {status.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </fieldset>
  )
}
