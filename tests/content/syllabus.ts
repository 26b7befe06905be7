import {readFileSync} from 'node:fs';
import path from 'node:path';

export type SyllabusSection = {
  /** e.g. "2.1.1" */
  readonly number: string;
  readonly name: string;
  readonly definition: string;
  /** 2 for "N.N", 3 for "N.N.N": the heading depth it takes in the chapter page. */
  readonly depth: number;
};

export type SyllabusChapter = {
  readonly number: number;
  readonly title: string;
  readonly sections: readonly SyllabusSection[];
  /** The tools named by the chapter's "Tools"/"Resources" section, if it has one. */
  readonly tools: readonly string[];
  readonly questions: readonly string[];
};

export const SYLLABUS_PATH = path.resolve(__dirname, '../../syllabus.md');

/** Parses the syllabus: "## N. Title", "### N.N Name" / "#### N.N.N Name" + definition line, "**Questions:**" list. */
export function parseSyllabus(text: string): SyllabusChapter[] {
  const chapters: SyllabusChapter[] = [];
  const blocks = text.split(/^## (?=\d+\. )/m).slice(1);
  for (const block of blocks) {
    const [head = '', ...rest] = block.split('\n');
    const m = /^(\d+)\. (.+)$/.exec(head.trim());
    if (!m) throw new Error(`Unparsable chapter heading: ${head}`);
    const body = rest.join('\n').split(/^## /m)[0] ?? '';
    const [sectionPart = '', questionPart = ''] = body.split('**Questions:**');
    const sections = [...sectionPart.matchAll(/^(#{3,4}) (\d+(?:\.\d+)+) (.+)\n(.+)$/gm)].map((s) => ({
      depth: s[1]!.length - 1,
      number: s[2]!,
      name: s[3]!.trim(),
      definition: s[4]!.trim(),
    }));
    const toolSection = sections.find((s) => /^(Tools|Resources)$/.test(s.name));
    const tools = toolSection
      ? toolSection.definition
          .replace(/^Cloud Cost Management Tools \((.*)\)\.?$/, '$1')
          .replace(/\.$/, '')
          .split(',')
          .map((t) => t.trim())
      : [];
    const questions = [...questionPart.matchAll(/^\d+\. (.+)$/gm)].map((q) => q[1]!.trim());
    chapters.push({number: Number(m[1]), title: m[2]!.trim(), sections, tools, questions});
  }
  return chapters;
}

export function loadSyllabus(): SyllabusChapter[] {
  return parseSyllabus(readFileSync(SYLLABUS_PATH, 'utf8'));
}
