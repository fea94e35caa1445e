/** Per-page values shared by a page and its components during a build. */
declare namespace App {
  interface Locals {
    /** The page's numbered sources, set by the page before its citations render (src/data/page-sources.ts). */
    citations?: import('./data/page-sources').PageCitations;
    /** A chapter page's route data, set by the page before its text renders (src/data/route-data.ts). */
    route?: import('./data/route-data').ChapterRoute;
    /** How many citations the page has rendered so far: numbers their popovers' ids. */
    citeCount?: number;
  }
}
