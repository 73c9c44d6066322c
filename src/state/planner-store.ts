/**
 * The planner's store: what the person said (the timeline: submissions, check-ins, entries of advice) and where
 * they are, persisted to the device. Actions are events (`answer`, `continueFrom`, `submitAnswers`, `retake`…),
 * not setters; each new entry gets its place in the order of entry (`seq`). The answers in force, the
 * recommendation and the plan are derived (`derived.ts`), never stored. Events only later screens raise (restoring
 * a file, adopting a shared plan, exporting the calendar) are in `later-events.ts`, loaded with those screens.
 */
import { persist } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import type { IsoDate } from '../domain/dates';
import type { Soreness } from '../domain/guide';
import {
  firstUnanswered,
  needsUrgentCare,
  nextStep,
  previousStep,
  pruneDraft,
  type AnswersDraft,
  type QuestionId,
} from '../domain/questionnaire';
import type { CheckIn, Submission } from '../domain/answers';
import { MAX_ENTRIES, nextSeq } from '../domain/entry-order';
import type { ValidationProblem } from '../domain/schema';
import { LANGUAGE_KEY } from './language-choice';
import { loadValidation as loadValidationModule, type Validation } from './load-validation';
import { todayOnDevice } from './today';
import {
  BACKUP_KEY,
  createSafeStorage,
  isValidatedSave,
  STORAGE_KEY,
  type SafeStorage,
  type StorageLike,
  type StorageNotice,
} from './safe-storage';
import { EMPTY_PLANNER, SAVED_VERSION, type PlanPreferences, type SavedPlanner } from './saved-shape';

export type DraftValue<K extends QuestionId> = NonNullable<AnswersDraft[K]>;

export interface PlannerEvents {
  /** Start (or restart) the questionnaire at its first question. */
  readonly start: () => void;
  readonly answer: <K extends QuestionId>(question: K, value: DraftValue<K>) => void;
  /** Take an answer back (the last box unticked): the question is unanswered again. */
  readonly clearAnswer: (question: QuestionId) => void;
  /** Continue from an answered question: to the next one, the review, or (urgent answers) straight to the result. */
  readonly continueFrom: (question: QuestionId, today: IsoDate) => Promise<void>;
  /** Back from the current step; before the first question, out of the questionnaire. */
  readonly goBack: () => void;
  /** From "Check your answers": answer one question again, then return there. */
  readonly changeAnswer: (question: QuestionId) => void;
  /** From the review: the answers are added to the timeline as a submission, and the result shows. */
  readonly submitAnswers: (today: IsoDate) => Promise<readonly ValidationProblem[]>;
  /**
   * Start the questionnaire again from the latest answers as the timeline reads them, with the latest report
   * already chosen (rule 3). Loads the engine (`derived.ts`), already in memory wherever a retake is offered.
   */
  readonly retake: () => Promise<void>;
  /** The "what changed" panel after a retake, a check-in or advice has been read. */
  readonly dismissChange: () => void;
  /** Forget every answer. */
  readonly startOver: () => void;
  readonly dismissNotices: () => void;
  /** From the recommendation to the dated plan, and back. */
  readonly openPlan: () => void;
  readonly closePlan: () => void;
  /** A plan preference the person changed on the plan screen (start, days, length, their own point, calendar). */
  readonly choosePlan: (preferences: Partial<Omit<PlanPreferences, 'changes'>>) => void;
  /** To the person's data (export, import, delete), and back. */
  readonly openData: () => void;
  /** To the history of check-ins and changes. */
  readonly openHistory: () => void;
  /** To what the planner stores and never sends. */
  readonly openPrivacy: () => void;
  /**
   * Removes everything the planner saved on this device, backups included, whatever mode it was opened in. False
   * when something could not be removed (storage out of reach): the screen says so, and how to remove it.
   */
  readonly deleteEverything: () => boolean;
}

