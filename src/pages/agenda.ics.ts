import type { APIRoute } from 'astro';
import { agendaFeed } from '../lib/calendar-files';

export const GET: APIRoute = ({ site }) => agendaFeed('nl', site);
