import React from 'react';
import {act, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ChapterCards from '@site/src/study/ChapterCards';
import ContinueStudy from '@site/src/study/ContinueStudy';
import ProgressBackup from '@site/src/progress/ui/ProgressBackup';
import ProgressNotice from '@site/src/progress/ui/ProgressNotice';
import {FORMAT, KEPT_PREFIX, SCHEMA_VERSION, STORAGE_KEY} from '@site/src/progress/schema';
import {progressStore} from '@site/src/progress/store';
import SidebarLink from '@site/src/theme/DocSidebarItem/Link';
import {setPluginData} from '../stubs/useGlobalData';
import {CHAPTERS, progress, reviewCard} from '../progressFixtures';

const FUTURE = '2099-01-01T00:00:00.000Z';
const PAST = '2000-01-01T00:00:00.000Z';

function store(value: unknown): string {
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  localStorage.setItem(STORAGE_KEY, raw);
  progressStore.reload();
  return raw;
}

/** Captures what the page offers for download. */
function captureDownloads(): {readonly files: {name: string; text: Promise<string>}[]} {
  const captured = {files: [] as {name: string; text: Promise<string>}[]};
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${(n += 1)}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
    captured.files.push({name: this.download, text: blobs.get(this.href)!.text()});
  });
  return captured;
}

function fileOf(text: string, name = 'progress.json'): File {
  return new File([text], name, {type: 'application/json'});
}

beforeEach(() => {
  setPluginData('chapters', {chapters: CHAPTERS});
  progressStore.reload();
});

afterEach(() => vi.restoreAllMocks());

