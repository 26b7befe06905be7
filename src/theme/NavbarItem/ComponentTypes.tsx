import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import ReviewLink from '@site/src/study/ReviewLink';

// The documented way to add a navbar item type: extend the map (docusaurus#7227). `custom-review`
// is the Review link with its due badge (docusaurus.config.ts).
export default {...ComponentTypes, 'custom-review': ReviewLink};
