/// <reference types="astro/client" />

// Element Timing (https://wicg.github.io/element-timing/): the first still map carries
// `elementtiming`, so that the boot script learns when it is drawn (src/lib/boot-script.ts).
declare namespace astroHTML.JSX {
  interface ImgHTMLAttributes {
    elementtiming?: string;
  }
}
