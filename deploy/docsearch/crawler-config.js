/* global Crawler */
// Algolia Crawler configuration for DocSearch (the hosted search this site switches to when built
// with ALGOLIA_APP_ID, ALGOLIA_API_KEY and ALGOLIA_INDEX_NAME; README, "Switching search to Algolia
// DocSearch"). Paste it into the crawler's editor (dashboard.algolia.com → Data sources → your
// crawler → Editor), replace the site URL, the app id and the index name, and let the crawler keep
// its own API key: never commit a key that can write to the index.
//
// Based on DocSearch's "Docusaurus v2 and later" template (docsearch.algolia.com/docs/templates),
// with the hierarchy of this guide: chapter (lvl1), section (lvl2), subsection or study question
// (lvl3), subsection (lvl4). Each study question is its own record: its h3 is the heading and its
// answer, aggregated, is the content. Only the guide is indexed: not the landing, review or search
// pages. tests/e2e/docsearch-crawler.spec.ts checks every selector against the built site.
new Crawler({
  appId: 'YOUR_APP_ID',
  apiKey: 'YOUR_CRAWLER_API_KEY',
  rateLimit: 8,
  maxDepth: 10,
  startUrls: ['https://mastering-ai-deployment.example.org/docs'],
  sitemaps: ['https://mastering-ai-deployment.example.org/sitemap.xml'],
  ignoreCanonicalTo: true,
  discoveryPatterns: ['https://mastering-ai-deployment.example.org/**'],
  exclusionPatterns: [
    'https://mastering-ai-deployment.example.org/search',
    'https://mastering-ai-deployment.example.org/search?**',
    'https://mastering-ai-deployment.example.org/review',
    'https://mastering-ai-deployment.example.org/review?**',
    'https://mastering-ai-deployment.example.org/offline',
    'https://mastering-ai-deployment.example.org/offline?**',
  ],
  actions: [
    {
      indexName: 'mastering_ai_10',
      pathsToMatch: [
        'https://mastering-ai-deployment.example.org/docs',
        'https://mastering-ai-deployment.example.org/docs/**',
      ],
      recordExtractor: ({$, helpers}) => {
        // Not text of the guide: the breadcrumbs, anchor links, buttons (Run, Quiz me, copy link),
        // the "Show answer" label of a study question, question numbers and icons.
        $(
          '.theme-doc-breadcrumbs, .hash-link, button, [data-question-id] > details > summary, [aria-hidden="true"]',
        ).remove();
        return helpers.docsearch({
          recordProps: {
            lvl0: {selectors: '', defaultValue: 'Guide'},
            lvl1: 'article header h1',
            lvl2: 'article h2',
            lvl3: 'article h3',
            lvl4: 'article h4',
            // A study question's list item holds its heading and answer: its text is not content of
            // the heading before it (its paragraphs and lists are the question's content).
            content: 'article p, article li:not([data-question-id]), article td:last-child',
          },
          indexHeadings: true,
          aggregateContent: true,
          recordVersion: 'v3',
        });
      },
    },
  ],
  initialIndexSettings: {
    mastering_ai_10: {
      attributesForFaceting: ['type', 'lang', 'language', 'version', 'docusaurus_tag'],
      attributesToRetrieve: ['hierarchy', 'content', 'anchor', 'url', 'url_without_anchor', 'type'],
      attributesToHighlight: ['hierarchy', 'content'],
      attributesToSnippet: ['content:10'],
      camelCaseAttributes: ['hierarchy', 'content'],
      searchableAttributes: [
        'unordered(hierarchy.lvl0)',
        'unordered(hierarchy.lvl1)',
        'unordered(hierarchy.lvl2)',
        'unordered(hierarchy.lvl3)',
        'unordered(hierarchy.lvl4)',
        'unordered(hierarchy.lvl5)',
        'unordered(hierarchy.lvl6)',
        'content',
      ],
      distinct: true,
      attributeForDistinct: 'url',
      customRanking: ['desc(weight.pageRank)', 'desc(weight.level)', 'asc(weight.position)'],
      ranking: ['words', 'filters', 'typo', 'attribute', 'proximity', 'exact', 'custom'],
      highlightPreTag: '<span class="algolia-docsearch-suggestion--highlight">',
      highlightPostTag: '</span>',
      minWordSizefor1Typo: 5,
      minWordSizefor2Typos: 9,
      allowTyposOnNumericTokens: false,
      minProximity: 1,
      ignorePlurals: true,
      advancedSyntax: true,
      attributeCriteriaComputedByMinProximity: true,
      removeWordsIfNoResults: 'allOptional',
      separatorsToIndex: '_',
    },
  },
});
