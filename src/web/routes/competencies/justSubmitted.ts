/*
 * "Just handed in" travels from the questionnaire to the result page in memory rather than in
 * the URL: a reload or a shared link should not thank the student again, and plain links to
 * /competenties (the main navigation) need no search parameters.
 */
let flag = false;

export function markJustSubmitted(): void {
  flag = true;
}

export function wasJustSubmitted(): boolean {
  return flag;
}

export function clearJustSubmitted(): void {
  flag = false;
}
