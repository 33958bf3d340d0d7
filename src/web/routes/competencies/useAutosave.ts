import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerPatch } from './competencyApi';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface Autosave {
  /** What the respondent chose, saved or not: the screen always shows this. */
  answers: Record<string, number>;
  status: SaveStatus;
  error: unknown;
  /** Item codes whose latest choice has not reached the server yet. */
  unsaved: ReadonlySet<string>;
  answer: (code: string, value: number) => void;
  /** Sends whatever is still waiting; resolves true once everything is saved. */
  flush: () => Promise<boolean>;
}

/**
 * Saves every answer the moment it is given. Changes are sent one request at a time (answers that
 * arrive meanwhile go together in the next one), so a slow request can never overwrite a newer
 * choice. A failed request keeps its answers waiting: they go along with the next answer, or with
 * `flush()` when the respondent presses "opnieuw proberen" or submits.
 */
export function useAutosave(initial: Record<string, number>, save: (patch: AnswerPatch) => Promise<unknown>): Autosave {
  const [answers, setAnswers] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(new Set());
  const pending = useRef<AnswerPatch>({});
  const sending = useRef<AnswerPatch>({});
  const running = useRef<Promise<boolean> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const markUnsaved = useCallback(() => {
    setUnsaved(new Set([...Object.keys(pending.current), ...Object.keys(sending.current)]));
  }, []);

  const run = useCallback(async (): Promise<boolean> => {
    while (Object.keys(pending.current).length > 0) {
      sending.current = pending.current;
      pending.current = {};
      setStatus('saving');
      try {
        await saveRef.current(sending.current);
      } catch (cause) {
        // Newer choices for the same item win over the ones that just failed.
        pending.current = { ...sending.current, ...pending.current };
        sending.current = {};
        markUnsaved();
        setError(cause);
        setStatus('error');
        return false;
      }
      sending.current = {};
      markUnsaved();
    }
    setError(null);
    setStatus('saved');
    return true;
  }, [markUnsaved]);

  const flush = useCallback((): Promise<boolean> => {
    if (Object.keys(pending.current).length === 0 && !running.current) return Promise.resolve(true);
    running.current ??= run().finally(() => {
      running.current = null;
    });
    return running.current;
  }, [run]);

  const answer = useCallback(
    (code: string, value: number) => {
      setAnswers((current) => ({ ...current, [code]: value }));
      pending.current = { ...pending.current, [code]: value };
      markUnsaved();
      void flush();
    },
    [flush, markUnsaved],
  );

  // Leaving the page with answers still on their way would lose them: let the browser ask first.
  useEffect(() => {
    if (unsaved.size === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return { answers, status, error, unsaved, answer, flush };
}
