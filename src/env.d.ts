/** Per-page values shared by a page and its components during a build. */
declare namespace App {
  interface Locals {
    /** The page's numbered sources, set by the page before its citations render (src/guide/page-sources.ts). */
    citations?: import('./guide/page-sources').PageCitations;
    /** A chapter page's route data, set by the page before its text renders (src/guide/route-data.ts). */
    route?: import('./guide/route-data').ChapterRoute;
  }
}
