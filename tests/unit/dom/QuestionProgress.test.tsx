import React from 'react';
import {renderToString} from 'react-dom/server';
import {act, render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Question from '@site/src/questions/Question';
import QuestionList from '@site/src/questions/QuestionList';
import {STORAGE_KEY} from '@site/src/progress/schema';
import {progressStore} from '@site/src/progress/store';
import {setPluginData} from '../stubs/useGlobalData';
import {CHAPTERS, progress, reviewCard} from '../progressFixtures';

function Chapter() {
  return (
    <QuestionList>
      <h2 id="study-questions">Study questions</h2>
      <Question id="q1a" question="What is first?">
        <p>The first answer.</p>
      </Question>
      <Question id="q1b" question="What is second?">
        <p>The second answer.</p>
      </Question>
      <Question id="q1c" question="What is third?">
        <p>The third answer.</p>
      </Question>
    </QuestionList>
  );
}

const item = (id: string) => document.querySelector<HTMLElement>(`[data-question-id="${id}"]`)!;
const details = (id: string) => item(id).querySelector('details')!;
const stored = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{"cards": {}}').cards as Record<string, unknown>;

beforeEach(() => {
  setPluginData('chapters', {chapters: CHAPTERS});
  progressStore.reload();
});

describe('grading a question in its chapter', () => {
  it('shows each question’s state and the chapter’s progress', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify(
        progress({q1a: reviewCard('2099-01-01T00:00:00.000Z'), q1b: reviewCard('2000-01-01T00:00:00.000Z')}),
      ),
    );
    progressStore.reload();
    render(<Chapter />);
    expect(within(item('q1a')).getByText('Known')).toBeInTheDocument();
    expect(within(item('q1b')).getByText('Due')).toBeInTheDocument();
    expect(within(item('q1c')).getByText('New')).toBeInTheDocument();
    expect(screen.getByText('1/3 known')).toBeInTheDocument();
    expect(screen.getByText(/1 due · 1 new/)).toBeInTheDocument();
    expect(screen.getByRole('link', {name: 'Review the 1 due question'})).toHaveAttribute(
      'href',
      '/review?chapter=1',
    );
  });

  it('offers grades once the answer shows, saves the grade and announces when the question comes back', async () => {
    const user = userEvent.setup();
    render(<Chapter />);
    expect(within(item('q1a')).queryByRole('group', {name: 'How well did you know it?'})).toBeNull();
    await user.click(within(item('q1a')).getByText('Show answer'));
    const grades = await within(item('q1a')).findByRole('group', {name: 'How well did you know it?'});
    expect(
      within(grades)
        .getAllByRole('button')
        .map((b) => b.textContent?.replace(/(I did|I knew|\d).*$/, '')),
    ).toEqual(['Again', 'Hard', 'Good', 'Easy']);
    // The meaning of each grade is text in the button (shown on touch screens), not only a tooltip.
    expect(within(grades).getByRole('button', {name: /^Again/})).toHaveTextContent('I did not know it');
    const good = within(grades).getByRole('button', {name: /^Good/});
    await waitFor(() => expect(good).toHaveTextContent(/10 minutes/));
    const before = within(grades)
      .getAllByRole('button')
      .map((b) => b.textContent);
    await user.click(good);
    expect(await within(item('q1a')).findByText('Saved: Good. Next review in 10 minutes.')).toHaveAttribute(
      'role',
      'status',
    );
    // The chosen grade shows as chosen, and the intervals stay those the reader chose from.
    expect(good).toHaveAttribute('aria-pressed', 'true');
    expect(within(grades).getByRole('button', {name: /^Hard/})).toHaveAttribute('aria-pressed', 'false');
    expect(
      within(grades)
        .getAllByRole('button')
        .map((b) => b.textContent?.replace('✓ ', '')),
    ).toEqual(before);
    expect(within(item('q1a')).getByText('Learning')).toBeInTheDocument();
    expect(stored().q1a).toMatchObject({state: 1, reps: 1});
    expect(screen.getByText(/1 learning · 2 new/)).toBeInTheDocument();
  });

  it('renders no progress on the server, so hydration matches and search never indexes it', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify(progress({q1a: reviewCard('2099-01-01T00:00:00.000Z')})),
    );
    progressStore.reload();
    const html = renderToString(<Chapter />);
    for (const text of ['Known', 'Status:', 'known', 'How well']) expect(html).not.toContain(text);
    expect(html).toContain('The first answer.');
    // The controls are not progress: a static chapter shows them before its live tree arrives.
    expect(html).toContain('Quiz me');
  });
});

