// 练一练: the quiz page's words. Filled in with the quiz.
export const practice = {} as const
