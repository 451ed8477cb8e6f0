// Mainland China's working days, with the holiday notices they come from.
export {
  isWorkingDay,
  addWorkingDays,
  subtractWorkingDays,
  workingDaysBetween,
  workingDayDate,
  holidayOn,
  holidaysKnown,
  holidaysKnownFrom,
  holidaysKnownThrough,
  holidaySources,
} from './working-days'
export type { WorkingDayDate } from './working-days'
export type { Festival } from './holidays-cn'
