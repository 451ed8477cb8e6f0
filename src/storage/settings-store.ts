import { create } from 'zustand'
import { storageName } from '../platform/demo-mode'
import { createJSONStorage, persist } from 'zustand/middleware'
// Read by the header on every page: the rule sets' ids alone (the rule sets are in ./use-rule-set).
import { defaultRuleSetId, isRuleSetId } from '../domain/rules/rule-set-ids'
import type { RuleSetId } from '../domain/rules/rule-set'

interface SettingsState {
  /** 规则版本: `current` by default; `guide` demos the guide word for word. */
  ruleSetId: RuleSetId
  setRuleSetId: (id: RuleSetId) => void
}

export const settingsStorageName = 'mp-wizard.settings'

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      ruleSetId: defaultRuleSetId,
      setRuleSetId: (ruleSetId) => set({ ruleSetId }),
    }),
    {
      name: storageName(settingsStorageName),
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ ruleSetId: s.ruleSetId }),
      // Anything unreadable falls back to the default rule set rather than failing.
      merge: (persisted, current) => {
        const id = (persisted as { ruleSetId?: unknown } | undefined)?.ruleSetId
        return { ...current, ruleSetId: isRuleSetId(id) ? id : current.ruleSetId }
      },
    },
  ),
)
