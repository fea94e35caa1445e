/**
 * Advisories: the decision tool's third kind of outcome. Some answers point past both Django and
 * Flask (a pure JSON API, a mostly asynchronous app), and the guide then names other options.
 * An option in content/decision.yaml names its advisory by id (`advisory: api-frameworks`); the
 * result shows each advisory named by a chosen answer, whatever the verdict. The wording lives
 * here, next to the ids the schema accepts, because two short entries do not warrant a content
 * collection of their own; the build checks each link like every other decision link.
 */
import type { Framework } from '../site/vocabulary.ts';

export const ADVISORY_IDS = ['api-frameworks', 'async-frameworks'] as const;
export type AdvisoryId = (typeof ADVISORY_IDS)[number];

export interface Advisory {
  id: AdvisoryId;
  /** What to consider, as a short imperative. */
  title: string;
  /** Why, in one or two sentences. */
  reason: string;
  /** The guide section that explains it. */
  link: string;
  /**
   * The framework this advisory says serves such an answer poorly. The engine then never gives
   * that framework a plain verdict and lowers the confidence (src/decision/decision.ts), and an option
   * naming the advisory may not give it points (the content check).
   */
  poorFit?: Framework;
}

export const ADVISORIES: Readonly<Record<AdvisoryId, Advisory>> = {
  'api-frameworks': {
    id: 'api-frameworks',
    title: 'Consider FastAPI, or Django Ninja inside Django',
    reason:
      'For a service that only speaks JSON, FastAPI (request validation from type hints and generated OpenAPI documents, on ASGI) is worth comparing with Flask; Django Ninja brings the same style into a Django project when you also want its ORM, admin and accounts.',
    link: '/guide/alternatives-and-migration/#fastapi-and-django-ninja',
  },
  'async-frameworks': {
    id: 'async-frameworks',
    title: 'Consider Quart, or Django with Channels',
    reason:
      "Flask's async views still hold a worker for the whole request, and Flask's own documentation points mostly asynchronous apps to Quart, its API on ASGI; Django runs on ASGI and adds WebSockets through Channels.",
    link: '/guide/apis-and-async/#async-and-real-time',
    poorFit: 'flask',
  },
};
