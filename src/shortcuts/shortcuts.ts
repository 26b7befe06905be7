/**
 * The site's keyboard shortcuts, as the `?` dialog lists them. Each is implemented where it acts:
 * search (plugins/search/theme/SearchBar), quiz, review and practice (src/study/useStudyKeys.ts), the
 * code editor (src/runnable/RunnableCode/Editor.tsx), the skip link (src/study/SkipToQuestions).
 */
export type Shortcut = {
  /** Key combinations, each a list of keys pressed together; several combinations mean "or". */
  readonly keys: readonly (readonly string[])[];
  /** How the combinations follow one another: "or" alternatives, or "then" a sequence. */
  readonly join?: 'or' | 'then';
  readonly does: string;
};

export type ShortcutGroup = {readonly title: string; readonly shortcuts: readonly Shortcut[]};

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      {keys: [['?']], does: 'Show this list (outside a text field or the code editor)'},
      {
        keys: [
          ['Ctrl', 'K'],
          ['⌘', 'K'],
        ],
        join: 'or',
        does: 'Go to the search box, even from the code editor',
      },
      {keys: [['Tab']], does: 'On a chapter, the first Tab offers “Skip to study questions”'},
    ],
  },
  {
    title: 'Search box',
    shortcuts: [
      {keys: [['↑'], ['↓']], join: 'or', does: 'Choose a result'},
      {keys: [['Enter']], does: 'Open the chosen result, or all results'},
      {keys: [['Esc']], does: 'Clear the search'},
    ],
  },
  {
    title: 'Quiz, review and practice',
    shortcuts: [
      {keys: [['Space'], ['Enter']], join: 'or', does: 'Show the answer'},
      {keys: [['1'], ['2'], ['3'], ['4']], join: 'or', does: 'Grade it: Again, Hard, Good, Easy'},
      {keys: [['Esc']], does: 'Leave a chapter’s quiz'},
    ],
  },
  {
    title: 'Code editor',
    shortcuts: [
      {
        keys: [
          ['Ctrl', 'Enter'],
          ['⌘', 'Enter'],
        ],
        join: 'or',
        does: 'Run the code',
      },
      {keys: [['Tab']], does: 'Indent'},
      {keys: [['Esc'], ['Tab']], join: 'then', does: 'Leave the editor'},
    ],
  },
];
