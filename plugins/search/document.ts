import type {SearchRecord} from './records';
import type {CompactIndex} from './codec';

/** Link text above this share of a record's text makes it a reading list, ranked below explanations. */
export const READING_LIST_LINK_SHARE = 0.4;
/** The factor on a reading list's score, so the sections that explain a topic rank first. */
export const READING_LIST_WEIGHT = 0.5;
/** The factor on a match in a record's title (the heading, or the question) against its text. */
export const TITLE_BOOST = 3;

/**
 * The factor on the score of a page beside the guide (the glossary, one record), so a query's own
 * section in the guide ranks above a one-line definition of its words.
 */
export const ASIDE_WEIGHT = 0.5;

/** The result types a reader can filter by on the search page. */
export const KIND_FILTER = {question: 'Study questions', text: 'Text'} as const;

/** The index file, in the bundle folder (the index and what a result shows but its preview). */
export const INDEX_FILE = 'index.json';
/** The folder of the records' text, one file per record (`<number>.txt`): previews are cut from it. */
export const TEXT_DIR = 'text/';
export const textFile = (id: number): string => `${TEXT_DIR}${id}.txt`;

/**
 * The fields MiniSearch indexes, in this order (the build and the browser must agree): a record's
 * heading, its text, and the headings above it, so a query that names a topic and a subsection
 * ("grpc streaming") finds the subsection ("Unary and streaming calls", under "gRPC").
 */
export const FIELDS = ['title', 'text', 'trail'] as const;

const WORD = /[\p{L}\p{N}]+/gu;
/** Words are runs of letters and digits: "k8s-ops" is "k8s" and "ops", code is split at symbols. */
export const tokenize = (text: string): string[] => text.match(WORD) ?? [];

/** How a record ranks: 0 as it scores, 1 a reading list, 2 a page beside the guide (an aside). */
export type RankClass = 0 | 1 | 2;

/** A record as a result shows it: [url, title, page, trail, kind, rank class]. */
export type RecordMeta = readonly [
  url: string,
  title: string,
  page: string,
  trail: readonly string[],
  kind: SearchRecord['kind'],
  rankClass: RankClass,
];

/** What the browser downloads first: the compact index and every record's metadata, by record number. */
export type IndexFile = {readonly index: CompactIndex; readonly records: readonly RecordMeta[]};

export function recordMeta(record: SearchRecord): RecordMeta {
  return [
    record.url,
    record.title,
    record.page,
    record.trail,
    record.kind,
    record.aside ? 2 : record.linkShare > READING_LIST_LINK_SHARE ? 1 : 0,
  ];
}
