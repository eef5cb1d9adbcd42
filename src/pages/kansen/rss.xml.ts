import type { APIRoute } from 'astro';
import { opportunityFeed } from '../../lib/feeds';

export const GET: APIRoute = ({ site }) => opportunityFeed('nl', site);
