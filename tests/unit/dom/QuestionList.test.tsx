import React from 'react';
import {act, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Question from '@site/src/questions/Question';
import QuestionList from '@site/src/questions/QuestionList';
import {setHash, setSearch} from '../stubs/router';

function renderList() {
  return render(
    <QuestionList>
      <h2 id="study-questions">Study questions</h2>
      <Question id="first" question="What is first?">
        <p>The first answer.</p>
      </Question>
      <Question id="second" question="What is second?">
        <p>The second answer.</p>
      </Question>
      <Question id="third" question="What is third?" />
    </QuestionList>,
  );
}

const details = (id: string) =>
  document.querySelector<HTMLDetailsElement>(`[data-question-id="${id}"] details`);

describe('Question and QuestionList', () => {
  it('renders an ordered list numbered like the syllabus, the heading outside it', () => {
    renderList();
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('[aria-hidden="true"]')?.textContent)).toEqual(['1', '2', '3']);
    expect(within(list).queryByRole('heading', {level: 2})).toBeNull();
    expect(screen.getByRole('heading', {level: 3, name: /What is second\?/})).toHaveAttribute('id', 'second');
  });

  it('puts the answer in the DOM inside a closed native <details>', () => {
    renderList();
    const d = details('first');
    expect(d).not.toBeNull();
    expect(d?.open).toBe(false);
    expect(d?.querySelector('summary')).toHaveTextContent('Show answer');
    expect(d).toHaveTextContent('The first answer.');
  });

  it('renders a question without an answer as a plain question, not an empty collapsible', () => {
    renderList();
    expect(details('third')).toBeNull();
    const item = document.querySelector('[data-question-id="third"]');
    expect(item).toHaveTextContent('What is third?');
    expect(item).toHaveTextContent('Answer in preparation.');
  });

  it('opens the answer named by the URL fragment, also when the fragment changes in place', () => {
    setHash('#second');
    renderList();
    expect(details('second')?.open).toBe(true);
    expect(details('first')?.open).toBe(false);
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts.at(-1)).toBe(
      document.getElementById('second'),
    );
    act(() => setHash('#first'));
    expect(details('first')?.open).toBe(true);
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts.at(-1)).toBe(
      document.getElementById('first'),
    );
  });

  it('lands on a question closed when the link asks the reader to try it first (continue)', () => {
    setSearch('?recall=1');
    setHash('#second');
    try {
      renderList();
      expect(details('second')?.open).toBe(false);
      expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts.at(-1)).toBe(
        document.getElementById('second'),
      );
    } finally {
      act(() => setSearch(''));
    }
  });

  it('expands and collapses all answers, and the summary follows the state', async () => {
    const user = userEvent.setup();
    renderList();
    await user.click(screen.getByRole('button', {name: 'Expand all answers'}));
    expect(details('first')?.open).toBe(true);
    expect(details('second')?.open).toBe(true);
    await user.click(screen.getByRole('button', {name: 'Collapse all answers'}));
    expect(details('first')?.open).toBe(false);
    expect(details('second')?.open).toBe(false);
  });

  it('hides expand/collapse controls when no question has an answer', () => {
    render(
      <QuestionList>
        <Question id="only" question="Unanswered?" />
      </QuestionList>,
    );
    expect(screen.queryByRole('button', {name: /Expand all/})).toBeNull();
  });

  it('copies a permanent link to the question and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    renderList();
    const item = document.querySelector<HTMLElement>('[data-question-id="second"]')!;
    await user.click(within(item).getByRole('button', {name: 'Copy link to this question'}));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${window.location.pathname}#second`);
    expect(within(item).getByRole('status')).toHaveTextContent('Link copied');
  });

  it('tells the reader when copying fails', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      value: {writeText: vi.fn().mockRejectedValue(new Error('denied'))},
      configurable: true,
    });
    renderList();
    const item = document.querySelector<HTMLElement>('[data-question-id="first"]')!;
    await user.click(within(item).getByRole('button', {name: 'Copy link to this question'}));
    expect(within(item).getByRole('status')).toHaveTextContent('Copy failed');
  });

  it('rejects content after the first question, so an author notices a misplaced element', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(
        <QuestionList>
          <Question id="a" question="A?" />
          <p>stray</p>
        </QuestionList>,
      ),
    ).toThrow(/only <Question> elements/);
  });
});
