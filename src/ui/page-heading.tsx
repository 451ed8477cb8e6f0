import { useContext, useLayoutEffect, useRef, type ReactNode } from 'react'
import { useInRouterContext } from 'react-router'
import { NavigationCountContext } from './navigation-context'
import { useHashId } from './use-hash-target'
import './ui.css'

type PageHeadingProps = {
  children: ReactNode
}

/**
 * The page's one h1. After every page change it takes focus, so screen readers start reading here; unless the
 * URL names an element of the page (/rules#CERT_FEE), which takes focus instead (`useHashTarget`), whichever
 * of the two runs last.
 */
export function PageHeading({ children }: PageHeadingProps) {
  // Outside a router (a page's component test) no URL names anything.
  return useInRouterContext() ? (
    <RoutedHeading>{children}</RoutedHeading>
  ) : (
    <Heading hashId="">{children}</Heading>
  )
}

function RoutedHeading({ children }: PageHeadingProps) {
  return <Heading hashId={useHashId()}>{children}</Heading>
}

function Heading({ children, hashId }: PageHeadingProps & { hashId: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const navigationCount = useContext(NavigationCountContext)

  useLayoutEffect(() => {
    if (navigationCount === 0) return
    const target = hashId ? document.getElementById(hashId) : null
    if (target && target !== ref.current && target.tabIndex === -1) return
    ref.current?.focus()
    // Only a page change moves focus: not the hash alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [navigationCount])

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  )
}
