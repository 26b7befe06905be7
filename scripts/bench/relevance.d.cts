// Types of relevance.cjs for the TypeScript spec that runs the suite (tests/e2e/search-relevance.spec.ts).
import type {Page} from '@playwright/test';

export type RelevanceQuery = {query: string; expect: string[]; typo?: boolean};
export type RelevanceRow = {query: string; expect: string[]; top: string[]; pass: boolean};
export const RELEVANCE_FILE: string;
export function loadRelevanceQueries(): RelevanceQuery[];
export function resultTarget(href: string): string;
export function runRelevance(
  page: Page,
  queries: RelevanceQuery[],
  show: (page: Page, query: string) => Promise<void>,
): Promise<RelevanceRow[]>;
