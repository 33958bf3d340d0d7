import { describe, it, expect } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, buildDemoInstitution, mulberry32 } from '../src/domain/demo/demo-institution';
import { emailLocalPart, splitSurname } from '../src/domain/demo/dutch-names';

const today = new Date('2026-03-10T12:00:00Z');

describe('demo institution generator', () => {
  it('is deterministic', () => {
    expect(buildDemoInstitution(today)).toEqual(buildDemoInstitution(today));
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('keeps names and student numbers stable across school years', () => {
    const strip = (d: ReturnType<typeof buildDemoInstitution>) => d.users.map((u) => [u.email, u.studentNumber]);
    expect(strip(buildDemoInstitution(new Date('2027-10-01T12:00:00Z')))).toEqual(strip(buildDemoInstitution(today)));
  });

  it('describes two school years with history', () => {
    const demo = buildDemoInstitution(today);
    expect(demo.currentSchoolYear).toBe('2025-2026');
    expect(demo.previousSchoolYear).toBe('2024-2025');
    expect(new Set(demo.cohorts.map((c) => c.schoolYear))).toEqual(new Set(['2025-2026', '2024-2025']));
    const ended = demo.enrolments.filter((e) => e.endDate !== null);
    expect(ended.length).toBeGreaterThan(0);
    for (const e of ended) expect(e).toMatchObject({ startDate: '2024-08-01', endDate: '2025-07-31' });
    // A continuing class goes up one year: HICT-1B last year, HICT-2B now.
    const names = demo.cohorts.map((c) => `${c.schoolYear} ${c.name}`);
    expect(names).toContain('2024-2025 HICT-1B');
    expect(names).toContain('2025-2026 HICT-2B');
  });

  it('has students with unique numbers, emails and names and a gender mix', () => {
    const students = buildDemoInstitution(today).users.filter((u) => u.role === 'student');
    expect(students).toHaveLength(72);
    expect(new Set(students.map((s) => s.studentNumber)).size).toBe(72);
    expect(new Set(students.map((s) => s.email)).size).toBe(72);
    for (const s of students) expect(s.studentNumber).toMatch(/^\d{6,7}$/);
    for (const s of students.filter((s) => s.email !== 'student@demo.koers.nl')) {
      expect(s.email).toMatch(/^[a-z0-9]+\.[a-z0-9]+@student\.demo\.koers\.nl$/);
    }
    expect(new Set(students.map((s) => s.gender))).toEqual(new Set(['v', 'm', 'x']));
    expect(students.some((s) => s.namePrefix !== null)).toBe(true);
  });

  it('lists the fixed demo accounts, each present with demoLogin', () => {
    expect(DEMO_PASSWORD).toBe('koers-demo');
    expect(DEMO_ACCOUNTS.map((a) => a.email.split('@')[0])).toEqual(['admin', 'slb', 'student', 'manager', 'zorg', 'ouder', 'stage']);
    const demo = buildDemoInstitution(today);
    const logins = demo.users.filter((u) => u.demoLogin);
    expect(logins).toHaveLength(DEMO_ACCOUNTS.length);
    for (const a of DEMO_ACCOUNTS) expect(logins.find((u) => u.email === a.email)?.role).toBe(a.role);
  });

  it('gives every student exactly one active assignment, and slb@ a caseload of 24', () => {
    const demo = buildDemoInstitution(today);
    const active = demo.assignments.filter((a) => a.endDate === null);
    for (const s of demo.users.filter((u) => u.role === 'student')) {
      expect(active.filter((a) => a.studentKey === s.key)).toHaveLength(1);
    }
    expect(active.filter((a) => a.counsellorKey === 'slb')).toHaveLength(24);
    const history = demo.assignments.filter((a) => a.endDate !== null);
    expect(history.length).toBeGreaterThan(0);
    for (const h of history) {
      const now = active.find((a) => a.studentKey === h.studentKey);
      expect(now?.counsellorKey).not.toBe(h.counsellorKey);
    }
  });
});

describe('dutch name helpers', () => {
  it('splits a tussenvoegsel off the surname', () => {
    expect(splitSurname('van der Meer')).toEqual({ namePrefix: 'van der', lastName: 'Meer' });
    expect(splitSurname("in 't Veld")).toEqual({ namePrefix: "in 't", lastName: 'Veld' });
    expect(splitSurname('Yılmaz')).toEqual({ namePrefix: null, lastName: 'Yılmaz' });
  });

  it('makes ASCII e-mail local parts', () => {
    expect(emailLocalPart('Büşra', null, 'Yılmaz')).toBe('busra.yilmaz');
    expect(emailLocalPart('Zoë', 'van der', 'Meer')).toBe('zoe.vandermeer');
  });
});
