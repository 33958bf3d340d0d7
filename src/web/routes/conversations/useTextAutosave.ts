import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { clearDraft, readDraft, sameTexts, writeDraft, type Texts } from './localDraft';

export type TextSaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'error' | 'conflict';

export interface ServerTexts {
  values: Texts;
  version: number;
}

export interface TextAutosave {
  values: Texts;
  status: TextSaveStatus;
  error: unknown;
  /** Text typed earlier on this device that had not reached the server was put back. */
  restored: boolean;
  change: (field: string, text: string) => void;
  /** Sends now (retry after an error or a dropped connection). */
  saveNow: () => void;
  /** After a conflict: keep what I typed (save it over the newer version) … */
  keepMine: () => void;
  /** … or take the version that is on the server now. */
  takeTheirs: () => void;
}

const DELAY = 900;

/**
 * Autosave for free text on a conversation. Typing is sent after a short pause, one request at a
 * time, with the conversation version last seen. The text is also kept in localStorage until the
 * server has it. A 409 only becomes a conflict when the server's text itself changed: the version
 * also moves when, say, the counsellor accepts, and that must not bother the student.
 */
export function useTextAutosave({
  storageKey,
  fields,
  initial,
  save,
  reload,
  conflictError = 'conversation_changed',
}: {
  /** The error id of a stale version (other records than conversations have their own). */
  conflictError?: string;
  storageKey: string;
  fields: readonly string[];
  initial: ServerTexts;
  save: (values: Texts, version: number) => Promise<ServerTexts>;
  reload: () => Promise<ServerTexts>;
}): TextAutosave {
  const [start] = useState(() => {
    const draft = readDraft(storageKey, fields);
    if (!draft || sameTexts(draft.values, initial.values, fields)) return { values: initial.values, draft: null };
    return { values: draft.values, draft };
  });
  const [values, setValues] = useState<Texts>(start.values);
  const [status, setStatus] = useState<TextSaveStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const valuesRef = useRef(start.values);
  const versionRef = useRef(initial.version);
  /** The server's texts at versionRef. */
  const baseRef = useRef(initial.values);
  const latestRef = useRef<ServerTexts | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const conflict = useRef(false);
  const saveRef = useRef(save);
  const reloadRef = useRef(reload);
  useEffect(() => {
    saveRef.current = save;
    reloadRef.current = reload;
  }, [save, reload]);

  const send = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    if (conflict.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        const snapshot = valuesRef.current;
        if (sameTexts(snapshot, baseRef.current, fields)) {
          clearDraft(storageKey);
          setStatus('saved');
          return;
        }
        setStatus('saving');
        try {
          const saved = await saveRef.current(snapshot, versionRef.current);
          versionRef.current = saved.version;
          baseRef.current = saved.values;
          setError(null);
          if (sameTexts(valuesRef.current, saved.values, fields)) {
            clearDraft(storageKey);
            setStatus('saved');
            return;
          }
          attempt = -1; // typed on while saving: send the rest
        } catch (cause) {
          if (!isApiError(cause, conflictError)) throw cause;
          const latest = await reloadRef.current();
          if (!sameTexts(latest.values, baseRef.current, fields)) {
            latestRef.current = latest;
            conflict.current = true;
            setStatus('conflict');
            return;
          }
          versionRef.current = latest.version;
        }
      }
    } catch (cause) {
      setError(cause);
      setStatus(isApiError(cause, 'network') ? 'offline' : 'error');
    } finally {
      inFlight.current = false;
      if (again.current && !conflict.current) {
        again.current = false;
        timer.current = window.setTimeout(() => void send(), 0);
      }
    }
  }, [fields, storageKey, conflictError]);

  const change = useCallback(
    (field: string, text: string) => {
      const next = { ...valuesRef.current, [field]: text };
      valuesRef.current = next;
      setValues(next);
      writeDraft(storageKey, next, baseRef.current);
      if (conflict.current) return;
      setStatus('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void send(), DELAY);
    },
    [send, storageKey],
  );

  // A draft restored from this device goes out at once, unless the server's text changed since
  // it was typed (another device): then the student chooses.
  useEffect(() => {
    if (!start.draft) return;
    if (sameTexts(start.draft.base, initial.values, fields)) {
      void send();
    } else {
      latestRef.current = initial;
      conflict.current = true;
      setStatus('conflict');
    }
    // Only once, for the state the page opened with.
  }, []);

  // Back online: send what waited. Leaving the page: send what is pending (the draft stays anyway).
  useEffect(() => {
    const online = () => void send();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (!sameTexts(valuesRef.current, baseRef.current, fields) && !conflict.current) void send();
    };
  }, [send, fields]);

  const keepMine = useCallback(() => {
    const latest = latestRef.current;
    if (!latest) return;
    versionRef.current = latest.version;
    baseRef.current = latest.values;
    conflict.current = false;
    writeDraft(storageKey, valuesRef.current, latest.values);
    void send();
  }, [send, storageKey]);

  const takeTheirs = useCallback(() => {
    const latest = latestRef.current;
    if (!latest) return;
    versionRef.current = latest.version;
    baseRef.current = latest.values;
    valuesRef.current = latest.values;
    setValues(latest.values);
    conflict.current = false;
    clearDraft(storageKey);
    setStatus('saved');
  }, [storageKey]);

  return { values, status, error, restored: !!start.draft, change, saveNow: () => void send(), keepMine, takeTheirs };
}
