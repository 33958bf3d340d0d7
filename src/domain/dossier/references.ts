import type { DossierProblemCode } from './messages';
import { filePath, unsafeEntryName } from './zip-entries';

/*
 * The links inside a dossier must hold before anything is written: every local id once, every
 * reference to a goal or evidence that exists, and exactly the files in the zip that dossier.json
 * lists, each at files/<id>/<safe name>.
 */

interface Shape {
  goals: { id: string }[];
  evidence: { id: string; goalIds: string[]; files: { id: string; name: string; path: string }[] }[];
  feedback: { evidenceId: string | null }[];
  showcasePages: { items: ({ evidenceId: string } | { goalId: string })[] }[];
}

export interface ReferenceProblem {
  path: string;
  code: DossierProblemCode;
}

export function checkReferences(dossier: Shape, fileEntries: ReadonlySet<string>): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const ids = new Set<string>();
  const unique = (id: string, path: string) => {
    if (ids.has(id)) problems.push({ path, code: 'duplicate_id' });
    ids.add(id);
  };
  const goals = new Set(dossier.goals.map((g) => g.id));
  const evidence = new Set(dossier.evidence.map((e) => e.id));
  dossier.goals.forEach((g, i) => unique(g.id, `goals.${i}.id`));
  const listed = new Set<string>();
  dossier.evidence.forEach((e, i) => {
    unique(e.id, `evidence.${i}.id`);
    e.goalIds.forEach((g, j) => {
      if (!goals.has(g)) problems.push({ path: `evidence.${i}.goalIds.${j}`, code: 'unknown_reference' });
    });
    e.files.forEach((f, j) => {
      const at = `evidence.${i}.files.${j}`;
      unique(f.id, `${at}.id`);
      if (f.path !== filePath(f.id, f.name) || unsafeEntryName(f.path)) problems.push({ path: `${at}.path`, code: 'file_path_mismatch' });
      else if (!fileEntries.has(f.path)) problems.push({ path: `${at}.path`, code: 'missing_file' });
      listed.add(f.path);
    });
  });
  dossier.feedback.forEach((f, i) => {
    if (f.evidenceId !== null && !evidence.has(f.evidenceId)) problems.push({ path: `feedback.${i}.evidenceId`, code: 'unknown_reference' });
  });
  dossier.showcasePages.forEach((p, i) =>
    p.items.forEach((item, j) => {
      const ok = 'goalId' in item ? goals.has(item.goalId) : evidence.has(item.evidenceId);
      if (!ok) problems.push({ path: `showcasePages.${i}.items.${j}`, code: 'unknown_reference' });
    }),
  );
  for (const name of fileEntries) if (!listed.has(name)) problems.push({ path: name, code: 'unexpected' });
  return problems;
}
