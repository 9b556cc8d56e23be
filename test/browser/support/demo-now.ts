/** The moment the browser suites' demo site is generated at, and the clock their app and pages run on. */
export const demoNow = new Date('2026-11-20T12:00:00.000Z');