describe('the notice about unreadable progress', () => {
  it('tells the reader, offers the kept data for download, and deletes it only after confirmation', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    store('{"format": "mastering-ai-10-progress", "cards": ');
    render(<ProgressNotice />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your saved study progress could not be read.');
    expect(alert).toHaveTextContent('set aside, not deleted');
    expect(within(alert).getByText(/not valid JSON/)).toBeInTheDocument();
    const [keptKey] = Object.keys(localStorage).filter((k) => k.startsWith(KEPT_PREFIX));
    expect(keptKey).toBeDefined();

    await user.click(within(alert).getByRole('button', {name: 'Download the kept data'}));
    expect(downloads.files[0]!.name).toMatch(/^mastering-ai-10-progress-kept-.*\.txt$/);
    expect(await downloads.files[0]!.text).toBe('{"format": "mastering-ai-10-progress", "cards": ');

    await user.click(within(alert).getByRole('button', {name: 'Start fresh'}));
    const dialog = screen.getByRole('dialog', {name: 'Delete the kept data?'});
    await user.click(within(dialog).getByRole('button', {name: 'Cancel'}));
    expect(localStorage.getItem(keptKey!)).not.toBeNull();

    await user.click(within(alert).getByRole('button', {name: 'Start fresh'}));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', {name: 'Delete it and start fresh'}),
    );
    expect(localStorage.getItem(keptKey!)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows nothing when progress reads fine', () => {
    store(progress({q1a: reviewCard(FUTURE)}));
    const {container} = render(<ProgressNotice />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('export, import and reset', () => {
  it('exports the progress as a JSON file that imports back', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const cards = {q1a: reviewCard(FUTURE), q2b: reviewCard(PAST)};
    store(progress(cards));
    render(<ProgressBackup />);
    await user.click(screen.getByRole('button', {name: 'Export progress'}));
    const [file] = downloads.files;
    expect(file!.name).toMatch(/^mastering-ai-10-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await file!.text;
    expect(JSON.parse(text)).toMatchObject({format: FORMAT, version: SCHEMA_VERSION, cards, exercises: {}});
    expect(screen.getByRole('status')).toHaveTextContent(`Exported 2 questions to ${file!.name}.`);

    act(() => {
      localStorage.clear();
      progressStore.reload();
    });
    await user.upload(screen.getByLabelText('Progress file to import'), fileOf(text, file!.name));
    expect(await screen.findByText(/^Imported 2 questions from mastering-ai-10-progress-/)).toHaveTextContent(
      '2 added, 0 updated, 0 unchanged.',
    );
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).cards).toEqual(cards);
  });

  it('lists what is wrong with a malformed file and changes nothing', async () => {
    const user = userEvent.setup();
    const before = store(progress({q1a: reviewCard(FUTURE)}));
    render(<ProgressBackup />);
    const bad = JSON.stringify({format: FORMAT, version: 1, cards: {q1a: {due: 'soon'}}});
    await user.upload(screen.getByLabelText('Progress file to import'), fileOf(bad, 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Nothing was imported: bad.json is not a valid progress file. Your progress is unchanged.',
    );
    expect(alert).toHaveTextContent('cards["q1a"].due: expected a date and time in ISO 8601 form');
    expect(alert).toHaveTextContent('cards["q1a"].stability: missing');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);

    await user.upload(
      screen.getByLabelText('Progress file to import'),
      fileOf('not json at all', 'notes.txt'),
    );
    expect(await screen.findByText(/not valid JSON/)).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('resets only after confirmation', async () => {
    const user = userEvent.setup();
    store(progress({q1a: reviewCard(FUTURE)}));
    render(<ProgressBackup />);
    await user.click(screen.getByRole('button', {name: 'Reset progress…'}));
    const dialog = screen.getByRole('dialog', {name: 'Reset your progress?'});
    expect(dialog).toHaveTextContent('grades and review dates of 1 question');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', {name: 'Cancel'}));
    await user.click(within(dialog).getByRole('button', {name: 'Cancel'}));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).cards).toHaveProperty('q1a');
    await user.click(screen.getByRole('button', {name: 'Reset progress…'}));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', {name: 'Reset progress'}));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).cards).toEqual({});
    expect(screen.getByRole('status')).toHaveTextContent('Your progress was reset.');
  });
});

describe('progress on the landing page and in the sidebar', () => {
  it('continues at the next ungraded question and offers the due review', () => {
    store(progress({q1a: reviewCard(FUTURE), q1b: reviewCard(PAST)}));
    render(<ContinueStudy for="returning" />);
    const link = screen.getByRole('link', {name: 'Continue where you left off'});
    // It lands on the question with its answer closed, for the reader to try it first.
    expect(link).toHaveAttribute('href', '/docs/introduction?recall=1#q1c');
    expect(link).toHaveAccessibleDescription('Next: chapter 1, Introduction, question 3.');
    expect(screen.getByRole('link', {name: 'Review 1 due question'})).toHaveAttribute('href', '/review');
    expect(screen.getByText('1/5 known')).toBeInTheDocument();
  });

  it('shows each reader only the place meant for them: progress first for a returning one', () => {
    store(progress({q1a: reviewCard(FUTURE)}));
    const {container} = render(<ContinueStudy for="new" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('invites a new reader to start or import instead', () => {
    const {container} = render(<ContinueStudy for="returning" />);
    expect(container).toBeEmptyDOMElement();
    render(<ContinueStudy for="new" />);
    expect(screen.queryByRole('link', {name: 'Continue where you left off'})).toBeNull();
    expect(screen.getByRole('link', {name: 'Import your progress'})).toHaveAttribute(
      'href',
      '/review#your-data',
    );
  });

  it('shows each chapter’s progress on its card', () => {
    store(progress({q2a: reviewCard(FUTURE)}));
    render(<ChapterCards />);
    const [first, second] = screen.getAllByRole('listitem');
    expect(first).toHaveTextContent('0/3 known');
    expect(second).toHaveTextContent('1/2 known · 1 new');
  });

  it('adds "started/total · known" to chapter links in the sidebar once there is progress', () => {
    const props = {activePath: '/', level: 1, index: 0};
    const {rerender} = render(
      <SidebarLink {...props} item={{type: 'link', href: '/docs/serving', label: 'Serving'}} />,
    );
    expect(screen.getByRole('link')).not.toHaveAttribute('data-progress');
    act(() => {
      store(progress({q2a: reviewCard(FUTURE)}));
    });
    rerender(<SidebarLink {...props} item={{type: 'link', href: '/docs/serving', label: 'Serving'}} />);
    expect(screen.getByRole('link')).toHaveAttribute('data-progress', '1/2 · 1✓');
    expect(screen.getByRole('link')).toHaveAttribute(
      'data-progress-label',
      ', 1 of 2 questions started, 1 known',
    );
    // A question graded but still in its learning steps counts as started, not known.
    act(() => {
      store(progress({q2a: reviewCard(FUTURE), q2b: reviewCard(FUTURE, {state: 1})}));
    });
    rerender(<SidebarLink {...props} item={{type: 'link', href: '/docs/serving', label: 'Serving'}} />);
    expect(screen.getByRole('link')).toHaveAttribute('data-progress', '2/2 · 1✓');
    rerender(<SidebarLink {...props} item={{type: 'link', href: '/docs', label: 'Start here'}} />);
    expect(screen.getByRole('link')).not.toHaveAttribute('data-progress');
  });
});
