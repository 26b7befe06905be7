import {isReaderActing} from '@site/plugins/deferred-content/client/activity';
import {SWAP_FRAMES, swapGradually} from '@site/plugins/deferred-content/theme/DeferredChapter/reveal';
import {capture, find, locate, restore} from '@site/plugins/deferred-content/theme/DeferredChapter/snapshot';
import {wantsLive} from '@site/src/theme/DeferredChapter/liveTrigger';
import {setSearch} from '../stubs/router';

// The browser side of the chapter deferral (plugins/deferred-content) and the site's trigger.

describe('carrying the reader’s state from the static copy to the live tree', () => {
  const markup = `
    <p>Intro with <em>a selection</em> in it</p>
    <ol>
      <li><h3 id="a">A?<button type="button">Copy link</button></h3><details><summary>Show answer</summary><p>a</p></details></li>
      <li><h3 id="b">B?<button type="button">Copy link</button></h3><details><summary>Show answer</summary><p>b</p></details></li>
    </ol>
    <button type="button" id="run">Run</button>`;
  const tree = () => {
    const root = document.createElement('div');
    root.innerHTML = markup;
    document.body.append(root);
    return root;
  };
  afterEach(() => {
    document.getSelection()?.removeAllRanges();
    document.body.replaceChildren();
  });

  it('finds an element again by tag, text and rank, also when the live tree has more in it', () => {
    const [a, b] = [tree(), tree()];
    const target = a.querySelectorAll('button')[1]!;
    const locator = locate(a, target);
    expect(locator).toEqual({tag: 'BUTTON', text: 'Copy link', nth: 1});
    b.prepend(Object.assign(document.createElement('p'), {textContent: '0/10 known'}));
    expect(find(b, locator)).toBe(b.querySelectorAll('button')[1]);
    expect(locate(a, b.querySelector('p'))).toBeNull();
    expect(locate(a, a)).toBeNull();
    expect(find(b, {tag: 'BUTTON', text: 'Copy link', nth: 5})).toBeNull();
  });

  it('reopens the answers that were open, refocuses the focused control and returns the pressed button', () => {
    const [before, after] = [tree(), tree()];
    before.querySelectorAll('details')[1]!.open = true;
    (before.lastElementChild as HTMLButtonElement).focus();
    const snapshot = capture(before, before.querySelectorAll('button')[0]!);
    expect(snapshot.open).toEqual([1]);

    const replay = restore(after, snapshot);
    expect([...after.querySelectorAll('details')].map((d) => d.open)).toEqual([false, true]);
    expect(document.activeElement).toBe(after.lastElementChild);
    expect(replay).toBe(after.querySelectorAll('button')[0]);
  });

  it('selects the same text again, across elements and backwards', () => {
    const [before, after] = [tree(), tree()];
    const em = before.querySelector('em')!.firstChild!;
    const h3 = before.querySelector('h3')!.firstChild!;
    // Backwards: from inside the first heading back into the emphasis.
    document.getSelection()!.setBaseAndExtent(h3, 1, em, 2);
    const selected = document.getSelection()!.toString();
    expect(selected).toMatch(/^selection in it.*A$/s);

    const snapshot = capture(before, null);
    restore(after, snapshot);
    const selection = document.getSelection()!;
    expect(selection.toString()).toBe(selected);
    expect(after.contains(selection.anchorNode)).toBe(true);
    expect(selection.anchorNode).toBe(after.querySelector('h3')!.firstChild);
  });

  it('has nothing to restore when nothing was pressed, focused or selected', () => {
    const [before, after] = [tree(), tree()];
    (document.activeElement as HTMLElement | null)?.blur();
    const snapshot = capture(before, null);
    expect(snapshot).toEqual({open: [], focus: null, click: null, selection: null});
    expect(restore(after, snapshot)).toBeNull();
  });
});

