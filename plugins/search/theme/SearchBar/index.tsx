// @theme/SearchBar (the navbar's search box), provided only when the offline search is on.
export {default} from '@site/src/search/SearchBar';
