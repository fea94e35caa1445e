/**
 * The behaviour any page may need, as one module that Base.astro loads on every page.
 *
 * Why one module rather than a <script> per component: Astro bundles each component script on
 * its own and inlines the small ones into every page's HTML, so a guide page carried eight
 * scripts, re-sent with each page and compressed separately. As one file it is fetched once,
 * cached for the rest of the visit, and compresses better. Each import defines a custom
 * element that does nothing on a page without it. Widgets that only one page uses (decision
 * tool, comparison filter, search page, moved-page redirect) keep their own component scripts.
 */
import '../site/announce';
import './theme-toggle';
import '../search/site-search';
import '../search/search-highlight';
import '../guide/toc-highlight';
import './menu-dismiss';
import '../share/copy-link';
import '../guide/copy-code';
import '../guide/code-pair';
import '../guide/cite-popovers';
import '../share/fragment-aliases';
