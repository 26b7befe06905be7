/**
 * DOM events between features that must not import each other. Dispatched on the element concerned,
 * bubbling, so a listener on the document hears them.
 */

/** A chapter's live tree has taken the place of its server copy (plugins/deferred-content). */
export const CHAPTER_LIVE_EVENT = 'chapterlive';
