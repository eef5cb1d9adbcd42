import type { APIRoute } from 'astro';
import { opportunityFeed } from '../../../lib/feeds/opportunities-rss';

export const GET: APIRoute = ({ site }) => opportunityFeed('en', site);
