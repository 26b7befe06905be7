// The chart library and its stylesheet, in a chunk of their own: fetched when a simulator first
// scrolls into view, never with the page.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export default uPlot;