describe('chapter quiz', () => {
  it('walks the questions one at a time: think, reveal, grade, next; Esc leaves', async () => {
    const user = userEvent.setup();
    render(<Chapter />);
    await user.click(screen.getByRole('button', {name: 'Expand all answers'}));
    await user.click(screen.getByRole('button', {name: 'Quiz me'}));
    expect(screen.getByText('Quiz: question 1 of 3')).toHaveAttribute('role', 'status');
    expect(item('q1a')).toBeVisible();
    expect(item('q1b')).not.toBeVisible();
    expect(details('q1a').open).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('heading', {name: /What is first\?/}));

    await user.keyboard(' ');
    expect(details('q1a').open).toBe(true);
    await user.keyboard('4');
    expect(await screen.findByText('Quiz: question 2 of 3')).toBeInTheDocument();
    expect(item('q1a')).not.toBeVisible();
    expect(item('q1b')).toBeVisible();
    expect(details('q1b').open).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('heading', {name: /What is second\?/}));
    expect(stored().q1a).toMatchObject({state: 2});

    // Grades are ignored until the answer shows.
    await user.keyboard('3');
    expect(stored().q1b).toBeUndefined();

    await user.keyboard('{Escape}');
    expect(screen.queryByText(/Quiz: question/)).toBeNull();
    for (const id of ['q1a', 'q1b', 'q1c']) expect(item(id)).toBeVisible();
    expect(document.activeElement).toBe(screen.getByRole('button', {name: 'Quiz me'}));
  });

  it('ends with a summary of the grades, from which the reader can start again', async () => {
    const user = userEvent.setup();
    render(<Chapter />);
    await user.click(screen.getByRole('button', {name: 'Quiz me'}));
    await user.click(within(item('q1a')).getByText('Show answer'));
    await user.click(await within(item('q1a')).findByRole('button', {name: /^Again/}));
    await screen.findByText('Quiz: question 2 of 3');
    await user.click(screen.getByRole('button', {name: 'Skip'}));
    await user.keyboard(' ');
    await user.keyboard('3');
    const heading = await screen.findByRole('heading', {name: 'Quiz finished'});
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('You graded 2 of 3 questions: 1 Again, 1 Good; 1 skipped.')).toBeInTheDocument();
    const results = within(
      screen.getByText('You graded 2 of 3 questions: 1 Again, 1 Good; 1 skipped.')
        .nextElementSibling as HTMLElement,
    )
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(results).toEqual(['What is first? Again', 'What is second? Skipped', 'What is third? Good']);
    // Not a dead end: the next chapter, practice and the question list are offered.
    const next = screen.getByRole('navigation', {name: 'Next steps'});
    expect(within(next).getByRole('link', {name: 'Next: chapter 2, Serving'})).toHaveAttribute(
      'href',
      '/docs/serving',
    );
    expect(within(next).getByRole('link', {name: 'Practise beyond the schedule'})).toHaveAttribute(
      'href',
      '/practice',
    );
    for (const id of ['q1a', 'q1b', 'q1c']) expect(item(id)).not.toBeVisible();
    await user.click(screen.getByRole('button', {name: 'Quiz me again'}));
    expect(screen.getByText('Quiz: question 1 of 3')).toBeInTheDocument();
  });

  it('shows no progress before the reader has graded anything, so a first visit looks as it is', () => {
    render(<Chapter />);
    expect(item('q1a').querySelector('[data-state]')).toBeNull();
    expect(screen.queryByText(/known/)).toBeNull();
    expect(screen.getByRole('button', {name: 'Quiz me'})).toBeInTheDocument();
  });

  it('other tabs’ grades show up at once', () => {
    render(<Chapter />);
    expect(item('q1c').querySelector('[data-state]')).toBeNull();
    act(() => {
      localStorage.setItem(
        STORAGE_KEY,
        JSON.stringify(progress({q1c: reviewCard('2099-01-01T00:00:00.000Z')})),
      );
      window.dispatchEvent(new StorageEvent('storage', {key: STORAGE_KEY}));
    });
    expect(within(item('q1c')).getByText('Known')).toBeInTheDocument();
    expect(within(item('q1a')).getByText('New')).toBeInTheDocument();
  });
});
