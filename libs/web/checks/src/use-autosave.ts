import { useMutation } from '@apollo/client/react';
import { apiProblem, describeApiError } from '@bs/web/data-access';
import type { TranslationKey } from '@bs/web/i18n';
import { useCallback, useEffect, useRef, useState } from 'react';
import { sameAnswer, toAnswer, type Answer } from './check-support';
import { SaveAssessmentMutation } from './graphql/assessment.graphql';

/** `saved`: nothing to send; `pending`: changes wait for the pause in typing. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

/** A checkpoint both people changed: the other person's answer, to keep ours or take theirs. */
export interface AnswerConflict {
  number: number;
  theirs: Answer;
}

interface ConflictExtension {
  revision: number;
  checkpoints: Answer[];
}

function conflictOf(error: unknown): ConflictExtension | null {
  if (!(error instanceof Error)) return null;
  const problem = apiProblem(error);
  if (problem.kind !== 'api' || problem.messageKey !== 'checks.revisionConflict') return null;
  const current = problem.extensions['current'] as ConflictExtension | undefined;
  if (!current || typeof current.revision !== 'number' || !Array.isArray(current.checkpoints)) {
    return null;
  }
  return current;
}

export interface AutosaveOptions {
  assessmentId: string;
  revision: number;
  checkpoints: readonly Answer[];
  /** Pause after the last change before saving (ms). */
  delay?: number;
  enabled?: boolean;
}

/**
 * The wizard's answers, saved as one types: after a pause of `delay` ms the changed checkpoints
 * are sent with the revision they are based on (one request at a time; changes made meanwhile
 * follow). A save on an older revision is a CONFLICT carrying the other person's answers:
 * checkpoints only they changed are taken over silently, those both changed become
 * `conflicts` until the user keeps theirs or takes the other's; then saving resumes with the
 * new revision. Drafts live on the server, so leaving and coming back just works.
 */
export function useAutosave({
  assessmentId,
  revision: initialRevision,
  checkpoints,
  delay = 800,
  enabled = true,
}: AutosaveOptions) {
  const [saveMutation] = useMutation(SaveAssessmentMutation);
  const [answers, setAnswersState] = useState<Answer[]>(() => checkpoints.map(toAnswer));
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [errorKey, setErrorKey] = useState<TranslationKey | null>(null);
  const [conflicts, setConflictsState] = useState<AnswerConflict[]>([]);

  const answersRef = useRef(answers);
  const revisionRef = useRef(initialRevision);
  const dirtyRef = useRef(new Set<number>());
  const conflictsRef = useRef<AnswerConflict[]>([]);
  const inFlightRef = useRef<Promise<void> | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));

  const setAnswers = (next: Answer[]) => {
    answersRef.current = next;
    setAnswersState(next);
  };
  const setConflicts = (next: AnswerConflict[]) => {
    conflictsRef.current = next;
    setConflictsState(next);
  };

  const schedule = useCallback(() => {
    clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void flushRef.current(), delay);
  }, [delay]);

  /** Takes over what the other person saved; returns whether both changed something. */
  // Uses only refs and state setters, so it is stable for the component's lifetime.
  const applyConflict = useCallback((current: ConflictExtension): boolean => {
    revisionRef.current = current.revision;
    const found: AnswerConflict[] = [];
    const next = answersRef.current.map((mine) => {
      const theirs = current.checkpoints.find((c) => c.number === mine.number);
      if (!theirs) return mine;
      const other = toAnswer(theirs);
      if (!dirtyRef.current.has(mine.number)) return other;
      if (sameAnswer(mine, other)) {
        dirtyRef.current.delete(mine.number);
      } else {
        found.push({ number: mine.number, theirs: other });
      }
      return mine;
    });
    setAnswers(next);
    setConflicts(found);
    return found.length > 0;
  }, []);

  /** Saves the changed checkpoints now; resolves true when everything is saved. */
  const flush = async (): Promise<boolean> => {
    clearTimeout(timerRef.current);
    while (inFlightRef.current) await inFlightRef.current;
    if (conflictsRef.current.length > 0) return false;
    if (dirtyRef.current.size === 0) return true;

    const sent = answersRef.current.filter((a) => dirtyRef.current.has(a.number)).map(toAnswer);
    setStatus('saving');
    setErrorKey(null);
    let retry = false;
    const request = (async () => {
      try {
        const { data } = await saveMutation({
          variables: {
            input: { assessmentId, revision: revisionRef.current, checkpoints: sent },
          },
        });
        if (data) revisionRef.current = data.saveAssessment.revision;
        for (const answer of sent) {
          const now = answersRef.current.find((a) => a.number === answer.number);
          if (now && sameAnswer(now, answer)) dirtyRef.current.delete(answer.number);
        }
        setStatus(dirtyRef.current.size > 0 ? 'pending' : 'saved');
        retry = dirtyRef.current.size > 0;
      } catch (error) {
        const conflict = conflictOf(error);
        if (conflict) {
          if (applyConflict(conflict)) {
            setStatus('conflict');
          } else {
            setStatus(dirtyRef.current.size > 0 ? 'pending' : 'saved');
            retry = dirtyRef.current.size > 0;
          }
        } else {
          setErrorKey(describeApiError(error as Error));
          setStatus('error');
        }
      }
    })();
    inFlightRef.current = request;
    await request;
    inFlightRef.current = null;
    if (retry) return flush();
    return dirtyRef.current.size === 0 && conflictsRef.current.length === 0;
  };
  useEffect(() => {
    flushRef.current = flush;
  });

  /** Changes one checkpoint's answer and saves it after the pause. */
  const update = useCallback(
    (number: number, change: Partial<Omit<Answer, 'number'>>) => {
      if (!enabled) return;
      const next = answersRef.current.map((a) => (a.number === number ? { ...a, ...change } : a));
      setAnswers(next);
      dirtyRef.current.add(number);
      if (conflictsRef.current.length === 0) {
        setStatus('pending');
        schedule();
      }
    },
    [enabled, schedule],
  );

  /** Settles a conflicting checkpoint; when none is left, saving resumes. */
  const resolve = useCallback((number: number, choice: 'mine' | 'theirs') => {
    const conflict = conflictsRef.current.find((c) => c.number === number);
    if (!conflict) return;
    if (choice === 'theirs') {
      setAnswers(answersRef.current.map((a) => (a.number === number ? conflict.theirs : a)));
      dirtyRef.current.delete(number);
    }
    const rest = conflictsRef.current.filter((c) => c.number !== number);
    setConflicts(rest);
    if (rest.length === 0) {
      setStatus(dirtyRef.current.size > 0 ? 'pending' : 'saved');
      void flushRef.current();
    }
  }, []);

  /** Takes over the other person's answers after a conflict reported by another request. */
  const takeConflict = useCallback(
    (error: unknown): boolean => {
      const conflict = conflictOf(error);
      if (!conflict) return false;
      if (applyConflict(conflict)) setStatus('conflict');
      return true;
    },
    [applyConflict],
  );

  // Leaving the page saves at once; unsaved changes make the browser ask before unloading.
  useEffect(() => {
    // The set is changed in place, never replaced.
    const dirty = dirtyRef.current;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.size > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      if (dirty.size > 0 && conflictsRef.current.length === 0) {
        void flushRef.current();
      }
      clearTimeout(timerRef.current);
    };
  }, []);

  return {
    answers,
    status,
    errorKey,
    conflicts,
    update,
    resolve,
    flush,
    takeConflict,
    revision: () => revisionRef.current,
  };
}
