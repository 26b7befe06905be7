// @theme/SearchPage (/search), provided only when the offline search is on.
export {default} from '@site/src/search/SearchPage';
