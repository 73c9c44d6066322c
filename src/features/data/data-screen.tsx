import { useId, useState } from 'react';
import type { RowId } from '../../domain/guide';
import { readDataFile, toDataFile, type DataFileProblem, type PlannerData } from '../../state/data-file';
import { restoreData } from '../../state/later-events';
import { todayOnDevice } from '../../state/today';
import { goBackFrom } from '../../state/go-back';
import { plannerStore, usePlanner } from '../../state/use-planner';
import { ConfirmPanel } from '../../ui/confirm-panel';
import { downloadFile } from '../../ui/download';
import { useDocumentTitle, useScreenFocus } from '../../ui/use-screen-focus';
import type { Describer } from '../../i18n/describe';
import { useResultWords } from '../../state/language';

function problemText(words: Describer, problem: DataFileProblem): string {
  const { t } = words;
  const reason =
    problem.code === 'invalid' || problem.code === 'repeated-ids' || problem.code === 'too-many'
      ? t(`data.problem.${problem.code}`, { fields: words.list(problem.fields.slice(0, 5)) })
      : t(`data.problem.${problem.code}`);
  return t('data.problem', { reason });
}

/** The goal of the file's latest answers (submissions are kept in the timeline's order), or null. */
function latestGoal(data: PlannerData): RowId | null {
  return data.submissions.at(-1)?.answers.goal ?? null;
}

function answersText(words: Describer, goal: RowId | null): string {
  return goal === null
    ? words.t('data.importNoAnswers')
    : words.t('data.importAnswers', { goal: words.t(`row.${goal}.name`) });
}

/** The person's data: a copy to keep, a file to restore (checked whole first), and deleting everything. */
export function DataScreen() {
  const words = useResultWords();
  const { t } = words;
  const id = useId();
  const back = usePlanner((state) => state.closePlan);
  const deleteEverything = usePlanner((state) => state.deleteEverything);
  const hasSaved = usePlanner((state) => state.submissions.length > 0 || state.checkIns.length > 0);
  const headingRef = useScreenFocus<HTMLHeadingElement>('data');
  useDocumentTitle(t('nav.pageTitle', { title: t('data.title') }));
  const [status, setStatus] = useState('');
  const [candidate, setCandidate] = useState<PlannerData>();
  const [confirming, setConfirming] = useState<'import' | 'delete'>();

  const exportData = () => {
    const { submissions, checkIns, advice, plan, draft } = plannerStore.getState();
    const file = t('data.fileName');
    downloadFile(file, 'application/json', toDataFile({ submissions, checkIns, advice, plan, draft }, todayOnDevice()));
    setStatus(t('data.exported', { file }));
  };

  const restore = (data: PlannerData) => {
    restoreData(plannerStore, data);
    setCandidate(undefined);
    // The store shows the restored recommendation next: nothing more to say here.
    setConfirming(undefined);
  };

  return (
    <>
      <button
        type="button"
        className="back-link"
        onClick={() => {
          goBackFrom(back);
        }}
      >
        {t('data.back')}
      </button>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('data.title')}
      </h1>
      <p>{t('data.intro')}</p>
      <p className="status-line plan-note" role="status">
        {status}
      </p>

      <section className="panel" aria-labelledby={`${id}-export`}>
        <h2 id={`${id}-export`}>{t('data.exportTitle')}</h2>
        <p>{t('data.exportText')}</p>
        <button type="button" className="button button--secondary" onClick={exportData}>
          {t('data.exportButton')}
        </button>
      </section>

      <section className="panel" aria-labelledby={`${id}-import`}>
        <h2 id={`${id}-import`}>{t('data.importTitle')}</h2>
        <div className="field">
          <label className="label" htmlFor={`${id}-file`}>
            {t('data.importLabel')}
          </label>
          <input
            className="input"
            type="file"
            id={`${id}-file`}
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              setCandidate(undefined);
              if (file === undefined) return;
              void file.text().then((text) => {
                const result = readDataFile(text, todayOnDevice());
                if (result.ok) {
                  setCandidate(result.data);
                  setStatus('');
                } else {
                  setStatus(problemText(words, result.problem));
                }
              });
            }}
          />
        </div>
        {candidate === undefined ? null : (
          <>
            <p>
              {t('data.importSummary', {
                answers: answersText(words, latestGoal(candidate)),
                checkIns: words.count('data.importCheckIns', candidate.checkIns.length),
              })}
            </p>
            {confirming === 'import' ? (
              <ConfirmPanel
                title={t('data.importConfirmTitle')}
                text={t('data.importConfirmText')}
                confirmLabel={t('data.importConfirmYes')}
                cancelLabel={t('data.importConfirmNo')}
                onConfirm={() => {
                  restore(candidate);
                }}
                onCancel={() => {
                  setConfirming(undefined);
                }}
              />
            ) : (
              <button
                type="button"
                className="button"
                onClick={() => {
                  if (hasSaved) setConfirming('import');
                  else restore(candidate);
                }}
              >
                {t('data.importButton')}
              </button>
            )}
          </>
        )}
      </section>

      <section className="panel" aria-labelledby={`${id}-delete`}>
        <h2 id={`${id}-delete`}>{t('data.deleteTitle')}</h2>
        <p>{t('data.deleteText')}</p>
        {confirming === 'delete' ? (
          <ConfirmPanel
            title={t('data.deleteConfirmTitle')}
            text={t('data.deleteConfirmText')}
            confirmLabel={t('data.deleteConfirmYes')}
            cancelLabel={t('data.deleteConfirmNo')}
            onConfirm={() => {
              const isDeleted = deleteEverything();
              setConfirming(undefined);
              setStatus(t(isDeleted ? 'data.deleted' : 'data.deleteFailed'));
            }}
            onCancel={() => {
              setConfirming(undefined);
            }}
          />
        ) : (
          <button
            type="button"
            className="button button--warning"
            onClick={() => {
              setConfirming('delete');
            }}
          >
            {t('data.deleteButton')}
          </button>
        )}
      </section>
    </>
  );
}
