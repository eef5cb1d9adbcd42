/**
 * /admin/: Sveltia CMS, bundled by the site's own build (no CDN), started with the configuration
 * generated from the vocabulary and schemas (src/lib/cms/config.ts). The repository and the
 * GitHub sign-in helper are set at build time with PUBLIC_CMS_REPO, PUBLIC_CMS_BRANCH and
 * PUBLIC_CMS_AUTH_URL; /admin/?oefenen opens practice mode (docs/cms.md).
 */
import CMS from '@sveltia/cms';
import { editorComponents } from '../lib/cms/components';
import { cmsConfig, DEFAULT_BACKEND } from '../lib/cms/config';

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

const env = import.meta.env;
void CMS.init({
  config: cmsConfig({
    repo: env.PUBLIC_CMS_REPO || DEFAULT_BACKEND.repo,
    branch: env.PUBLIC_CMS_BRANCH || DEFAULT_BACKEND.branch,
    authUrl: env.PUBLIC_CMS_AUTH_URL || undefined,
    siteUrl: env.SITE || DEFAULT_BACKEND.siteUrl,
    practice: new URLSearchParams(location.search).has('oefenen'),
  }),
});
