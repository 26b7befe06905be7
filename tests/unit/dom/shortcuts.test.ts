import {asksForShortcuts} from '@site/src/shortcuts/keys';
import {SHORTCUT_GROUPS} from '@site/src/shortcuts/shortcuts';

const press = (key: string, target: Element, mods: Partial<KeyboardEvent> = {}) =>
  asksForShortcuts({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    defaultPrevented: false,
    isComposing: false,
    target,
    ...mods,
  });

describe('the ? shortcut', () => {
  it('opens the list from the page, a link or a button', () => {
    document.body.innerHTML = '<a href="#x">x</a><button>b</button>';
    expect(press('?', document.body)).toBe(true);
    expect(press('?', document.querySelector('a')!)).toBe(true);
    expect(press('?', document.querySelector('button')!)).toBe(true);
  });

  it('is a typed character in fields and in the code editor, and not ? with a modifier', () => {
    document.body.innerHTML =
      '<input><textarea></textarea><div contenteditable="true"><p>t</p></div><div class="cm-editor"><div class="cm-content">c</div></div>';
    for (const el of ['input', 'textarea', 'p', '.cm-content'])
      expect(press('?', document.querySelector(el)!), el).toBe(false);
    expect(press('?', document.body, {ctrlKey: true})).toBe(false);
    expect(press('?', document.body, {defaultPrevented: true})).toBe(false);
    expect(press('/', document.body)).toBe(false);
  });

  it('lists each shortcut once, with keys', () => {
    const all = SHORTCUT_GROUPS.flatMap((g) => g.shortcuts.map((s) => `${g.title}: ${s.does}`));
    expect(new Set(all).size).toBe(all.length);
    for (const g of SHORTCUT_GROUPS) for (const s of g.shortcuts) expect(s.keys.length).toBeGreaterThan(0);
  });
});