describe('wantsLive (the site: which chapters hydrate with their text)', () => {
  const chapter = () => {
    const root = document.createElement('div');
    root.innerHTML = '<ol><li data-question-id="a"></li><li data-question-id="b"></li></ol>';
    return root;
  };
  const save = (cards: Record<string, unknown>) =>
    localStorage.setItem(
      'mai10.progress',
      JSON.stringify({format: 'mastering-ai-10-progress', version: 1, cards}),
    );
  const card = {
    due: '2026-12-10T00:00:00.000Z',
    stability: 10,
    difficulty: 5,
    scheduled_days: 10,
    learning_steps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    last_review: '2026-11-30T00:00:00.000Z',
  };
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('is false for a first visit, and for progress on other chapters only', () => {
    expect(wantsLive(chapter())).toBe(false);
    save({other: card});
    expect(wantsLive(chapter())).toBe(false);
  });

  it('is true with progress on one of the chapter’s questions', () => {
    save({b: card});
    expect(wantsLive(chapter())).toBe(true);
  });

  it('is true with one of the chapter’s exercises passed (schema 2), not with another chapter’s', () => {
    const root = chapter();
    root.insertAdjacentHTML('beforeend', '<section data-exercise="psi-from-scratch"></section>');
    const pass = (id: string) =>
      localStorage.setItem(
        'mai10.progress',
        JSON.stringify({
          format: 'mastering-ai-10-progress',
          version: 2,
          cards: {},
          exercises: {[id]: {passedAt: '2026-12-01T00:00:00.000Z'}},
        }),
      );
    pass('semver-bump');
    expect(wantsLive(root)).toBe(false);
    pass('psi-from-scratch');
    expect(wantsLive(root)).toBe(true);
  });

  it('is false, without throwing or touching it, for unreadable progress', () => {
    localStorage.setItem('mai10.progress', '{not json');
    expect(wantsLive(chapter())).toBe(false);
    expect(localStorage.getItem('mai10.progress')).toBe('{not json');
  });

  it('is true when the reader lands from a search result', () => {
    setSearch('');
    window.history.replaceState(null, '', '/docs/x?_highlight=canary');
    expect(wantsLive(chapter())).toBe(true);
  });
});

