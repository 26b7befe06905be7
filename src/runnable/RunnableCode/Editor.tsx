import React, {useEffect, useRef, type ReactNode} from 'react';
import {EditorView, keymap, lineNumbers, highlightActiveLine} from '@codemirror/view';
import {EditorState} from '@codemirror/state';
import {defaultKeymap, history, historyKeymap, indentWithTab} from '@codemirror/commands';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import {python} from '@codemirror/lang-python';
import {javascript} from '@codemirror/lang-javascript';
import {oneDark} from '@codemirror/theme-one-dark';
import {useColorMode} from '@docusaurus/theme-common';
import type {RunnableLanguage} from '@site/shared/codeMeta';
import styles from './styles.module.css';

type Props = {
  readonly language: RunnableLanguage;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onRun: () => void;
  readonly autoFocus?: boolean;
  /** The id of the text that says how to leave the editor by keyboard. */
  readonly describedBy?: string;
};

/** CodeMirror 6 with the snippet's language; Ctrl/Cmd+Enter runs, Tab indents (Esc then Tab leaves). */
export default function Editor({language, value, onChange, onRun, autoFocus, describedBy}: Props): ReactNode {
  const host = useRef<HTMLDivElement>(null);
  const {colorMode} = useColorMode();
  const callbacks = useRef({onChange, onRun});
  useEffect(() => {
    callbacks.current = {onChange, onRun};
  }, [onChange, onRun]);

  useEffect(() => {
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          highlightActiveLine(),
          bracketMatching(),
          indentOnInput(),
          keymap.of([
            {key: 'Mod-Enter', run: () => (callbacks.current.onRun(), true)},
            indentWithTab,
            ...defaultKeymap,
            ...historyKeymap,
          ]),
          language === 'python' ? python() : javascript(),
          colorMode === 'dark' ? oneDark : syntaxHighlighting(defaultHighlightStyle),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) callbacks.current.onChange(u.state.doc.toString());
          }),
          EditorView.contentAttributes.of({
            'aria-label': `${language === 'python' ? 'Python' : 'JavaScript'} code editor`,
            ...(describedBy ? {'aria-describedby': describedBy} : {}),
          }),
        ],
      }),
    });
    if (autoFocus) view.focus();
    return () => view.destroy();
    // The editor owns the text once created; Reset remounts it through a new key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language, colorMode]);

  return <div ref={host} className={styles.editor} />;
}
