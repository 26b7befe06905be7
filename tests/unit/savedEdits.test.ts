import {editKey, fingerprint, loadEdit, saveEdit} from '@site/src/runnable/RunnableCode/savedEdits';
import {MemoryStorage} from './progressFixtures';

describe('saved snippet edits', () => {
  it('keys an edit by page and by the original code, so a changed snippet drops old edits', () => {
    expect(editKey('/docs/monitoring', 'print(1)')).toBe(editKey('/docs/monitoring', 'print(1)'));
    expect(editKey('/docs/monitoring', 'print(1)')).not.toBe(editKey('/docs/monitoring', 'print(2)'));
    expect(editKey('/docs/monitoring', 'print(1)')).not.toBe(editKey('/docs/serving', 'print(1)'));
    expect(fingerprint('')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('saves an edit, and forgets it when the code is the original again', () => {
    const storage = new MemoryStorage();
    const key = editKey('/docs/a', 'x = 1');
    expect(loadEdit(storage, key)).toBeNull();
    expect(saveEdit(storage, key, 'x = 2', 'x = 1')).toBe(true);
    expect(loadEdit(storage, key)).toBe('x = 2');
    expect(saveEdit(storage, key, 'x = 1', 'x = 1')).toBe(true);
    expect(loadEdit(storage, key)).toBeNull();
  });

  it('loses nothing and throws nothing when storage is unavailable or full', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(loadEdit(broken, 'k')).toBeNull();
    expect(saveEdit(broken, 'k', 'a', 'b')).toBe(false);
    expect(saveEdit(null, 'k', 'a', 'b')).toBe(false);
  });
});
