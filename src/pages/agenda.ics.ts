import type { APIRoute } from 'astro';
import { agendaFeed } from '../lib/agenda/calendar-responses';

export const GET: APIRoute = ({ site }) => agendaFeed('nl', site);
