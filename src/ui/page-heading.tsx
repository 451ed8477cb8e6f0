import { useContext, useLayoutEffect, useRef, type ReactNode } from 'react'
import { NavigationCountContext } from './navigation-context'
import './ui.css'

type PageHeadingProps = {
  children: ReactNode
}

/** The page's one h1. After every page change it takes focus, so screen readers start reading here. */
export function PageHeading({ children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null)
  const navigationCount = useContext(NavigationCountContext)

  useLayoutEffect(() => {
    if (navigationCount > 0) ref.current?.focus()
  }, [navigationCount])

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  )
}
