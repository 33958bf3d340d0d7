/**
 * Dutch names: a prefix (tussenvoegsel) such as "van der" belongs in the full name but not in the
 * sort key, so "Anouk van der Berg" sorts under B, as a school's class list does.
 */
export interface PersonName {
  firstName: string;
  namePrefix?: string | null;
  lastName: string;
}

const clean = (s: string | null | undefined) => (s ?? '').trim().replace(/\s+/g, ' ');

export function displayName(n: PersonName): string {
  return [clean(n.firstName), clean(n.namePrefix), clean(n.lastName)].filter(Boolean).join(' ');
}

export function sortName(n: PersonName): string {
  const key = [clean(n.lastName), clean(n.firstName), clean(n.namePrefix)].filter(Boolean).join(' ');
  return key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
