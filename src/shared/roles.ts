export const ROLES = ['student', 'counsellor', 'specialist', 'supervisor', 'parent', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work for the institution; their reads of a student's file are audited. */
export const STAFF_ROLES: readonly Role[] = ['counsellor', 'specialist', 'manager', 'admin'];

export const LEVELS = ['vo', 'mbo', 'hbo'] as const;
export type Level = (typeof LEVELS)[number];

export const LANGUAGES = ['nl', 'en'] as const;
