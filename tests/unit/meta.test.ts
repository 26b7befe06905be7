import {DEFAULT_TIMEOUT_SECONDS, MetaError, parseCodeMeta, runnableLanguage} from '@site/shared/codeMeta';

describe('parseCodeMeta', () => {
  it('reads the runnable flag, title and timeout as tokens', () => {
    expect(parseCodeMeta('runnable title="psi.py" timeout=20')).toEqual({
      runnable: true,
      title: 'psi.py',
      timeout: 20,
      rest: [],
    });
  });

  it('gives runnable blocks the default time limit', () => {
    expect(parseCodeMeta('runnable').timeout).toBe(DEFAULT_TIMEOUT_SECONDS);
  });

  it('does not mistake words that contain "runnable" for the flag', () => {
    expect(parseCodeMeta('unrunnable').runnable).toBe(false);
    expect(parseCodeMeta('runnable-ish').runnable).toBe(false);
    expect(parseCodeMeta('title="a runnable example"')).toEqual({
      runnable: false,
      title: 'a runnable example',
      timeout: undefined,
      rest: [],
    });
  });

  it('keeps quoted values with spaces and escaped quotes', () => {
    expect(parseCodeMeta(String.raw`runnable title="say \"hi\" twice.py"`).title).toBe('say "hi" twice.py');
    expect(parseCodeMeta("runnable title='single quotes.py'").title).toBe('single quotes.py');
  });

  it('passes Docusaurus tokens through untouched', () => {
    expect(parseCodeMeta('{1,3-4} showLineNumbers runnable').rest).toEqual(['{1,3-4}', 'showLineNumbers']);
    expect(parseCodeMeta('showLineNumbers=5').rest).toEqual(['showLineNumbers=5']);
  });

  it('treats an empty or missing meta as a plain block', () => {
    expect(parseCodeMeta(undefined)).toEqual({
      runnable: false,
      title: undefined,
      timeout: undefined,
      rest: [],
    });
    expect(parseCodeMeta('   ')).toEqual({runnable: false, title: undefined, timeout: undefined, rest: []});
  });

  it.each([
    ['runnable title="unterminated', /unterminated " in the value of "title"/],
    ['runnable timeout=ten', /"timeout" must be a number/],
    ['runnable timeout=0', /"timeout" must be a number/],
    ['runnable timeout=500', /"timeout" must be a number/],
    ['timeout=5', /applies only to runnable blocks/],
    ['runnable=yes', /"runnable" is a flag/],
    ['runnable title', /"title" needs a value/],
    ['runnable title=', /has no value/],
    ['runnable {1,2', /unclosed "\{"/],
    ['runnable @x', /unexpected "@" at column 10/],
  ])('rejects %j with a descriptive error', (meta, message) => {
    expect(() => parseCodeMeta(meta)).toThrow(MetaError);
    expect(() => parseCodeMeta(meta)).toThrow(message);
  });
});

describe('runnableLanguage', () => {
  it('maps fenced languages to runtimes', () => {
    expect(runnableLanguage('python')).toBe('python');
    expect(runnableLanguage('py')).toBe('python');
    expect(runnableLanguage('js')).toBe('javascript');
    expect(runnableLanguage('javascript')).toBe('javascript');
    expect(runnableLanguage('bash')).toBeNull();
    expect(runnableLanguage(undefined)).toBeNull();
  });
});