export interface PlannerState extends SavedPlanner, PlannerEvents {
  /** What the person should be told about their saved data; never saved itself. */
  readonly notices: readonly StorageNotice[];
  /** Which view of a result shows; never saved (a reload shows the recommendation first). */
  readonly view: 'recommendation' | 'plan' | 'data' | 'history' | 'privacy';
  /**
   * The entry (a retake, a check-in, advice) whose change the screens show until it has been read; never saved.
   */
  readonly changedBy: string | null;
  /** A retake's starting point: the answers as last given and the check-in report it carries; never saved. */
  readonly retakeFrom: { readonly before: AnswersDraft; readonly reported: Soreness | null } | null;
}

/** A check-in as the person reports it; the store gives it its id and its place in the order of entry. */
export type CheckInReport = Reported<CheckIn>;
/** `Omit` on each member of a union, so a report keeps `felt` tied to `happened: true`. */
type Reported<T> = T extends unknown ? Omit<T, 'id' | 'seq'> : never;

/**
 * A list with a new entry, within its cap. Entries are kept in the order they were entered; the engine puts them in
 * the timeline's order (`timeline.ts`), and the merge between tabs (`mergeSaved`) does too.
 */
export function appended<T>(list: readonly T[], entries: readonly T[], cap = MAX_ENTRIES): T[] {
  return [...list, ...entries].slice(-cap);
}

/** The next entry's place in the order of entry, after everything this tab knows of (docs/rules.md). */
export function seqAfter(state: SavedPlanner): number {
  return nextSeq([...state.submissions, ...state.checkIns, ...state.advice], Date.now());
}

/** A random id (the calendar's, a check-in's): nothing about the person, so nothing derived from it says anything. */
export function createRandomId(): string {
  return crypto.randomUUID();
}

export type PlannerStore = Mutate<StoreApi<PlannerState>, [['zustand/persist', SavedPlanner]]> & {
  /** The storage adapter: what another tab's save or deletion means for this tab (`other-tabs.ts`). */
  readonly storage: SafeStorage;
  /** Everything was deleted in another tab (or replaced by a restored file): this one starts afresh, and says why. */
  readonly startAfresh: (replaced?: boolean) => void;
};

/** Resolves once saved data has been read (at once when there was none). */
export function whenHydrated(store: PlannerStore): Promise<void> {
  if (store.persist.hasHydrated()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = store.persist.onFinishHydration(() => {
      stop();
      resolve();
    });
  });
}

export function pickSaved(state: SavedPlanner): SavedPlanner {
  const { draft, submissions, step, changing, plan, calendar, checkIns, advice, deletedCheckIns } = state;
  return { draft, submissions, step, changing, plan, calendar, checkIns, advice, deletedCheckIns };
}

/**
 * Creates the store over a storage (localStorage in the app, an in-memory one in tests). Saved data is read
 * asynchronously when there is some (see `safe-storage.ts`); `store.persist.hasHydrated()` says when it is done.
 */
