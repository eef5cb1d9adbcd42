/**
 * /admin/: Sveltia CMS, bundled by the site's own build (no CDN), started with the configuration
 * the build made from the content schemas and wrote into the page (src/lib/cms/config.ts,
 * src/pages/admin/index.astro). /admin/?oefenen opens practice mode (docs/cms.md).
 */
import CMS from '@sveltia/cms';
import type { CmsConfig } from '@sveltia/cms';
import { editorComponents } from '../lib/cms/components';
import { registerDutchDateFields } from '../lib/cms/fields';
import { forThisVisit, guardUnsavedWork, todayInHengelo } from '../lib/cms/runtime';

/**
 * Sveltia asks githubstatus.com every five minutes whether GitHub has an outage, even before
 * anyone signs in. That would be a request to a third party on every visit, so it is answered
 * here with "status unknown": the CMS then simply shows no outage banner.
 */
const STATUS_PAGE = 'https://www.githubstatus.com/';
const siteFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.startsWith(STATUS_PAGE)) {
    return Promise.resolve(new Response('{}', { headers: { 'Content-Type': 'application/json' } }));
  }
  return siteFetch(input, init);
};

for (const component of editorComponents) CMS.registerEditorComponent(component);
registerDutchDateFields(CMS);
guardUnsavedWork(window);

const config = JSON.parse(document.getElementById('cms-config')?.textContent ?? '{}') as CmsConfig;
void CMS.init({
  config: forThisVisit(config, {
    practice: new URLSearchParams(location.search).has('oefenen'),
    today: todayInHengelo(),
  }),
});
