import { useState } from 'react'
import { useLocation } from 'react-router'
import { isSamePageState } from '../../ui/navigation-context'
import { AdvisorView } from './advisor-view'

/**
 * The route. A link followed to /advisor (from the menu, or another answer) starts the questionnaire again
 * from that link; the page's own query updates while typing do not.
 */
export function AdvisorPage() {
  const location = useLocation()
  const [mount, setMount] = useState({ key: location.key, count: 0 })
  if (location.key !== mount.key) {
    setMount({ key: location.key, count: isSamePageState(location.state) ? mount.count : mount.count + 1 })
  }
  return <AdvisorView key={mount.count} />
}