describe('swapping the static copy for the live tree part by part (reveal.ts)', () => {
  const markup = `
    <p>One</p>
    <ol><li><h3 id="q">Q?</h3><details><summary>Show answer</summary><p>A</p></details></li></ol>
    <p>Two <button type="button">Run</button></p>
    <p>Three</p>`;
  const roots = () => {
    const after = Object.assign(document.createElement('div'), {innerHTML: markup, hidden: true});
    const before = Object.assign(document.createElement('div'), {innerHTML: markup});
    document.body.append(after, before);
    return {before, after};
  };
  const shown = (root: HTMLElement) =>
    [...root.children].map((el) => (el as HTMLElement).style.display !== 'none');
  let frames: FrameRequestCallback[] = [];
  const frame = (late = 0) => {
    const due = frames;
    frames = [];
    due.forEach((callback) => callback(performance.now() + late));
    vi.runOnlyPendingTimers();
  };
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    frames = [];
    document.body.replaceChildren();
  });

  it('shows live parts in order, a batch per frame, hiding their static copies, then says when it is done', () => {
    const {before, after} = roots();
    const done = vi.fn();
    swapGradually(before, after, {onDone: done});
    expect(after.hidden).toBe(false);
    expect(shown(after)).toEqual([false, false, false, false]);
    expect(before.hasAttribute('data-swapping') && after.hasAttribute('data-swapping')).toBe(true);
    frame();
    expect(shown(after)).toEqual([true, true, false, false]);
    expect(shown(before)).toEqual([false, false, true, true]);
    for (let i = 0; i < 5 && !done.mock.calls.length; i++) frame();
    expect(shown(after)).toEqual([true, true, true, true]);
    expect(before.hidden).toBe(true);
    expect(after.hasAttribute('data-swapping')).toBe(false);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('carries an opened answer and the focus over with their part', () => {
    const {before, after} = roots();
    before.querySelector('details')!.open = true;
    before.querySelector('button')!.focus();
    swapGradually(before, after, {onDone: () => undefined});
    for (let i = 0; i < 5; i++) frame();
    expect(after.querySelector('details')!.open).toBe(true);
    expect(document.activeElement).toBe(after.querySelector('button'));
  });

  it('waits while a press is in progress, and swaps everything left when stopped', () => {
    const {before, after} = roots();
    let pressing = true;
    const done = vi.fn();
    const stop = swapGradually(before, after, {busy: () => pressing, onDone: done});
    frame();
    frame();
    expect(shown(after)).toEqual([false, false, false, false]);
    pressing = false;
    frame();
    expect(shown(after)[0]).toBe(true);
    stop();
    expect(shown(after)).toEqual([true, true, true, true]);
    expect(done).toHaveBeenCalledTimes(1);
    stop();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('finishes within SWAP_FRAMES frames, however slow they are', () => {
    const markup = Array.from({length: 100}, (_, i) => `<p>Part ${i}</p>`).join('');
    const after = Object.assign(document.createElement('div'), {innerHTML: markup, hidden: true});
    const before = Object.assign(document.createElement('div'), {innerHTML: markup});
    document.body.append(after, before);
    const done = vi.fn();
    swapGradually(before, after, {onDone: done});
    for (let i = 1; i <= SWAP_FRAMES; i++) frame(i * 200);
    expect(shown(after).every(Boolean)).toBe(true);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('swaps at once when the two copies do not have the same parts', () => {
    const {before, after} = roots();
    after.append(document.createElement('p'));
    const done = vi.fn();
    swapGradually(before, after, {onDone: done});
    expect(before.hidden).toBe(true);
    expect(after.hidden).toBe(false);
    expect(done).toHaveBeenCalledTimes(1);
  });
});

describe('what counts as the reader acting on a static chapter (client/activity.ts)', () => {
  const page = () => {
    document.body.innerHTML = `
      <nav class="navbar"><input aria-label="Search"><a href="/">Home</a></nav>
      <main><div data-deferred-body="x"><p>Text <button type="button">Run</button></p></div></main>
      <textarea></textarea>`;
    return {
      chapter: document.querySelector('p')!,
      search: document.querySelector('input')!,
      link: document.querySelector('a')!,
      field: document.querySelector('textarea')!,
    };
  };
  const on = (target: Element, event: Event) => {
    let acted = false;
    target.addEventListener(event.type, (e) => (acted = isReaderActing(e)), {once: true});
    target.dispatchEvent(event);
    return acted;
  };

  it('counts anything inside the chapter, and the wheel anywhere', () => {
    const {chapter, search} = page();
    expect(on(chapter, new Event('pointerover', {bubbles: true}))).toBe(true);
    expect(on(chapter, new Event('focusin', {bubbles: true}))).toBe(true);
    expect(on(search, new Event('wheel', {bubbles: true}))).toBe(true);
  });

  it('counts a press or touch on the page, not on a control elsewhere', () => {
    const {search, link} = page();
    expect(on(document.body, new Event('pointerdown', {bubbles: true}))).toBe(true);
    expect(on(document.body, new Event('touchstart', {bubbles: true}))).toBe(true);
    expect(on(search, new Event('pointerdown', {bubbles: true}))).toBe(false);
    expect(on(link, new Event('touchstart', {bubbles: true}))).toBe(false);
  });

  it('counts scrolling keys outside fields, not typing', () => {
    const {search, field} = page();
    expect(on(document.body, new KeyboardEvent('keydown', {key: 'PageDown', bubbles: true}))).toBe(true);
    expect(on(document.body, new KeyboardEvent('keydown', {key: ' ', bubbles: true}))).toBe(true);
    expect(on(document.body, new KeyboardEvent('keydown', {key: 'k', ctrlKey: true, bubbles: true}))).toBe(
      false,
    );
    expect(on(search, new KeyboardEvent('keydown', {key: 'ArrowDown', bubbles: true}))).toBe(false);
    expect(on(field, new KeyboardEvent('keydown', {key: 'PageDown', bubbles: true}))).toBe(false);
  });

  it('does not count a scroll event, which may be the browser’s own', () => {
    expect(on(document.body, new Event('scroll', {bubbles: true}))).toBe(false);
  });
});
