/** The RSS feed of open opportunities per language (RSS 2.0, through @astrojs/rss). */
import rss from '@astrojs/rss';
import { languageTags, useTranslations } from '../../i18n';
import { getOpportunities, slugOf } from '../content/collections';
import { formatDate } from '../time/format';
import { openOpportunities } from '../schedule';
import { opportunityFeedPath, path } from '../routing/routes';
import { buildNow } from '../time/zone';
import { opportunityTypes, sectors, type Locale } from '../content/vocabulary';

/** The site's address when the config has none (it always has one in this project). */
const FALLBACK_SITE = new URL('https://talent.hengelo.nl');

/** Every opportunity open at build time, nearest deadline first, as an RSS 2.0 response. */
export async function opportunityFeed(locale: Locale, site: URL = FALLBACK_SITE): Promise<Response> {
  const t = useTranslations(locale);
  const open = openOpportunities(await getOpportunities(locale), buildNow());
  const self = new URL(opportunityFeedPath(locale), site).href;
  return rss({
    title: t.careers.rssTitle,
    description: t.careers.rssDescription,
    site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${languageTags[locale]}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: open.map((item) => ({
      title: item.data.title,
      link: path(locale, 'opportunities', slugOf(item)),
      pubDate: item.data.publishDate,
      description: `${item.data.summary} ${t.careers.deadlineOn(formatDate(item.data.deadline, locale))}`,
      categories: [opportunityTypes.label(item.data.type, locale), sectors.label(item.data.sector, locale)],
    })),
  });
}
