import React from 'react';
import {render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Question from '@site/src/questions/Question';
import QuestionList from '@site/src/questions/QuestionList';
import ReviewSession from '@site/src/study/ReviewSession';
import {STORAGE_KEY} from '@site/src/progress/schema';
import {progressStore} from '@site/src/progress/store';
import {setPluginData} from '../stubs/useGlobalData';
import {setSearch} from '../stubs/router';
import {CHAPTERS, progress, reviewCard} from '../progressFixtures';

// Two chapter partials, as the review page imports them: the chapters' own QuestionLists.
function Chapter1() {
  return (
    <QuestionList>
      <h2>Study questions</h2>
      <Question id="q1a" question="Chapter one, first?">
        <p>Answer 1a.</p>
      </Question>
      <Question id="q1b" question="Chapter one, second?">
        <p>Answer 1b.</p>
      </Question>
      <Question id="q1c" question="Chapter one, third?">
        <p>Answer 1c.</p>
      </Question>
    </QuestionList>
  );
}
function Chapter2() {
  return (
    <QuestionList>
      <Question id="q2a" question="Chapter two, first?">
        <p>Answer 2a.</p>
      </Question>
      <Question id="q2b" question="Chapter two, second? (answer not written yet)" />
    </QuestionList>
  );
}
const LOADERS = {
  1: () => Promise.resolve({default: Chapter1}),
  2: () => Promise.resolve({default: Chapter2}),
};

const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
// The counts line (CSS module classes are not hashed in tests).
const counts = () => document.querySelector('.counts')?.textContent;
const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY)!).cards;

beforeEach(() => {
  setPluginData('chapters', {chapters: CHAPTERS});
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify(
      progress({
        q1b: reviewCard(ago(1 * DAY)),
        q2a: reviewCard(ago(3 * DAY)),
        q1c: reviewCard(ago(-5 * DAY)),
      }),
    ),
  );
  progressStore.reload();
});

describe('the review session', () => {
  it('shows the most overdue card with its chapter’s own answer, hidden until revealed, and a link to it in context', async () => {
    render(<ReviewSession loaders={LOADERS} />);
    expect(screen.getByText('2 due now')).toBeInTheDocument();
    const card = await screen.findByRole('article', {name: 'Question 1 of chapter 2'});
    expect(within(card).getByRole('heading', {level: 2, name: 'Chapter two, first?'})).toBeInTheDocument();
    expect(within(card).queryByText('Chapter two, second?')).toBeNull();
    expect(card.querySelector('details')?.open).toBe(false);
    expect(within(card).getByText('Answer 2a.')).not.toBeVisible();
    expect(within(card).getByRole('link', {name: 'See it in the chapter'})).toHaveAttribute(
      'href',
      '/docs/serving#q2a',
    );
  });

  it('reveals with Space, grades with 1–4, reschedules, and moves on to the next card', async () => {
    const user = userEvent.setup();
    render(<ReviewSession loaders={LOADERS} />);
    await screen.findByRole('heading', {name: 'Chapter two, first?'});
    await user.keyboard('3');
    expect(stored().q2a.reps).toBe(3);
    await user.keyboard(' ');
    expect(screen.getByText('Answer 2a.')).toBeVisible();
    await user.keyboard('3');
    const next = await screen.findByRole('heading', {name: 'Chapter one, second?'});
    expect(stored().q2a.reps).toBe(4);
    expect(Date.parse(stored().q2a.due)).toBeGreaterThan(Date.now() + DAY);
    expect(counts()).toBe('1 due now · 1 reviewed');
    expect(screen.getByText(/^Saved: Good, next review in \d+ (days?|months?)\.$/)).toBeInTheDocument();
    expect(document.activeElement).toBe(next);

    await user.keyboard('{Enter}');
    await user.keyboard('1');
    // Again: back in relearning, due in minutes, so it stays for this session.
    expect(stored().q1b).toMatchObject({state: 3, lapses: 1});
    expect(counts()).toBe('0 due now · reviewing ahead of time · 2 reviewed');
    expect(screen.getByRole('heading', {name: 'Chapter one, second?'})).toBeInTheDocument();
    await user.keyboard(' ');
    await user.keyboard('4');
    const done = await screen.findByRole('heading', {name: 'Review done for now'});
    expect(document.activeElement).toBe(done);
    expect(screen.getByText('You reviewed 3 questions: 1 Again, 1 Good, 1 Easy.')).toBeInTheDocument();
  });

  it('ignores shortcut keys typed into a field', async () => {
    const user = userEvent.setup();
    render(
      <>
        <input aria-label="notes" />
        <ReviewSession loaders={LOADERS} />
      </>,
    );
    await screen.findByRole('heading', {name: 'Chapter two, first?'});
    await user.click(screen.getByRole('textbox', {name: 'notes'}));
    await user.keyboard(' ');
    expect(screen.getByText('Answer 2a.')).not.toBeVisible();
  });

  it('filters by chapter, from the URL and from the chapter list', async () => {
    const user = userEvent.setup();
    setSearch('?chapter=1');
    render(<ReviewSession loaders={LOADERS} />);
    expect(await screen.findByRole('heading', {name: 'Chapter one, second?'})).toBeInTheDocument();
    expect(screen.getByText('1 due now')).toBeInTheDocument();
    const select = screen.getByRole('combobox', {name: 'Chapter'});
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All chapters', '1. Introduction (1 due)', '2. Serving (1 due)']);
    await user.selectOptions(select, '');
    expect(await screen.findByRole('heading', {name: 'Chapter two, first?'})).toBeInTheDocument();
    expect(screen.getByText('2 due now')).toBeInTheDocument();
  });

  it('says when the next question is due when nothing is due', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress({q1c: reviewCard(ago(-2 * DAY))})));
    progressStore.reload();
    render(<ReviewSession loaders={LOADERS} />);
    expect(screen.getByRole('heading', {name: 'Nothing to review now'})).toBeInTheDocument();
    expect(screen.getByText(/The next question is due in (1|2) days?\./)).toBeInTheDocument();
  });

  it('lets the reader skip a card, e.g. one whose answer is not written yet, and bring it back', async () => {
    const user = userEvent.setup();
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify(progress({q2b: reviewCard(ago(2 * DAY)), q1a: reviewCard(ago(DAY))})),
    );
    progressStore.reload();
    render(<ReviewSession loaders={LOADERS} />);
    const card = await screen.findByRole('article', {name: 'Question 2 of chapter 2'});
    expect(card).toHaveTextContent('Answer in preparation.');
    await user.click(within(card).getByRole('button', {name: 'Skip for now'}));
    expect(await screen.findByRole('heading', {name: 'Chapter one, first?'})).toHaveFocus();
    await user.click(within(screen.getByRole('article')).getByRole('button', {name: 'Skip for now'}));
    expect(screen.getByRole('heading', {name: 'Review done for now'})).toHaveFocus();
    expect(screen.getByText(/You skipped 2 questions\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', {name: 'Show them again'}));
    expect(await screen.findByRole('heading', {name: /Chapter two, second\?/})).toBeInTheDocument();
    expect(stored().q2b.reps).toBe(3);
  });

  it('offers to try again when a chapter fails to load', async () => {
    const user = userEvent.setup();
    let fail = true;
    const flaky = {
      ...LOADERS,
      2: () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve({default: Chapter2})),
    };
    render(<ReviewSession loaders={flaky} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('did not load');
    fail = false;
    await user.click(screen.getByRole('button', {name: 'Try again'}));
    expect(await screen.findByRole('heading', {name: 'Chapter two, first?'})).toBeInTheDocument();
  });
});
