import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { storageName } from '../platform/demo-mode'

/** 自动播放's pace: seconds per step. */
export const presenterPaces = [3, 5, 8, 12] as const
export type PresenterPace = (typeof presenterPaces)[number]

interface PresenterState {
  /** 大字模式: body text large enough for the back of a room. */
  largeText: boolean
  /** 讲解提示 shown beside each step (hidden so the audience sees a clean screen). */
  hints: boolean
  /** 模拟界面 shown beside each step. */
  rehearsal: boolean
  pace: PresenterPace
  /** 自动播放 is on: never kept, so a reload never starts playing by itself. */
  playing: boolean
  /** Per registration and step: how many of the scenario's platform results were recorded by →. */
  recorded: Record<string, Record<string, number>>
  set: (
    changes: Partial<Pick<PresenterState, 'largeText' | 'hints' | 'rehearsal' | 'pace' | 'playing'>>,
  ) => void
  markRecorded: (caseId: string, step: string, count: number) => void
}

export const presenterStorageName = 'mp-wizard.presenter'

const isPace = (value: unknown): value is PresenterPace => presenterPaces.includes(value as PresenterPace)

/** The trainer's presenter settings: kept only in 演示模式's own storage (cleared with it). */
export const usePresenterStore = create<PresenterState>()(
  persist(
    (set) => ({
      largeText: false,
      hints: true,
      rehearsal: true,
      pace: 5,
      playing: false,
      recorded: {},
      set: (changes) => set(changes),
      markRecorded: (caseId, step, count) =>
        set((s) => ({ recorded: { ...s.recorded, [caseId]: { ...s.recorded[caseId], [step]: count } } })),
    }),
    {
      name: storageName(presenterStorageName),
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({
        largeText: s.largeText,
        hints: s.hints,
        rehearsal: s.rehearsal,
        pace: s.pace,
        recorded: s.recorded,
      }),
      // Anything unreadable falls back to the defaults, one setting at a time.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Record<string, unknown>
        const recorded =
          p.recorded && typeof p.recorded === 'object' && !Array.isArray(p.recorded)
            ? (p.recorded as PresenterState['recorded'])
            : current.recorded
        return {
          ...current,
          largeText: typeof p.largeText === 'boolean' ? p.largeText : current.largeText,
          hints: typeof p.hints === 'boolean' ? p.hints : current.hints,
          rehearsal: typeof p.rehearsal === 'boolean' ? p.rehearsal : current.rehearsal,
          pace: isPace(p.pace) ? p.pace : current.pace,
          recorded,
        }
      },
    },
  ),
)
