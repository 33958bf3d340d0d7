/*
 * Addresses of the conversation pages. Plain strings: the routes are registered in the router by
 * its owner, and a plain `to` keeps these links valid whether or not the typed route tree knows
 * them yet.
 */
const enc = encodeURIComponent;

export const conversationPaths = {
  own: '/gesprekken' as string,
  forStudent: (studentId: string): string => `/students/${enc(studentId)}/gesprekken`,
  detail: (id: string): string => `/gesprekken/${enc(id)}`,
  conduct: (id: string): string => `/gesprekken/${enc(id)}/voeren`,
  close: (id: string): string => `/gesprekken/${enc(id)}/afronden`,
  overview: '/gesprekken/overzicht' as string,
  insight: '/inzicht/gesprekken' as string,
};
