import { Fragment, type ReactNode } from 'react'
import './stacked-table.css'

export interface StackedRow {
  key: string
  /** The row's header (its name) first, then one cell per further column. */
  cells: readonly ReactNode[]
}

interface StackedTableProps {
  /** The table's name, shown above it (and what a screen reader calls it). */
  caption?: string
  /** The column headers; the first is the rows' own header column. */
  columns: readonly string[]
  rows: readonly StackedRow[]
}

/**
 * A table on wide screens; on narrow ones (stacked-table.css) each row is a card of "label: value" lines. CSS that
 * changes a table's display makes browsers drop its table semantics, so the roles are stated outright: a
 * screen reader still hears each value with its column's header. Each cell's `data-label` is the header the
 * card shows beside it, drawn by CSS with empty alternative text so that it is not read twice.
 */
export function StackedTable({ caption, columns, rows }: StackedTableProps) {
  return (
    <div className="stacked-table-wrap">
      <table className="stacked-table" role="table">
        {caption ? <caption>{caption}</caption> : null}
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => (
              <th scope="col" role="columnheader" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr role="row" key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th scope="row" role="rowheader" key={index} data-label={columns[0]}>
                    {cell}
                  </th>
                ) : (
                  <td role="cell" key={index} data-label={columns[index]}>
                    <span className="stacked-table__cell">{cell}</span>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

const emailLike = /^[^\s@]+@[^\s@]+$/

// A part this short always fits a phone's line, so it is kept whole; a longer one may still wrap inside.
const wholeUpTo = 20

/**
 * An email address that wraps before its "@" and each ".", so that a narrow column breaks it between its
 * parts, not inside one (not even at a hyphen); any other text as it is. The parts are plain inline text, so
 * the address is still read, and named, as one word.
 */
export function Breakable({ text }: { text: string }) {
  if (!emailLike.test(text)) return text
  return text.split(/(?=[@.])/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {[...part].length <= wholeUpTo ? <span className="stacked-table__email-part">{part}</span> : part}
    </Fragment>
  ))
}
