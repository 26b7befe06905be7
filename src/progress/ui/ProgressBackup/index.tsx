import React, {useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import {useChapters} from '@site/src/chapters';
import ConfirmDialog from '@site/src/components/ConfirmDialog';
import {resetProgress} from '@site/src/progress/actions';
import {downloadText} from '@site/src/progress/download';
import type {Problem} from '@site/src/progress/schema';
import {progressStore, useProgress} from '@site/src/progress/store';
import {
  exportFilename,
  exportText,
  mergeProgress,
  parseImport,
  type ImportSummary,
} from '@site/src/progress/transfer';
import styles from './styles.module.css';

const MAX_SHOWN_PROBLEMS = 20;

type Outcome =
  | {readonly kind: 'message'; readonly text: string}
  | {readonly kind: 'problems'; readonly file: string; readonly problems: readonly Problem[]};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeImport(file: string, s: ImportSummary, saved: boolean): string {
  const total = s.added + s.updated + s.keptNewer + s.unchanged;
  const parts = [
    `${s.added} added`,
    `${s.updated} updated`,
    ...(s.keptNewer > 0 ? [`${s.keptNewer} kept as they were here (reviewed more recently)`] : []),
    `${s.unchanged} unchanged`,
  ];
  const notes = [
    ...(s.renamed.length > 0
      ? [`${plural(s.renamed.length, 'question was', 'questions were')} moved to a renamed id.`]
      : []),
    ...(s.unknownIds.length > 0
      ? [
          `${plural(s.unknownIds.length, 'entry is', 'entries are')} for questions this guide does not have (${s.unknownIds
            .slice(0, 3)
            .join(', ')}${s.unknownIds.length > 3 ? ', …' : ''}); kept in case they return.`,
        ]
      : []),
    ...(s.exercisesAdded > 0
      ? [`${plural(s.exercisesAdded, 'passed exercise', 'passed exercises')} added.`]
      : []),
    ...(saved ? [] : ['This browser did not save it: export it again to keep it.']),
  ];
  return [
    `Imported ${plural(total, 'question', 'questions')} from ${file}: ${parts.join(', ')}.`,
    ...notes,
  ].join(' ');
}

/**
 * Export to a JSON file, import from one, reset. Import validates the whole file first and changes
 * nothing if anything is wrong; otherwise it merges, so importing never loses progress.
 */
export default function ProgressBackup(): ReactNode {
  const chapters = useChapters();
  const {ready, data} = useProgress();
  const fileInput = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const graded = Object.keys(data.cards).length;

  const onExport = () => {
    const now = new Date();
    const filename = exportFilename(now);
    downloadText(filename, exportText(progressStore.getSnapshot().data, now));
    setOutcome({
      kind: 'message',
      text: `Exported ${plural(graded, 'question', 'questions')} to ${filename}.`,
    });
  };

  const onImport = async (file: File) => {
    const parsed = parseImport(await file.text(), file.size);
    if (!parsed.ok) {
      setOutcome({kind: 'problems', file: file.name, problems: parsed.problems});
      return;
    }
    const knownIds = new Set(chapters.flatMap((c) => c.questionIds));
    let summary: ImportSummary | null = null;
    // Merged into the latest stored progress, in case another tab saved since this one read it.
    const saved = progressStore.update((latest) => {
      const merged = mergeProgress(latest, parsed.data, knownIds, parsed.renamed);
      summary = merged.summary;
      return merged.data;
    });
    setOutcome({kind: 'message', text: describeImport(file.name, summary!, saved)});
  };

  const onReset = () => {
    setConfirmReset(false);
    const saved = resetProgress();
    setOutcome({
      kind: 'message',
      text: saved
        ? 'Your progress was reset.'
        : 'Your progress was reset in this tab, but the browser did not save it.',
    });
  };

  return (
    <section className={styles.backup} aria-labelledby="your-data">
      <Heading as="h2" id="your-data">
        Your data
      </Heading>
      <p>
        Grades and review dates are saved in this browser only
        {ready ? ` (${plural(graded, 'question', 'questions')} graded)` : ''}. Export them to a file to keep a
        copy or to move them to another browser. Importing a file adds it to the progress here; where both
        have the same question, the more recent review wins.
      </p>
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={onExport} disabled={!ready}>
          Export progress
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => fileInput.current?.click()}
          disabled={!ready}>
          Import from a file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label="Progress file to import"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared at once, so choosing the same file again imports it again.
            e.target.value = '';
            if (file) void onImport(file);
          }}
        />
        <button
          type="button"
          className={clsx('button button--secondary', styles.reset)}
          onClick={() => setConfirmReset(true)}
          disabled={!ready || graded === 0}>
          Reset progress…
        </button>
      </div>
      <div role="status" className={styles.outcome}>
        {outcome?.kind === 'message' && <p>{outcome.text}</p>}
      </div>
      {outcome?.kind === 'problems' && (
        <div role="alert" className={clsx('alert alert--danger', styles.problems)}>
          <p>
            <strong>Nothing was imported</strong>: {outcome.file} is not a valid progress file. Your progress
            is unchanged.{' '}
            {outcome.problems.length === 1 ? 'The problem:' : `The ${outcome.problems.length} problems:`}
          </p>
          <ul>
            {outcome.problems.slice(0, MAX_SHOWN_PROBLEMS).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.problem}
              </li>
            ))}
            {outcome.problems.length > MAX_SHOWN_PROBLEMS && (
              <li>and {outcome.problems.length - MAX_SHOWN_PROBLEMS} more.</li>
            )}
          </ul>
        </div>
      )}
      <ConfirmDialog
        open={confirmReset}
        title="Reset your progress?"
        confirmLabel="Reset progress"
        onConfirm={onReset}
        onCancel={() => setConfirmReset(false)}>
        <p>
          This deletes the grades and review dates of {plural(graded, 'question', 'questions')} from this
          browser. It cannot be undone: export your progress first if you may want it back.
        </p>
      </ConfirmDialog>
    </section>
  );
}
