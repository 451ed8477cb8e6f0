// The launch plan's messages: dates to start by, counted in mainland China working days.
export const plan = {} as const
