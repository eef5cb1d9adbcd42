import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { selectionFeed } from '../lib/feeds/selection';
import { feedPaths } from '../lib/routing/static-paths';

// The RSS and iCalendar feeds of every single-facet listing page and path finder result
// (/kansen/lijn/werken/rss.xml, /en/for-you/hunkertukker/starter/werken/calendar.ics).
export const getStaticPaths = () => feedPaths();
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute = ({ props, site }) => {
  const { locale, view, kind } = props as Props;
  return selectionFeed(locale, view, kind, site);
};
