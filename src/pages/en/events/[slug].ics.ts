import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { eventCalendar } from '../../../lib/agenda/calendar-responses';
import { entryPaths } from '../../../lib/routing/static-paths';

export const getStaticPaths = () => entryPaths('events', 'events', 'en');

export const GET: APIRoute = ({ props, site }) =>
  eventCalendar((props as InferGetStaticPropsType<typeof getStaticPaths>).entry, 'en', site);
