// Okabe–Ito colours: told apart with the common colour-vision deficiencies, on light and dark.
export const BLUE = '#0072B2';
export const VERMILION = '#D55E00';
export const GREEN = '#009E73';
export const ORANGE = '#E69F00';
export const PURPLE = '#CC79A7';
