import {
  HIGHLIGHT_PARAM,
  highlightTerms,
  landingTerms,
  landingUrl,
  markLanding,
} from '@site/plugins/search/client/highlightTerms';

describe('highlightTerms', () => {
  it('marks every occurrence, ignoring case, but not inside controls', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p>Canary releases: a canary gets 5% (of traffic).</p><details><summary>Show canary</summary></details><button>canary</button>';
    expect(highlightTerms(root, ['CANARY', '(of'])).toBe(3);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Canary', 'canary', '(of']);
    expect(root.querySelector('summary')!.innerHTML).toBe('Show canary');
    expect(root.querySelector('p')!.textContent).toBe('Canary releases: a canary gets 5% (of traffic).');
    expect(highlightTerms(root, [' '])).toBe(0);
  });

  it('marks the longest term where terms overlap', () => {
    const root = document.createElement('p');
    root.textContent = 'batching batches';
    expect(highlightTerms(root, ['batch', 'batching'])).toBe(2);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['batching', 'batch']);
  });
});

describe('landing from a search result', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });

  it('builds the URL of a result with its words, before the fragment', () => {
    expect(landingUrl('/docs/monitoring#psi', ['psi', 'drift & skew'])).toBe(
      `/docs/monitoring?${HIGHLIGHT_PARAM}=psi&${HIGHLIGHT_PARAM}=drift+%26+skew#psi`,
    );
    expect(landingUrl('/docs/monitoring', [])).toBe('/docs/monitoring');
    expect(landingUrl('/docs/monitoring?x=1#psi', ['psi'])).toBe(
      `/docs/monitoring?x=1&${HIGHLIGHT_PARAM}=psi#psi`,
    );
  });

  it('marks the words in the article, then takes them out of the address bar and keeps them', () => {
    document.body.innerHTML = '<nav>drift</nav><article><p>Data drift and PSI.</p></article>';
    window.history.replaceState({key: 'k'}, '', landingUrl('/docs/monitoring?x=1#psi', ['drift', 'psi']));
    markLanding();
    expect([...document.querySelectorAll('article mark')].map((m) => m.textContent)).toEqual([
      'drift',
      'PSI',
    ]);
    expect(document.querySelector('nav mark')).toBeNull();
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/docs/monitoring?x=1#psi',
    );
    expect(window.history.state).toEqual({key: 'k'});
    expect(landingTerms()).toEqual(['drift', 'psi']);
    // Marking again (another render) changes nothing: the words have left the URL.
    markLanding();
    expect(document.querySelectorAll('article mark')).toHaveLength(2);
  });

  it('does nothing on a page not opened from a result, and forgets words on another page', () => {
    document.body.innerHTML = '<article><p>drift</p></article>';
    window.history.replaceState(null, '', '/docs/monitoring');
    markLanding();
    expect(document.querySelector('mark')).toBeNull();
    window.history.replaceState(null, '', '/docs/other');
    expect(landingTerms()).toEqual([]);
  });
});