export function createPlannerStore(
  getStorage: () => StorageLike,
  loadValidation: () => Promise<Validation> = loadValidationModule,
  todayOf: () => IsoDate = todayOnDevice,
): PlannerStore {
  const pending: StorageNotice[] = [];
  let report = (notice: StorageNotice): void => {
    if (!pending.includes(notice)) pending.push(notice);
  };

  const storage = createSafeStorage(
    getStorage,
    (notice) => {
      report(notice);
    },
    loadValidation,
    todayOf,
    (replaced) => {
      startAfresh(replaced);
    },
  );
  /**
   * Everything was deleted in another tab (or replaced by a restored file): this one starts afresh as well, and
   * says why; a restored file's data then arrives like any other tab's save.
   */
  const startAfresh = (replaced = false): void => {
    const { notices } = store.getState();
    const told: StorageNotice = replaced ? 'replaced-elsewhere' : 'deleted-elsewhere';
    store.setState({
      ...EMPTY_PLANNER,
      view: 'recommendation',
      changedBy: null,
      notices: notices.includes(told) ? notices : [...notices, told],
    });
  };
  const store = createStore<PlannerState>()(
    persist(
      (set, get): PlannerState => {
        /** Adds the finished draft to the timeline as a submission dated `today`; its problems if it isn't finished. */
        const submit = async (today: IsoDate): Promise<readonly ValidationProblem[]> => {
          const { completeAnswers } = await loadValidation();
          const result = completeAnswers(get().draft);
          if (!result.success) return result.problems;
          const state = get();
          const submission: Submission = {
            id: createRandomId(),
            seq: seqAfter(state),
            date: today,
            answers: result.data,
          };
          set({
            submissions: appended(state.submissions, [submission]),
            step: null,
            changing: false,
            view: 'recommendation',
            changedBy: state.submissions.length > 0 ? submission.id : null,
            retakeFrom: null,
          });
          return [];
        };
        return {
          ...EMPTY_PLANNER,
          notices: [],
          view: 'recommendation',
          changedBy: null,
          retakeFrom: null,

          start: () => {
            set({ step: firstUnanswered(get().draft) ?? 'goal', changing: false });
            // The answers' schemas will be needed at the review: fetch them while the person answers.
            loadValidation().catch(() => undefined);
          },

          answer: (question, value) => {
            set({ draft: pruneDraft({ ...get().draft, [question]: value }) });
          },

          clearAnswer: (question) => {
            const draft = Object.fromEntries(Object.entries(get().draft).filter(([key]) => key !== question));
            set({ draft: pruneDraft(draft) });
          },

          continueFrom: async (question, today) => {
            const { draft, changing } = get();
            if (draft[question] === undefined) return;
            // Straight to the urgent screen: its answers are a submission like any other.
            if (question === 'signs' && needsUrgentCare(draft) && (await submit(today)).length === 0) return;
            set({ step: nextStep(get().draft, question, changing) });
          },

          goBack: () => {
            const { step, draft, changing } = get();
            if (step === null) return;
            if (changing && step !== 'review') {
              set({ step: 'review', changing: false });
              return;
            }
            set({ step: previousStep(draft, step) });
          },

          changeAnswer: (question) => {
            set({ step: question, changing: true });
          },

          submitAnswers: submit,

          retake: async () => {
            const { selectRetake } = await import('./derived');
            const { draft, ...retakeFrom } = selectRetake(get(), todayOf());
            set({ draft, retakeFrom, step: 'goal', changing: false, changedBy: null });
          },

          dismissChange: () => {
            set({ changedBy: null });
          },

          startOver: () => {
            // The calendar record stays: exporting a new plan then cancels the old plan's events.
            set({
              ...EMPTY_PLANNER,
              calendar: get().calendar,
              view: 'recommendation',
              changedBy: null,
              retakeFrom: null,
            });
          },

          dismissNotices: () => {
            set({ notices: [] });
          },

          openPlan: () => {
            set({ view: 'plan' });
          },

          closePlan: () => {
            set({ view: 'recommendation' });
          },

          choosePlan: (preferences) => {
            set({ plan: { ...get().plan, ...preferences } });
          },

          openData: () => {
            set({ view: 'data' });
          },

          openHistory: () => {
            set({ view: 'history' });
          },

          openPrivacy: () => {
            set({ view: 'privacy' });
          },

          deleteEverything: () => {
            // Every key the planner wrote goes, in any mode; then the state, which leaves no key behind.
            const isGone = storage.erase([STORAGE_KEY, BACKUP_KEY, LANGUAGE_KEY]);
            // The screen stays, to say it is done.
            set({ ...EMPTY_PLANNER, view: get().view });
            return isGone;
          },
        };
      },
      {
        name: STORAGE_KEY,
        version: SAVED_VERSION,
        storage,
        partialize: pickSaved,
        // The adapter reads every version itself (a future version migrates older data there): this guards the reset trap.
        migrate: (persisted) => (isValidatedSave(persisted) ? persisted : EMPTY_PLANNER),
        // A zod-validated merge: only what `salvageSaved` checked, field by field, reaches the state.
        // Check-ins kept only in memory (storage full) survive reading another tab's save; its edits and deletions win.
        merge: (persisted, current) =>
          isValidatedSave(persisted) ? { ...current, ...storage.merge(persisted, pickSaved(current)) } : current,
      },
    ),
  );

  report = (notice) => {
    const notices = store.getState().notices;
    if (!notices.includes(notice)) store.setState({ notices: [...notices, notice] });
  };
  if (pending.length > 0) store.setState({ notices: pending });

  return Object.assign(store, { storage, startAfresh });
}
