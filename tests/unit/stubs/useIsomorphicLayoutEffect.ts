// Docusaurus' client alias: useLayoutEffect in the browser (tests only run browser code).
export {useLayoutEffect as default} from 'react';
